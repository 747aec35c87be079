/* a * b + c rounded once (IEEE fused multiply-add) without libm or an FMA instruction, so the native and the
 * WebAssembly builds agree: the WSQ reference decoder's output is what NBIS gives when its compiler fuses the
 * multiply-adds of the synthesis filter (as builds for ARM64 do), so exact WSQ decoding needs exactly this. */
#ifndef ST_FMA_H
#define ST_FMA_H

#include <stdint.h>

typedef union {
  double d;
  uint64_t u;
} st_double_bits;

static inline float st_fmaf(float a, float b, float c) {
  double p = (double)a * (double)b; /* exact: 24 + 24 bits fit a double */
  double s = p + (double)c;
  st_double_bits v = {s};
  int exponent = (int)(v.u >> 52 & 0x7ff) - 1023;
  /* (float)s is the correctly rounded result unless s lies exactly halfway between two floats: for a normal float
   * that is the low 29 bits of the double's mantissa being 1000...0; below FLT_MIN the float spacing is 2^-149 */
  int halfway;
  if (exponent >= -126) halfway = (v.u & 0x1fffffffu) == 0x10000000u && exponent < 1024;
  else {
    double t = s * 1427247692705959881058285969449495136382746624.0; /* 2^150 */
    int64_t i = (int64_t)t;
    halfway = s != 0.0 && (double)i == t && (i & 1);
  }
  if (!halfway) return (float)s;
  /* the sum's own rounding error (exact, Knuth's two-sum) says which side of the halfway point a * b + c is */
  double bb = s - p, error = (p - (s - bb)) + ((double)c - bb);
  if (error == 0.0) return (float)s;
  v.u += (error > 0) == (s > 0) ? 1 : (uint64_t)-1; /* one double step towards the exact value */
  return (float)v.d;
}

#endif
