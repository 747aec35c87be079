#include "binarize.h"

#include "params.h"

st_status st_binarize(const st_enhanced_image *enhanced, const st_segmentation_mask *mask, st_arena *arena,
                      st_binary_image *out) {
  int w = enhanced->width, h = enhanced->height;
  uint8_t *raw = st_arena_alloc(arena, (size_t)w * h);
  out->width = w;
  out->height = h;
  out->ridge = st_arena_alloc(arena, (size_t)w * h);
  if (!raw || !out->ridge) return ST_E_NO_MEMORY;
  int gw = mask->grid.width;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      raw[y * w + x] = (uint8_t)(mask->inside[(y / ST_BLOCK_PX) * gw + x / ST_BLOCK_PX] &&
                                 enhanced->response[y * w + x] < 0);
  /* 3 x 3 majority vote removes single-pixel spurs and pinholes that would become false minutiae */
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++) {
      if (x == 0 || y == 0 || x == w - 1 || y == h - 1) {
        out->ridge[y * w + x] = 0;
        continue;
      }
      const uint8_t *c = raw + y * w + x;
      int votes = c[-w - 1] + c[-w] + c[-w + 1] + c[-1] + c[0] + c[1] + c[w - 1] + c[w] + c[w + 1];
      out->ridge[y * w + x] = (uint8_t)(votes >= 5);
    }
  return ST_OK;
}
