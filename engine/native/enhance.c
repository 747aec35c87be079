#include "enhance.h"

#include "params.h"
#include "st_math.h"

#define ALONG_TAPS (2 * ST_ENHANCE_ALONG_RADIUS_PX + 1)
#define ACROSS_TAPS (2 * ST_ENHANCE_ACROSS_RADIUS_PX + 1)
/* pixels closer than this to the image edge take the clamped (slow) path in both passes */
#define MARGIN_PX                                                                                  \
  ((ST_ENHANCE_ACROSS_RADIUS_PX > ST_ENHANCE_ALONG_RADIUS_PX ? ST_ENHANCE_ACROSS_RADIUS_PX          \
                                                             : ST_ENHANCE_ALONG_RADIUS_PX) + 1)

typedef struct {
  int dx[ST_ORIENTATION_BINS][ACROSS_TAPS > ALONG_TAPS ? ACROSS_TAPS : ALONG_TAPS];
  int dy[ST_ORIENTATION_BINS][ACROSS_TAPS > ALONG_TAPS ? ACROSS_TAPS : ALONG_TAPS];
} tap_offsets;

static int orientation_bin(float angle) {
  int b = st_roundi(angle * (ST_ORIENTATION_BINS / ST_PI));
  return ((b % ST_ORIENTATION_BINS) + ST_ORIENTATION_BINS) % ST_ORIENTATION_BINS;
}

static int period_bin(float period) {
  return st_clampi(st_roundi(period - ST_PERIOD_MIN_PX), 0, ST_PERIOD_BINS - 1);
}

/* Sum of taps at (x, y) + offsets, clamping to the image near the edges. */
static inline float sample_sum_u8(const uint8_t *p, int w, int h, int x, int y, const int *dx, const int *dy,
                                  int taps, int interior) {
  int sum = 0;
  if (interior) {
    const uint8_t *c = p + y * w + x;
    for (int k = 0; k < taps; k++) sum += c[dy[k] * w + dx[k]];
  } else {
    for (int k = 0; k < taps; k++) sum += p[st_clampi(y + dy[k], 0, h - 1) * w + st_clampi(x + dx[k], 0, w - 1)];
  }
  return (float)sum;
}

