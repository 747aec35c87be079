#include "extract.h"

#include "arena.h"
#include "binarize.h"
#include "enhance.h"
#include "frequency.h"
#include "image.h"
#include "minutiae.h"
#include "minutiae_filter.h"
#include "orientation.h"
#include "params.h"
#include "quality.h"
#include "segmentation.h"
#include "skeleton_prune.h"
#include "st_math.h"
#include "thin.h"

size_t st_extract_workspace_bytes(int width, int height, int dpi) {
  int w, h;
  if (!st_scaled_size_ok(width, height, dpi, &w, &h)) return 0;
  size_t pixels = (size_t)w * h;
  size_t blocks = (size_t)(w / ST_BLOCK_PX + 1) * (h / ST_BLOCK_PX + 1);
  /* image 1 + smoothed 4 + response 4 + binary 2 + valleys 1 + scratch reused by each skeleton in turn:
   * thinning lists 8 or spur list 2 (at most one pixel in three) + candidates for both skeletons 2 x 7 (28 bytes,
   * at most one pixel in four: in practice far fewer) + block arrays + one row + fixed tables */
  return pixels * (1 + 4 + 4 + 2 + 1 + 8 + 2 * 7) + blocks * 96 + (size_t)w + (1u << 16);
}

static void to_template(const st_minutia_list *ridge_list, const st_minutia_list *valley_list,
                        const st_gray_image *image, uint8_t quality, uint8_t position, st_template *out) {
  const st_minutia_list *lists[2] = {ridge_list, valley_list};
  out->width = (uint16_t)image->width;
  out->height = (uint16_t)image->height;
  out->quality = quality;
  out->position = position;
  out->count = 0;
  /* keep the best minutiae when there are more than a record can hold: repeated selection of the maximum */
  int kept = 0;
  for (int l = 0; l < 2; l++)
    for (int i = 0; i < lists[l]->count; i++) kept += !lists[l]->items[i].removed;
  float floor = -1;
  if (kept > ST_MAX_MINUTIAE) {
    float lo = 0, hi = 1;
    for (int iter = 0; iter < 20; iter++) {
      float mid = (lo + hi) / 2;
      int above = 0;
      for (int l = 0; l < 2; l++)
        for (int i = 0; i < lists[l]->count; i++)
          above += !lists[l]->items[i].removed && lists[l]->items[i].quality > mid;
      if (above > ST_MAX_MINUTIAE) lo = mid;
      else hi = mid;
    }
    floor = hi;
  }
  for (int l = 0; l < 2; l++)
    for (int i = 0; i < lists[l]->count && out->count < ST_MAX_MINUTIAE; i++) {
      const st_minutia_candidate *c = &lists[l]->items[i];
      if (c->removed || c->quality < floor) continue;
      st_minutia *m = &out->minutiae[out->count++];
      m->x = (int16_t)c->x;
      m->y = (int16_t)c->y;
      /* pixel axes have y down; ISO angles turn counter-clockwise on screen */
      int a = st_roundi(-c->angle * (256 / (2 * ST_PI)));
      m->angle = (uint8_t)(a & 255);
      m->type = c->type;
      m->quality = (uint8_t)st_clampi(st_roundi(c->quality * 100), 0, 100);
    }
}

st_status st_extract(const uint8_t *gray, size_t gray_bytes, int width, int height, int dpi, uint8_t position,
                     void *workspace, size_t workspace_bytes, st_template *out) {
  if (!gray || !workspace || !out) return ST_E_ARGUMENT;
  if (dpi < ST_MIN_DPI || dpi > ST_MAX_DPI) return ST_E_IMAGE_DPI;
  if (position > 10) return ST_E_POSITION_RANGE;
  if (width < ST_MIN_IMAGE_SIDE_PX || height < ST_MIN_IMAGE_SIDE_PX || width > ST_MAX_IMAGE_SIDE_PX ||
      height > ST_MAX_IMAGE_SIDE_PX)
    return ST_E_IMAGE_SIZE;
  if (gray_bytes != (size_t)width * (size_t)height) return ST_E_IMAGE_BUFFER;
  if (workspace_bytes < st_extract_workspace_bytes(width, height, dpi)) return ST_E_NO_MEMORY;
  st_arena arena = st_arena_init(workspace, workspace_bytes);
  st_gray_image image;
  st_orientation_field field;
  st_segmentation_mask mask;
  st_ridge_period period;
  st_enhanced_image enhanced;
  st_binary_image binary, valleys;
  st_minutia_list minutiae, valley_minutiae;
  st_status s = st_image_to_500_dpi(gray, width, height, dpi, &arena, &image);
  if (s == ST_OK) s = st_orientation_compute(&image, &arena, &field);
  if (s == ST_OK) s = st_segmentation_compute(&field, &arena, &mask);
  if (s == ST_OK) st_orientation_smooth(&field, mask.inside, &arena);
  if (s == ST_OK) s = st_frequency_compute(&image, &field, &mask, &arena, &period);
  if (s == ST_OK) s = st_segmentation_refine(&mask, period.measured, &arena);
  if (s == ST_OK) s = st_enhance(&image, &field, &mask, &period, &arena, &enhanced);
  if (s == ST_OK) s = st_binarize(&enhanced, &mask, &arena, &binary);
  if (s == ST_OK) s = st_binary_valleys(&binary, &mask, &arena, &valleys);
  if (s == ST_OK) s = st_thin(&binary, &arena);
  if (s == ST_OK) s = st_skeleton_prune(&binary, &arena);
  if (s == ST_OK) s = st_minutiae_detect(&binary, &field, &mask, &arena, &minutiae);
  if (s == ST_OK) s = st_thin(&valleys, &arena);
  if (s == ST_OK) s = st_skeleton_prune(&valleys, &arena);
  if (s == ST_OK) s = st_minutiae_detect(&valleys, &field, &mask, &arena, &valley_minutiae);
  if (s != ST_OK) return s;
  st_minutiae_filter(&minutiae, &binary, &mask);
  st_minutiae_filter(&valley_minutiae, &valleys, &mask);
  /* forks are read as the valley endings between their arms (steadier than skeleton junctions) */
  for (int i = 0; i < minutiae.count; i++)
    if (minutiae.items[i].type != ST_MINUTIA_ENDING) minutiae.items[i].removed = 1;
  for (int i = 0; i < valley_minutiae.count; i++) {
    st_minutia_candidate *c = &valley_minutiae.items[i];
    if (c->type != ST_MINUTIA_ENDING) c->removed = 1;
    c->type = ST_MINUTIA_BIFURCATION;
  }
  int kept = 0;
  for (int i = 0; i < minutiae.count; i++) kept += !minutiae.items[i].removed;
  for (int i = 0; i < valley_minutiae.count; i++) kept += !valley_minutiae.items[i].removed;
  to_template(&minutiae, &valley_minutiae, &image, st_quality_score(&field, &mask, kept), position, out);
  return ST_OK;
}
