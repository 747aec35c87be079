#include "orientation.h"

#include "params.h"

#include "st_math.h"

typedef struct {
  float xx, yy, xy, sum, sum2, n;
} block_moments;

st_status st_orientation_compute(const st_gray_image *image, st_arena *arena, st_orientation_field *out) {
  st_block_grid g = st_block_grid_for(image->width, image->height);
  int blocks = g.width * g.height;
  block_moments *m = st_arena_alloc(arena, sizeof(block_moments) * blocks);
  out->grid = g;
  out->angle = st_arena_alloc(arena, sizeof(float) * blocks);
  out->coherence = st_arena_alloc(arena, sizeof(float) * blocks);
  out->contrast = st_arena_alloc(arena, sizeof(float) * blocks);
  if (!m || !out->angle || !out->coherence || !out->contrast) return ST_E_NO_MEMORY;
  for (int i = 0; i < blocks; i++) m[i] = (block_moments){0, 0, 0, 0, 0, 0};
  int w = image->width, h = image->height;
  const uint8_t *p = image->pixels;
  for (int y = 1; y < h - 1; y++) {
    block_moments *row = m + (y / ST_BLOCK_PX) * g.width;
    for (int x = 1; x < w - 1; x++) {
      const uint8_t *c = p + y * w + x;
      /* Sobel gradients */
      int gx = (c[-w + 1] + 2 * c[1] + c[w + 1]) - (c[-w - 1] + 2 * c[-1] + c[w - 1]);
      int gy = (c[w - 1] + 2 * c[w] + c[w + 1]) - (c[-w - 1] + 2 * c[-w] + c[-w + 1]);
      block_moments *b = row + x / ST_BLOCK_PX;
      b->xx += (float)(gx * gx);
      b->yy += (float)(gy * gy);
      b->xy += (float)(gx * gy);
      b->sum += c[0];
      b->sum2 += (float)(c[0] * c[0]);
      b->n += 1;
    }
  }
  /* Average over a window of (2r+1)^2 blocks (r = 1: 24 px, about three ridges). */
  const int r = ST_ORIENTATION_WINDOW_RADIUS_BLOCKS;
  for (int by = 0; by < g.height; by++)
    for (int bx = 0; bx < g.width; bx++) {
      float xx = 0, yy = 0, xy = 0, s = 0, s2 = 0, n = 0;
      for (int dy = -r; dy <= r; dy++)
        for (int dx = -r; dx <= r; dx++) {
          int ny = by + dy, nx = bx + dx;
          if (ny < 0 || nx < 0 || ny >= g.height || nx >= g.width) continue;
          const block_moments *b = &m[ny * g.width + nx];
          xx += b->xx, yy += b->yy, xy += b->xy, s += b->sum, s2 += b->sum2, n += b->n;
        }
      int i = by * g.width + bx;
      float vx = 2 * xy, vy = xx - yy, energy = xx + yy;
      /* gradient doubled angle; ridges run perpendicular to the gradient */
      float gradient2 = st_atan2f(vx, vy);
      float ridge = 0.5f * gradient2 + ST_PI / 2;
      if (ridge >= ST_PI) ridge -= ST_PI;
      out->angle[i] = ridge;
      out->coherence[i] = energy > 0 ? st_sqrtf(vx * vx + vy * vy) / energy : 0;
      float mean = n > 0 ? s / n : 0;
      out->contrast[i] = n > 0 ? st_sqrtf(st_maxf(0, s2 / n - mean * mean)) : 0;
    }
  return ST_OK;
}

void st_orientation_smooth(st_orientation_field *field, const uint8_t *mask, st_arena *arena) {
  st_block_grid g = field->grid;
  int blocks = g.width * g.height;
  float *c2 = st_arena_alloc(arena, sizeof(float) * blocks);
  float *s2 = st_arena_alloc(arena, sizeof(float) * blocks);
  if (!c2 || !s2) return;
  for (int i = 0; i < blocks; i++) {
    float wgt = mask[i] ? field->coherence[i] : 0;
    c2[i] = wgt * st_cosf(2 * field->angle[i]);
    s2[i] = wgt * st_sinf(2 * field->angle[i]);
  }
  const int r = ST_ORIENTATION_SMOOTH_RADIUS_BLOCKS;
  for (int by = 0; by < g.height; by++)
    for (int bx = 0; bx < g.width; bx++) {
      int i = by * g.width + bx;
      if (!mask[i]) continue;
      float c = 0, s = 0;
      for (int dy = -r; dy <= r; dy++)
        for (int dx = -r; dx <= r; dx++) {
          int ny = by + dy, nx = bx + dx;
          if (ny < 0 || nx < 0 || ny >= g.height || nx >= g.width) continue;
          /* Gaussian-like weight: nearer blocks count more */
          float wgt = 1.0f / (1 + dx * dx + dy * dy);
          c += wgt * c2[ny * g.width + nx];
          s += wgt * s2[ny * g.width + nx];
        }
      if (c == 0 && s == 0) continue;
      float a = 0.5f * st_atan2f(s, c);
      if (a < 0) a += ST_PI;
      field->angle[i] = a;
    }
}

float st_orientation_at(const st_orientation_field *field, float x, float y) {
  st_block_grid g = field->grid;
  float fx = x / ST_BLOCK_PX - 0.5f, fy = y / ST_BLOCK_PX - 0.5f;
  int x0 = st_floori(fx), y0 = st_floori(fy);
  float tx = fx - x0, ty = fy - y0, c = 0, s = 0;
  for (int k = 0; k < 4; k++) {
    int bx = st_clampi(x0 + (k & 1), 0, g.width - 1), by = st_clampi(y0 + (k >> 1), 0, g.height - 1);
    float w = ((k & 1) ? tx : 1 - tx) * ((k >> 1) ? ty : 1 - ty);
    float a = field->angle[by * g.width + bx];
    c += w * st_cosf(2 * a);
    s += w * st_sinf(2 * a);
  }
  float a = 0.5f * st_atan2f(s, c);
  return a < 0 ? a + ST_PI : a;
}
