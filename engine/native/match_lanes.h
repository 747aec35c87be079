/* 16 byte lanes tested at once: the matcher's edge comparisons are "every lane within a window" on bytes.
 * GCC/clang vector extensions lower to SSE2 on x86-64, NEON on arm64 and plain code elsewhere (wasm32), all
 * baseline instructions, so no CPU dispatch is needed; other compilers get the lane-by-lane loop. Integer
 * only: every build answers bit for bit the same. */
#ifndef ST_MATCH_LANES_H
#define ST_MATCH_LANES_H

#include <stdint.h>
#include <string.h>

#define ST_LANES 16

/* ST_LANES_PORTABLE forces the lane-by-lane loop (to check that it scores the same). */
#if (defined(__GNUC__) || defined(__clang__)) && !defined(ST_LANES_PORTABLE)

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef uint8_t st_u8x16 __attribute__((vector_size(16)));
typedef uint64_t st_u64x2 __attribute__((vector_size(16)));

static inline st_u8x16 st_lanes_load(const uint8_t *p) {
  st_u8x16 v;
  memcpy(&v, p, sizeof v);
  return v;
}

static inline st_u8x16 st_lanes_splat(uint8_t x) {
  uint64_t eight = x * 0x0101010101010101ull; /* cheaper than a byte shuffle on baseline SSE2 */
  st_u64x2 v = {eight, eight};
  return (st_u8x16)v;
}

/* Lanes (as all-ones bytes) where (uint8_t)(v - low) <= width: v in the window [low, low + width] mod 256. */
static inline st_u8x16 st_lanes_within(st_u8x16 v, st_u8x16 low, st_u8x16 width) {
  return (st_u8x16)((st_u8x16)(v - low) <= width);
}

static inline st_u8x16 st_lanes_and(st_u8x16 a, st_u8x16 b) { return a & b; }

/* One bit per lane (lane k -> bit k) of an all-ones/all-zeros byte mask. */
static inline uint32_t st_lanes_bits(st_u8x16 mask) {
#if defined(__SSE2__)
  return (uint32_t)_mm_movemask_epi8((__m128i)mask);
#else
  st_u64x2 halves = (st_u64x2)mask;
  const uint64_t spread = 0x0102040810204080ull; /* gathers bit 0 of each byte into the top byte, lane 0 lowest */
  uint64_t lo = ((halves[0] & 0x0101010101010101ull) * spread) >> 56;
  uint64_t hi = ((halves[1] & 0x0101010101010101ull) * spread) >> 56;
  return (uint32_t)(lo | hi << 8);
#endif
}

static inline int st_lowest_bit(uint32_t bits) { return __builtin_ctz(bits); }

#else

typedef struct {
  uint8_t lane[ST_LANES];
} st_u8x16;

static inline st_u8x16 st_lanes_load(const uint8_t *p) {
  st_u8x16 v;
  memcpy(v.lane, p, ST_LANES);
  return v;
}

static inline st_u8x16 st_lanes_splat(uint8_t x) {
  st_u8x16 v;
  memset(v.lane, x, ST_LANES);
  return v;
}

static inline st_u8x16 st_lanes_within(st_u8x16 v, st_u8x16 low, st_u8x16 width) {
  st_u8x16 m;
  for (int k = 0; k < ST_LANES; k++) m.lane[k] = (uint8_t)(v.lane[k] - low.lane[k]) <= width.lane[k] ? 0xFF : 0;
  return m;
}

static inline st_u8x16 st_lanes_and(st_u8x16 a, st_u8x16 b) {
  for (int k = 0; k < ST_LANES; k++) a.lane[k] &= b.lane[k];
  return a;
}

static inline uint32_t st_lanes_bits(st_u8x16 mask) {
  uint32_t bits = 0;
  for (int k = 0; k < ST_LANES; k++) bits |= (uint32_t)(mask.lane[k] & 1) << k;
  return bits;
}

static inline int st_lowest_bit(uint32_t bits) {
  int k = 0;
  while (!(bits >> k & 1)) k++;
  return k;
}

#endif

#endif