st_status st_enhance(const st_gray_image *image, const st_orientation_field *field, const st_segmentation_mask *mask,
                     const st_ridge_period *period, st_arena *arena, st_enhanced_image *out) {
  int w = image->width, h = image->height;
  st_block_grid g = field->grid;
  tap_offsets *along = st_arena_alloc(arena, sizeof(tap_offsets));
  tap_offsets *across = st_arena_alloc(arena, sizeof(tap_offsets));
  float(*kernels)[ACROSS_TAPS] = st_arena_alloc(arena, sizeof(float) * ST_PERIOD_BINS * ACROSS_TAPS);
  float *smoothed = st_arena_alloc(arena, sizeof(float) * (size_t)w * h);
  uint8_t *near = st_arena_alloc(arena, (size_t)g.width * g.height);
  /* orientation bins on a finer grid, interpolated between blocks, so filters turn smoothly along curved ridges */
  int sw = (w + ST_ENHANCE_CELL_PX - 1) / ST_ENHANCE_CELL_PX, sh = (h + ST_ENHANCE_CELL_PX - 1) / ST_ENHANCE_CELL_PX;
  uint8_t *cell_bin = st_arena_alloc(arena, (size_t)sw * sh);
  out->width = w;
  out->height = h;
  out->response = st_arena_alloc(arena, sizeof(float) * (size_t)w * h);
  if (!along || !across || !kernels || !smoothed || !near || !cell_bin || !out->response) return ST_E_NO_MEMORY;
  for (int cy = 0; cy < sh; cy++)
    for (int cx = 0; cx < sw; cx++)
      cell_bin[cy * sw + cx] = (uint8_t)orientation_bin(st_orientation_at(
          field, (cx + 0.5f) * ST_ENHANCE_CELL_PX, (cy + 0.5f) * ST_ENHANCE_CELL_PX));

  for (int b = 0; b < ST_ORIENTATION_BINS; b++) {
    float a = b * (ST_PI / ST_ORIENTATION_BINS);
    float tx = st_cosf(a), ty = st_sinf(a);
    for (int k = 0; k < ALONG_TAPS; k++) {
      int d = k - ST_ENHANCE_ALONG_RADIUS_PX;
      along->dx[b][k] = st_roundi(d * tx);
      along->dy[b][k] = st_roundi(d * ty);
    }
    for (int k = 0; k < ACROSS_TAPS; k++) {
      int d = k - ST_ENHANCE_ACROSS_RADIUS_PX;
      across->dx[b][k] = st_roundi(-d * ty);
      across->dy[b][k] = st_roundi(d * tx);
    }
  }
  for (int p = 0; p < ST_PERIOD_BINS; p++) {
    float period_px = ST_PERIOD_MIN_PX + p, sigma = ST_ENHANCE_SIGMA_PER_PERIOD * period_px, mean = 0;
    for (int k = 0; k < ACROSS_TAPS; k++) {
      float d = (float)(k - ST_ENHANCE_ACROSS_RADIUS_PX);
      kernels[p][k] = st_cosf(2 * ST_PI * d / period_px) * st_expf(-d * d / (2 * sigma * sigma));
      mean += kernels[p][k];
    }
    /* zero mean: the response ignores local brightness, so its sign binarises without a threshold */
    mean /= ACROSS_TAPS;
    for (int k = 0; k < ACROSS_TAPS; k++) kernels[p][k] -= mean;
  }

  /* blocks within one block of the foreground: the across-ridge pass reads them */
  for (int by = 0; by < g.height; by++)
    for (int bx = 0; bx < g.width; bx++) {
      int any = 0;
      for (int dy = -1; dy <= 1 && !any; dy++)
        for (int dx = -1; dx <= 1; dx++) {
          int ny = by + dy, nx = bx + dx;
          if (ny >= 0 && nx >= 0 && ny < g.height && nx < g.width && mask->inside[ny * g.width + nx]) {
            any = 1;
            break;
          }
        }
      near[by * g.width + bx] = (uint8_t)any;
    }

  const uint8_t *px = image->pixels;
  for (int y = 0; y < h; y++) {
    int brow = (y / ST_BLOCK_PX) * g.width;
    int interior_y = y >= MARGIN_PX && y < h - MARGIN_PX;
    for (int x = 0; x < w; x++) {
      int bi = brow + x / ST_BLOCK_PX;
      if (!near[bi]) {
        smoothed[y * w + x] = px[y * w + x];
        continue;
      }
      int b = cell_bin[(y / ST_ENHANCE_CELL_PX) * sw + x / ST_ENHANCE_CELL_PX];
      int interior = interior_y && x >= MARGIN_PX && x < w - MARGIN_PX;
      smoothed[y * w + x] = sample_sum_u8(px, w, h, x, y, along->dx[b], along->dy[b], ALONG_TAPS, interior) *
                            (1.0f / ALONG_TAPS);
    }
  }
  for (int y = 0; y < h; y++) {
    int brow = (y / ST_BLOCK_PX) * g.width;
    int interior_y = y >= MARGIN_PX && y < h - MARGIN_PX;
    for (int x = 0; x < w; x++) {
      int bi = brow + x / ST_BLOCK_PX;
      if (!mask->inside[bi]) {
        out->response[y * w + x] = 0;
        continue;
      }
      int b = cell_bin[(y / ST_ENHANCE_CELL_PX) * sw + x / ST_ENHANCE_CELL_PX];
      const float *kernel = kernels[period_bin(period->period_px[bi])];
      const int *dx = across->dx[b], *dy = across->dy[b];
      float sum = 0;
      if (interior_y && x >= MARGIN_PX && x < w - MARGIN_PX) {
        const float *c = smoothed + y * w + x;
        for (int k = 0; k < ACROSS_TAPS; k++) sum += kernel[k] * c[dy[k] * w + dx[k]];
      } else {
        for (int k = 0; k < ACROSS_TAPS; k++)
          sum += kernel[k] * smoothed[st_clampi(y + dy[k], 0, h - 1) * w + st_clampi(x + dx[k], 0, w - 1)];
      }
      out->response[y * w + x] = sum;
    }
  }
  return ST_OK;
}
