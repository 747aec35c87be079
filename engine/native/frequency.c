#include "frequency.h"

#include "params.h"
#include "st_math.h"

static float measure_period(const st_gray_image *image, float cx, float cy, float angle) {
  float tx = st_cosf(angle), ty = st_sinf(angle); /* along the ridge */
  float nx = -ty, ny = tx;                        /* across the ridges */
  float profile[ST_FREQUENCY_PROFILE_PX];
  /* near the image edge the profile runs off the image: only its part inside is read */
  int first_in = -1, last_in = -1;
  float mean = 0;
  for (int k = 0; k < ST_FREQUENCY_PROFILE_PX; k++) {
    float d = (float)(k - ST_FREQUENCY_PROFILE_PX / 2);
    float sum = 0;
    int n = 0;
    for (int j = -3; j <= 3; j++) {
      int x = st_roundi(cx + d * nx + j * tx), y = st_roundi(cy + d * ny + j * ty);
      if (x < 0 || y < 0 || x >= image->width || y >= image->height) continue;
      sum += image->pixels[y * image->width + x];
      n++;
    }
    profile[k] = n ? sum / n : 0;
    if (n && first_in < 0) first_in = k;
    if (n) last_in = k;
    if (n) mean += profile[k];
  }
  if (first_in < 0) return 0;
  /* the profile crosses the centre, so the samples inside the image are one run */
  int lo = first_in, hi = last_in, len = hi - lo + 1;
  mean /= (float)len;
  /* light smoothing so pixel noise does not add crossings */
  float smooth[ST_FREQUENCY_PROFILE_PX];
  for (int k = lo; k <= hi; k++) {
    float a = profile[k > lo ? k - 1 : k], b = profile[k], c = profile[k < hi ? k + 1 : k];
    smooth[k] = (a + 2 * b + c) * 0.25f - mean;
  }
  float first = -1, last = -1;
  int crossings = 0;
  for (int k = lo + 1; k <= hi; k++) {
    float a = smooth[k - 1], b = smooth[k];
    if ((a < 0) != (b < 0)) {
      float at = (k - 1) + a / (a - b); /* sub-pixel crossing */
      if (crossings == 0) first = at;
      last = at;
      crossings++;
    }
  }
  if (crossings < 3) return 0;
  float period = 2 * (last - first) / (float)(crossings - 1);
  return period >= ST_PERIOD_MIN_PX && period <= ST_PERIOD_MAX_PX ? period : 0;
}

st_status st_frequency_compute(const st_gray_image *image, const st_orientation_field *field,
                               const st_segmentation_mask *mask, st_arena *arena, st_ridge_period *out) {
  st_block_grid g = field->grid;
  int n = g.width * g.height;
  float *raw = st_arena_alloc(arena, sizeof(float) * n);
  out->grid = g;
  out->period_px = st_arena_alloc(arena, sizeof(float) * n);
  out->measured = st_arena_alloc(arena, (size_t)n);
  if (!raw || !out->period_px || !out->measured) return ST_E_NO_MEMORY;
  int histogram[(int)ST_PERIOD_MAX_PX * 4 + 1] = {0}, valid = 0;
  for (int by = 0; by < g.height; by++)
    for (int bx = 0; bx < g.width; bx++) {
      int i = by * g.width + bx;
      raw[i] = mask->inside[i] ? measure_period(image, bx * ST_BLOCK_PX + ST_BLOCK_PX / 2.0f,
                                                by * ST_BLOCK_PX + ST_BLOCK_PX / 2.0f, field->angle[i])
                               : 0;
      out->measured[i] = raw[i] > 0;
      if (raw[i] > 0) histogram[st_roundi(raw[i] * 4)]++, valid++;
    }
  float median = ST_PERIOD_DEFAULT_PX;
  if (valid) {
    int acc = 0;
    for (int v = 0; v <= (int)ST_PERIOD_MAX_PX * 4; v++) {
      acc += histogram[v];
      if (acc * 2 >= valid) {
        median = v / 4.0f;
        break;
      }
    }
  }
  out->median_period_px = median;
  const int r = ST_FREQUENCY_SMOOTH_RADIUS_BLOCKS;
  for (int by = 0; by < g.height; by++)
    for (int bx = 0; bx < g.width; bx++) {
      float sum = 0, weight = 0;
      for (int dy = -r; dy <= r; dy++)
        for (int dx = -r; dx <= r; dx++) {
          int ny = by + dy, nx = bx + dx;
          if (ny < 0 || nx < 0 || ny >= g.height || nx >= g.width) continue;
          float p = raw[ny * g.width + nx];
          if (p <= 0) continue;
          float wgt = 1.0f / (1 + dx * dx + dy * dy);
          sum += wgt * p, weight += wgt;
        }
      /* blend towards the print's median where few neighbours measured a period */
      float prior = 0.5f;
      out->period_px[by * g.width + bx] = (sum + prior * median) / (weight + prior);
    }
  return ST_OK;
}
