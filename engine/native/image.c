#include "image.h"

#include "params.h"
#include "st_math.h"
#include "template.h"

int st_scaled_side(int side, int dpi) { return (int)(((int64_t)side * ST_TEMPLATE_DPI + dpi / 2) / dpi); }

int st_scaled_size_ok(int width, int height, int dpi, int *w, int *h) {
  if (dpi < ST_MIN_DPI || dpi > ST_MAX_DPI) return 0;
  if (width < ST_MIN_IMAGE_SIDE_PX || height < ST_MIN_IMAGE_SIDE_PX || width > ST_MAX_IMAGE_SIDE_PX ||
      height > ST_MAX_IMAGE_SIDE_PX)
    return 0;
  *w = st_scaled_side(width, dpi), *h = st_scaled_side(height, dpi);
  return *w >= ST_MIN_IMAGE_SIDE_PX && *h >= ST_MIN_IMAGE_SIDE_PX && *w <= ST_MAX_SCALED_SIDE_PX &&
         *h <= ST_MAX_SCALED_SIDE_PX;
}

st_status st_image_to_500_dpi(const uint8_t *pixels, int width, int height, int dpi, st_arena *arena,
                              st_gray_image *out) {
  int w = st_scaled_side(width, dpi), h = st_scaled_side(height, dpi);
  if (w < ST_MIN_IMAGE_SIDE_PX || h < ST_MIN_IMAGE_SIDE_PX || w > ST_MAX_SCALED_SIDE_PX || h > ST_MAX_SCALED_SIDE_PX)
    return ST_E_IMAGE_SIZE;
  uint8_t *dst = st_arena_alloc(arena, (size_t)w * h);
  if (!dst) return ST_E_NO_MEMORY;
  out->width = w;
  out->height = h;
  out->pixels = dst;
  if (dpi == ST_TEMPLATE_DPI) {
    for (int i = 0; i < w * h; i++) dst[i] = pixels[i];
    return ST_OK;
  }
  float step = (float)dpi / ST_TEMPLATE_DPI; /* source pixels per output pixel */
  if (step > 1) {
    /* shrinking: average the source footprint (box filter) to avoid aliasing ridges */
    for (int y = 0; y < h; y++) {
      int y0 = (int)(y * step), y1 = st_mini(height, st_maxi(y0 + 1, (int)((y + 1) * step)));
      for (int x = 0; x < w; x++) {
        int x0 = (int)(x * step), x1 = st_mini(width, st_maxi(x0 + 1, (int)((x + 1) * step)));
        uint32_t sum = 0, n = 0;
        for (int sy = y0; sy < y1; sy++)
          for (int sx = x0; sx < x1; sx++) sum += pixels[sy * width + sx], n++;
        dst[y * w + x] = (uint8_t)(n ? (sum + n / 2) / n : 0);
      }
    }
  } else {
    for (int y = 0; y < h; y++) {
      float fy = st_clampf((y + 0.5f) * step - 0.5f, 0, (float)(height - 1));
      int y0 = (int)fy, y1 = st_mini(y0 + 1, height - 1);
      float ty = fy - y0;
      for (int x = 0; x < w; x++) {
        float fx = st_clampf((x + 0.5f) * step - 0.5f, 0, (float)(width - 1));
        int x0 = (int)fx, x1 = st_mini(x0 + 1, width - 1);
        float tx = fx - x0;
        float top = pixels[y0 * width + x0] * (1 - tx) + pixels[y0 * width + x1] * tx;
        float bottom = pixels[y1 * width + x0] * (1 - tx) + pixels[y1 * width + x1] * tx;
        dst[y * w + x] = (uint8_t)st_clampi(st_roundi(top * (1 - ty) + bottom * ty), 0, 255);
      }
    }
  }
  return ST_OK;
}
