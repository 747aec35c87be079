#include "binarize.h"

#include "params.h"

st_status st_binarize(const st_enhanced_image *enhanced, const st_segmentation_mask *mask, st_arena *arena,
                      st_binary_image *out) {
  int w = enhanced->width, h = enhanced->height;
  uint8_t *raw = st_arena_alloc(arena, (size_t)w * h);
  uint8_t *column = st_arena_alloc(arena, (size_t)w);
  out->width = w;
  out->height = h;
  out->ridge = st_arena_alloc(arena, (size_t)w * h);
  if (!raw || !column || !out->ridge) return ST_E_NO_MEMORY;
  int gw = mask->grid.width;
  for (int y = 0; y < h; y++) {
    const uint8_t *inside = mask->inside + (y / ST_BLOCK_PX) * gw;
    const float *response = enhanced->response + y * w;
    for (int x = 0; x < w; x++) raw[y * w + x] = (uint8_t)(inside[x / ST_BLOCK_PX] && response[x] < 0);
  }
  /* 3 x 3 majority vote removes single-pixel spurs and pinholes that would become false minutiae */
  for (int i = 0; i < w * h; i++) out->ridge[i] = 0;
  for (int y = 1; y < h - 1; y++) {
    const uint8_t *c = raw + y * w;
    for (int x = 0; x < w; x++) column[x] = (uint8_t)(c[x - w] + c[x] + c[x + w]);
    for (int x = 1; x < w - 1; x++) out->ridge[y * w + x] = (uint8_t)(column[x - 1] + column[x] + column[x + 1] >= 5);
  }
  return ST_OK;
}

st_status st_binary_valleys(const st_binary_image *ridges, const st_segmentation_mask *mask, st_arena *arena,
                            st_binary_image *out) {
  int w = ridges->width, h = ridges->height, gw = mask->grid.width;
  out->width = w;
  out->height = h;
  out->ridge = st_arena_alloc(arena, (size_t)w * h);
  if (!out->ridge) return ST_E_NO_MEMORY;
  for (int i = 0; i < w * h; i++) out->ridge[i] = 0;
  for (int y = 1; y < h - 1; y++) {
    const uint8_t *inside = mask->inside + (y / ST_BLOCK_PX) * gw, *ridge = ridges->ridge + y * w;
    uint8_t *valley = out->ridge + y * w;
    for (int x = 1; x < w - 1; x++) valley[x] = (uint8_t)(inside[x / ST_BLOCK_PX] && !ridge[x]);
  }
  return ST_OK;
}
