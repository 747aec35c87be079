#include "segmentation.h"

#include "params.h"
#include "st_math.h"

/* Binary dilation (grow = 1) or erosion (grow = 0) by a square of radius r on the block grid. */
static void morph(const uint8_t *in, uint8_t *out, st_block_grid g, int r, int grow, int outside_value) {
  for (int y = 0; y < g.height; y++)
    for (int x = 0; x < g.width; x++) {
      int hit = !grow;
      for (int dy = -r; dy <= r && hit == !grow; dy++)
        for (int dx = -r; dx <= r; dx++) {
          int ny = y + dy, nx = x + dx;
          int v = (ny < 0 || nx < 0 || ny >= g.height || nx >= g.width) ? outside_value : in[ny * g.width + nx];
          if (grow ? v : !v) {
            hit = grow;
            break;
          }
        }
      out[y * g.width + x] = (uint8_t)hit;
    }
}

/* Keeps the largest 4-connected component; returns its area. */
static int keep_largest(uint8_t *mask, st_block_grid g, int *stack, int *label) {
  int n = g.width * g.height, best_label = 0, best_area = 0, next = 0;
  for (int i = 0; i < n; i++) label[i] = 0;
  for (int i = 0; i < n; i++) {
    if (!mask[i] || label[i]) continue;
    int top = 0, area = 0;
    next++;
    stack[top++] = i;
    label[i] = next;
    while (top) {
      int c = stack[--top];
      area++;
      int cx = c % g.width, cy = c / g.width;
      const int nb[4][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
      for (int k = 0; k < 4; k++) {
        int nx = cx + nb[k][0], ny = cy + nb[k][1];
        if (nx < 0 || ny < 0 || nx >= g.width || ny >= g.height) continue;
        int j = ny * g.width + nx;
        if (mask[j] && !label[j]) label[j] = next, stack[top++] = j;
      }
    }
    if (area > best_area) best_area = area, best_label = next;
  }
  for (int i = 0; i < n; i++) mask[i] = (uint8_t)(mask[i] && label[i] == best_label);
  return best_area;
}

/* Fills background regions that do not touch the image edge (holes inside the print). */
static void fill_holes(uint8_t *mask, st_block_grid g, int *stack, uint8_t *seen) {
  int n = g.width * g.height, top = 0;
  for (int i = 0; i < n; i++) seen[i] = 0;
  for (int y = 0; y < g.height; y++)
    for (int x = 0; x < g.width; x++) {
      if (x && y && x != g.width - 1 && y != g.height - 1) continue;
      int i = y * g.width + x;
      if (!mask[i] && !seen[i]) seen[i] = 1, stack[top++] = i;
    }
  while (top) {
    int c = stack[--top];
    int cx = c % g.width, cy = c / g.width;
    const int nb[4][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    for (int k = 0; k < 4; k++) {
      int nx = cx + nb[k][0], ny = cy + nb[k][1];
      if (nx < 0 || ny < 0 || nx >= g.width || ny >= g.height) continue;
      int j = ny * g.width + nx;
      if (!mask[j] && !seen[j]) seen[j] = 1, stack[top++] = j;
    }
  }
  for (int i = 0; i < n; i++)
    if (!mask[i] && !seen[i]) mask[i] = 1;
}

st_status st_segmentation_compute(const st_orientation_field *field, st_arena *arena, st_segmentation_mask *out) {
  st_block_grid g = field->grid;
  int n = g.width * g.height;
  out->grid = g;
  out->inside = st_arena_alloc(arena, (size_t)n);
  out->inner = st_arena_alloc(arena, (size_t)n);
  uint8_t *tmp = st_arena_alloc(arena, (size_t)n);
  int *stack = st_arena_alloc(arena, sizeof(int) * (size_t)n);
  int *label = st_arena_alloc(arena, sizeof(int) * (size_t)n);
  if (!out->inside || !out->inner || !tmp || !stack || !label) return ST_E_NO_MEMORY;

  /* 95th percentile of block contrast via a histogram (contrast is at most 128 gray levels). */
  int histogram[129] = {0};
  for (int i = 0; i < n; i++) histogram[st_clampi((int)field->contrast[i], 0, 128)]++;
  int rank = n - n / 20, acc = 0, p95 = 128;
  for (int v = 0; v <= 128; v++) {
    acc += histogram[v];
    if (acc >= rank) {
      p95 = v;
      break;
    }
  }
  float threshold = st_maxf(ST_SEGMENT_MIN_STDDEV, ST_SEGMENT_RELATIVE_STDDEV * (float)p95);
  for (int i = 0; i < n; i++)
    out->inside[i] = (uint8_t)(field->contrast[i] >= threshold && field->coherence[i] >= ST_SEGMENT_MIN_COHERENCE);

  /* closing fills gaps between dry ridge islands, opening drops specks */
  morph(out->inside, tmp, g, ST_SEGMENT_CLOSE_BLOCKS, 1, 0);
  morph(tmp, out->inside, g, ST_SEGMENT_CLOSE_BLOCKS, 0, 1);
  morph(out->inside, tmp, g, ST_SEGMENT_OPEN_BLOCKS, 0, 0);
  morph(tmp, out->inside, g, ST_SEGMENT_OPEN_BLOCKS, 1, 0);
  out->area_blocks = keep_largest(out->inside, g, stack, label);
  fill_holes(out->inside, g, stack, tmp);
  out->area_blocks = 0;
  for (int i = 0; i < n; i++) out->area_blocks += out->inside[i];
  if (out->area_blocks < ST_SEGMENT_MIN_AREA_BLOCKS) return ST_E_NO_FINGER;
  morph(out->inside, out->inner, g, ST_BORDER_MARGIN_BLOCKS, 0, 0);
  return ST_OK;
}

st_status st_segmentation_refine(st_segmentation_mask *mask, const uint8_t *measured, st_arena *arena) {
  st_block_grid g = mask->grid;
  int n = g.width * g.height;
  uint8_t *keep = st_arena_alloc(arena, (size_t)n);
  int *stack = st_arena_alloc(arena, sizeof(int) * (size_t)n);
  int *label = st_arena_alloc(arena, sizeof(int) * (size_t)n);
  if (!keep || !stack || !label) return ST_E_NO_MEMORY;
  for (int by = 0; by < g.height; by++)
    for (int bx = 0; bx < g.width; bx++) {
      int i = by * g.width + bx, votes = 0;
      for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++) {
          int ny = by + dy, nx = bx + dx;
          if (ny >= 0 && nx >= 0 && ny < g.height && nx < g.width) votes += measured[ny * g.width + nx];
        }
      keep[i] = (uint8_t)(mask->inside[i] && votes >= ST_SEGMENT_MIN_MEASURED_NEIGHBOURS);
    }
  for (int i = 0; i < n; i++) mask->inside[i] = keep[i];
  keep_largest(mask->inside, g, stack, label);
  fill_holes(mask->inside, g, stack, keep);
  mask->area_blocks = 0;
  for (int i = 0; i < n; i++) mask->area_blocks += mask->inside[i];
  if (mask->area_blocks < ST_SEGMENT_MIN_AREA_BLOCKS) return ST_E_NO_FINGER;
  morph(mask->inside, mask->inner, g, ST_BORDER_MARGIN_BLOCKS, 0, 0);
  return ST_OK;
}
