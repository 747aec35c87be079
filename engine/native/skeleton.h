/* One-pixel-wide ridge skeleton: neighbourhood codes and walking along ridges. */
#ifndef ST_SKELETON_H
#define ST_SKELETON_H

#include <stdint.h>
#include <string.h>

/* Neighbour order P2..P9 clockwise from north (y down): N, NE, E, SE, S, SW, W, NW. */
static const int st_neighbour_dx[8] = {0, 1, 1, 1, 0, -1, -1, -1};
static const int st_neighbour_dy[8] = {-1, -1, 0, 1, 1, 1, 0, -1};

/* Bit i set when neighbour i is a ridge pixel; (x, y) must not be on the image frame. */
static inline int st_neighbour_code(const uint8_t *s, int w, int x, int y) {
  const uint8_t *c = s + y * w + x;
  return (c[-w] ? 1 : 0) | (c[-w + 1] ? 2 : 0) | (c[1] ? 4 : 0) | (c[w + 1] ? 8 : 0) | (c[w] ? 16 : 0) |
         (c[w - 1] ? 32 : 0) | (c[-1] ? 64 : 0) | (c[-w - 1] ? 128 : 0);
}

/* 8-bit population count without a library call (no popcnt instruction in portable builds) */
static inline int st_neighbour_count(int code) {
  unsigned c = (unsigned)code & 0xFF;
  c = c - ((c >> 1) & 0x55);
  c = (c & 0x33) + ((c >> 2) & 0x33);
  return (int)((c + (c >> 4)) & 0x0F);
}

/* Number of 0 -> 1 transitions around the neighbourhood: 1 ending, 2 ridge, 3 bifurcation. */
static inline int st_crossing_number(int code) {
  unsigned c = (unsigned)code & 0xFF, next = (c >> 1) | ((c & 1) << 7); /* bit i: neighbour i + 1 */
  return st_neighbour_count((int)(~c & next & 0xFF));
}

/* First ridge pixel of `row` in [x, end), or end. Skeleton pixels are sparse: eight background bytes are
 * skipped at a time. */
static inline int st_next_ridge_pixel(const uint8_t *row, int x, int end) {
  while (x + 8 <= end) {
    uint64_t v;
    memcpy(&v, row + x, sizeof v);
    if (v) break;
    x += 8;
  }
  while (x < end && !row[x]) x++;
  return x;
}

typedef enum { ST_TRACE_OPEN = 0, ST_TRACE_ENDING = 1, ST_TRACE_JUNCTION = 2 } st_trace_stop;

typedef struct {
  int x, y;       /* last pixel reached */
  int length;     /* steps taken */
  st_trace_stop stop;
} st_trace_result;

/* Walks from `from` through `start` (a ridge neighbour of `from`) for at most max_steps, stopping at an ending
 * or a junction pixel. When `path` is not NULL it receives the pixel index (y * width + x) of every pixel
 * reached, `length` of them, `start` first (room for max_steps). */
st_trace_result st_skeleton_trace(const uint8_t *skeleton, int width, int height, int from_x, int from_y,
                                  int start_x, int start_y, int max_steps, int *path);

#endif
