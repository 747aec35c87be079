#include "quality_features.h"

#include "arena.h"
#include "image.h"
#include "orientation.h"
#include "params.h"
#include "st_math.h"

size_t st_quality_features_workspace_bytes(int width, int height, int dpi) {
  int w, h;
  if (!st_scaled_size_ok(width, height, dpi, &w, &h)) return 0;
  size_t blocks = (size_t)(w / ST_BLOCK_PX + 1) * (h / ST_BLOCK_PX + 1);
  /* image + orientation moments (24 bytes), three float fields, a period per block + alignment */
  return (size_t)w * h + blocks * 56 + 256;
}

typedef struct {
  float cos_table[ST_QF_PROFILE_PX], sin_table[ST_QF_PROFILE_PX], window[ST_QF_PROFILE_PX];
} dft_tables;

static void dft_tables_init(dft_tables *t) {
  for (int k = 0; k < ST_QF_PROFILE_PX; k++) {
    float a = 2 * ST_PI * k / ST_QF_PROFILE_PX;
    t->cos_table[k] = st_cosf(a);
    t->sin_table[k] = st_sinf(a);
    t->window[k] = 0.5f - 0.5f * st_cosf(2 * ST_PI * (k + 0.5f) / ST_QF_PROFILE_PX); /* Hann */
  }
}

typedef struct {
  int ridge;          /* dominant period in the band with a clear peak */
  float period_px;
  float peak_share;
  float dark_share;
} profile_spectrum;

/* The gray profile across the flow through a block centre, its spectrum, and where its energy peaks. */
static profile_spectrum analyse_block(const st_gray_image *image, const dft_tables *t, float cx, float cy,
                                      float angle) {
  profile_spectrum r = {0, 0, 0, 0};
  float tx = st_cosf(angle), ty = st_sinf(angle); /* along the ridge */
  float nx = -ty, ny = tx;                        /* across */
  float profile[ST_QF_PROFILE_PX], mean = 0;
  for (int k = 0; k < ST_QF_PROFILE_PX; k++) {
    float d = (float)k - ST_QF_PROFILE_PX / 2 + 0.5f, sum = 0;
    int n = 0;
    for (int j = -ST_QF_ALONG_HALF_PX; j <= ST_QF_ALONG_HALF_PX; j++) {
      int x = st_roundi(cx + d * nx + j * tx), y = st_roundi(cy + d * ny + j * ty);
      if (x < 0 || y < 0 || x >= image->width || y >= image->height) continue;
      sum += image->pixels[y * image->width + x];
      n++;
    }
    if (!n) return r; /* the profile leaves the image: not measured */
    profile[k] = sum / n;
    mean += profile[k];
  }
  mean /= ST_QF_PROFILE_PX;
  int dark = 0;
  for (int k = 0; k < ST_QF_PROFILE_PX; k++) {
    dark += profile[k] < mean;
    profile[k] = (profile[k] - mean) * t->window[k];
  }
  float power[ST_QF_PROFILE_PX / 2], total = 0;
  int peak = 1;
  for (int f = 1; f < ST_QF_PROFILE_PX / 2; f++) {
    float re = 0, im = 0;
    for (int k = 0, at = 0; k < ST_QF_PROFILE_PX; k++, at = (at + f) & (ST_QF_PROFILE_PX - 1)) {
      re += profile[k] * t->cos_table[at];
      im -= profile[k] * t->sin_table[at];
    }
    power[f] = re * re + im * im;
    total += power[f];
    if (power[f] > power[peak]) peak = f;
  }
  if (total <= 0) return r;
  float left = peak > 1 ? power[peak - 1] : 0, right = peak < ST_QF_PROFILE_PX / 2 - 1 ? power[peak + 1] : 0;
  r.peak_share = (left + power[peak] + right) / total;
  /* sub-bin peak: parabola through the three powers */
  float denominator = left - 2 * power[peak] + right, offset = denominator < 0 ? 0.5f * (left - right) / denominator : 0;
  r.period_px = ST_QF_PROFILE_PX / ((float)peak + st_clampf(offset, -0.5f, 0.5f));
  r.dark_share = (float)dark / ST_QF_PROFILE_PX;
  r.ridge = peak >= ST_QF_BAND_MIN_BIN && peak <= ST_QF_BAND_MAX_BIN && r.peak_share >= ST_QF_MIN_PEAK_SHARE;
  return r;
}

