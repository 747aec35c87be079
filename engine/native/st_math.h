/* Small deterministic float math: the same results in the native and WebAssembly builds, and no libm
 * (the WebAssembly build is freestanding). Accuracy is far beyond what pixel geometry needs. */
#ifndef ST_MATH_H
#define ST_MATH_H

#define ST_PI 3.14159265358979f

static inline float st_absf(float x) { return x < 0 ? -x : x; }
static inline float st_minf(float a, float b) { return a < b ? a : b; }
static inline float st_maxf(float a, float b) { return a > b ? a : b; }
static inline float st_clampf(float x, float lo, float hi) { return x < lo ? lo : x > hi ? hi : x; }
static inline int st_mini(int a, int b) { return a < b ? a : b; }
static inline int st_maxi(int a, int b) { return a > b ? a : b; }
static inline int st_clampi(int x, int lo, int hi) { return x < lo ? lo : x > hi ? hi : x; }

static inline float st_sqrtf(float x) { return x > 0 ? __builtin_sqrtf(x) : 0.0f; }

/* Round half away from zero, for values well inside int range. */
static inline int st_roundi(float x) { return x >= 0 ? (int)(x + 0.5f) : -(int)(-x + 0.5f); }
static inline int st_floori(float x) {
  int i = (int)x;
  return (float)i > x ? i - 1 : i;
}

/* atan2 with a 7th-order minimax polynomial on [0, 1]; max error about 1e-5 rad. */
static inline float st_atan2f(float y, float x) {
  float ax = st_absf(x), ay = st_absf(y);
  float mx = st_maxf(ax, ay);
  if (mx == 0) return 0;
  float a = st_minf(ax, ay) / mx;
  float s = a * a;
  float r = ((((-0.0117212f * s + 0.05265332f) * s - 0.11643287f) * s + 0.19354346f) * s - 0.33262347f) * s * a +
            0.99997726f * a;
  if (ay > ax) r = 1.57079637f - r;
  if (x < 0) r = ST_PI - r;
  if (y < 0) r = -r;
  return r;
}

/* sin on any argument: reduce to [-pi, pi], then an odd polynomial on [-pi/2, pi/2]. */
static inline float st_sinf(float x) {
  float turns = x * (1.0f / (2 * ST_PI));
  x -= (float)st_floori(turns + 0.5f) * (2 * ST_PI);
  if (x > ST_PI / 2) x = ST_PI - x;
  else if (x < -ST_PI / 2) x = -ST_PI - x;
  float s = x * x;
  return x * (1 + s * (-0.166666667f + s * (0.00833333333f + s * (-0.000198412698f + s * 2.75573192e-6f))));
}

static inline float st_cosf(float x) { return st_sinf(x + ST_PI / 2); }

/* exp for x <= 0 (Gaussian weights): 2^k * polynomial. */
static inline float st_expf(float x) {
  if (x < -80) return 0;
  if (x > 80) x = 80;
  float t = x * 1.44269504f;
  int k = st_floori(t);
  float f = (t - (float)k) * 0.693147181f;
  float p = 1 + f * (1 + f * (0.5f + f * (0.166666667f + f * (0.0416666667f + f * (0.00833333333f + f * 0.00138888889f)))));
  float scale = 1;
  if (k > 0)
    for (int i = 0; i < k; i++) scale *= 2;
  else
    for (int i = 0; i < -k; i++) scale *= 0.5f;
  return p * scale;
}

#endif