st_status st_quality_features(const uint8_t *gray, size_t gray_bytes, int width, int height, int dpi,
                              void *workspace, size_t workspace_bytes, int32_t *out) {
  if (!gray || !workspace || !out) return ST_E_ARGUMENT;
  if (dpi < ST_MIN_DPI || dpi > ST_MAX_DPI) return ST_E_IMAGE_DPI;
  if (width < ST_MIN_IMAGE_SIDE_PX || height < ST_MIN_IMAGE_SIDE_PX || width > ST_MAX_IMAGE_SIDE_PX ||
      height > ST_MAX_IMAGE_SIDE_PX)
    return ST_E_IMAGE_SIZE;
  if (gray_bytes != (size_t)width * (size_t)height) return ST_E_IMAGE_BUFFER;
  size_t needed = st_quality_features_workspace_bytes(width, height, dpi);
  if (!needed) return ST_E_IMAGE_SIZE;
  if (workspace_bytes < needed) return ST_E_NO_MEMORY;
  st_arena arena = st_arena_init(workspace, workspace_bytes);
  st_gray_image image;
  st_orientation_field field;
  st_status s = st_image_to_500_dpi(gray, width, height, dpi, &arena, &image);
  if (s == ST_OK) s = st_orientation_compute(&image, &arena, &field);
  if (s != ST_OK) return s;
  for (int i = 0; i < ST_QF_FIELDS; i++) out[i] = 0;
  out[ST_QF_WIDTH] = image.width;
  out[ST_QF_HEIGHT] = image.height;

  /* gray levels */
  uint32_t histogram[256] = {0};
  size_t pixels = (size_t)image.width * image.height;
  uint64_t sum = 0;
  for (size_t i = 0; i < pixels; i++) histogram[image.pixels[i]]++, sum += image.pixels[i];
  out[ST_QF_MEAN_GRAY] = (int32_t)(sum / pixels);
  size_t acc = 0;
  int p05 = -1, p95 = -1;
  for (int v = 0; v < 256; v++) {
    acc += histogram[v];
    if (p05 < 0 && acc * 20 >= pixels) p05 = v;
    if (p95 < 0 && acc * 20 >= pixels * 19) p95 = v;
  }
  out[ST_QF_GRAY_P05] = p05;
  out[ST_QF_GRAY_P95] = p95;

  /* foreground: the segmentation's contrast rule (a share of the 95th percentile block contrast, a floor) */
  st_block_grid g = field.grid;
  int n = g.width * g.height;
  int contrast_histogram[129] = {0};
  for (int i = 0; i < n; i++) contrast_histogram[st_clampi((int)field.contrast[i], 0, 128)]++;
  int rank = n - n / 20, seen = 0, contrast_p95 = 128;
  for (int v = 0; v <= 128; v++) {
    seen += contrast_histogram[v];
    if (seen >= rank) {
      contrast_p95 = v;
      break;
    }
  }
  float threshold = st_maxf(ST_SEGMENT_MIN_STDDEV, ST_SEGMENT_RELATIVE_STDDEV * (float)contrast_p95);

  dft_tables tables;
  dft_tables_init(&tables);
  float *period = st_arena_alloc(&arena, sizeof(float) * (size_t)n); /* 0: not a ridge block */
  if (!period) return ST_E_NO_MEMORY;
  for (int i = 0; i < n; i++) period[i] = 0;
  int foreground = 0, certain = 0, ridges = 0;
  float sum_x = 0, sum_y = 0, clarity = 0, dark = 0;
  int period_histogram[(int)ST_PERIOD_MAX_PX * 4 + 1] = {0};
  for (int by = 0; by < g.height; by++)
    for (int bx = 0; bx < g.width; bx++) {
      int i = by * g.width + bx;
      if (field.contrast[i] < threshold) continue;
      foreground++;
      if (field.coherence[i] < ST_QF_MIN_COHERENCE) continue;
      certain++;
      float cx = bx * ST_BLOCK_PX + ST_BLOCK_PX / 2.0f, cy = by * ST_BLOCK_PX + ST_BLOCK_PX / 2.0f;
      profile_spectrum p = analyse_block(&image, &tables, cx, cy, field.angle[i]);
      if (!p.ridge) continue;
      ridges++;
      period[i] = p.period_px;
      sum_x += cx, sum_y += cy, clarity += p.peak_share, dark += p.dark_share;
      period_histogram[st_clampi(st_roundi(p.period_px * 4), 0, (int)ST_PERIOD_MAX_PX * 4)]++;
    }
  /* continuous flow: neighbours that carry on with about the same direction and period */
  const float max_turn = ST_QF_FLOW_MAX_TURN_DEG * ST_PI / 180;
  int flow = 0;
  for (int by = 1; by < g.height - 1; by++)
    for (int bx = 1; bx < g.width - 1; bx++) {
      int i = by * g.width + bx, agree = 0;
      if (period[i] <= 0) continue;
      for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++) {
          int j = i + dy * g.width + dx;
          if (j == i || period[j] <= 0) continue;
          float turn = st_absf(field.angle[i] - field.angle[j]);
          if (turn > ST_PI / 2) turn = ST_PI - turn;
          float ratio = period[i] > period[j] ? period[i] / period[j] : period[j] / period[i];
          agree += turn <= max_turn && ratio <= ST_QF_FLOW_MAX_PERIOD_RATIO;
        }
      flow += agree >= ST_QF_FLOW_MIN_NEIGHBOURS;
    }
  out[ST_QF_FLOW_BLOCKS] = flow;
  out[ST_QF_BLOCKS] = n;
  out[ST_QF_FOREGROUND_BLOCKS] = foreground;
  out[ST_QF_CERTAIN_BLOCKS] = certain;
  out[ST_QF_RIDGE_BLOCKS] = ridges;
  out[ST_QF_RIDGE_CENTRE_X_PERMILLE] = ridges ? st_roundi(1000 * sum_x / ridges / image.width) : 500;
  out[ST_QF_RIDGE_CENTRE_Y_PERMILLE] = ridges ? st_roundi(1000 * sum_y / ridges / image.height) : 500;
  if (ridges) {
    out[ST_QF_CLARITY_PERMILLE] = st_roundi(1000 * clarity / ridges);
    out[ST_QF_DARK_PERMILLE] = st_roundi(1000 * dark / ridges);
    int count = 0;
    for (int v = 0; v <= (int)ST_PERIOD_MAX_PX * 4; v++) {
      count += period_histogram[v];
      if (count * 2 >= ridges) {
        out[ST_QF_MEDIAN_PERIOD_CENTIPX] = v * 25;
        break;
      }
    }
  }
  return ST_OK;
}
