#include "skeleton_prune.h"

#include "params.h"
#include "skeleton.h"

static int is_ending(const uint8_t *s, int w, int i) {
  return s[i] && st_neighbour_count(st_neighbour_code(s, w, i % w, i / w)) == 1;
}

/* The one ridge neighbour of an ending pixel. */
static int single_neighbour(const uint8_t *s, int w, int i) {
  int code = st_neighbour_code(s, w, i % w, i / w);
  for (int d = 0; d < 8; d++)
    if (code >> d & 1) return d;
  return 0;
}

/* Walks from an ending to the next junction or ending; the spur length, or 0 when it is not a spur of at most
 * ST_SPUR_MAX_PX pixels. `path` receives the pixels walked. */
static int spur_length(const st_binary_image *skeleton, int i, int *path) {
  int w = skeleton->width, x = i % w, y = i / w, d = single_neighbour(skeleton->ridge, w, i);
  st_trace_result r = st_skeleton_trace(skeleton->ridge, w, skeleton->height, x, y, x + st_neighbour_dx[d],
                                        y + st_neighbour_dy[d], ST_SPUR_MAX_PX, path);
  return r.stop == ST_TRACE_JUNCTION ? r.length : 0;
}

/* Spurs are packed as pixel index * SPUR_LENGTH_SPAN + length (pixel indices stay far below 2^26). */
#define SPUR_LENGTH_SPAN 32

/* Every spur is erased, shortest first. */
static void erase_spurs(st_binary_image *skeleton, int *spurs, int capacity, int *path) {
  int w = skeleton->width, h = skeleton->height, count = 0;
  uint8_t *s = skeleton->ridge;
  for (int y = 1; y < h - 1 && count < capacity; y++)
    for (int x = st_next_ridge_pixel(s + y * w, 1, w - 1); x < w - 1 && count < capacity;
         x = st_next_ridge_pixel(s + y * w, x + 1, w - 1)) {
      int i = y * w + x;
      if (!is_ending(s, w, i)) continue;
      int length = spur_length(skeleton, i, path);
      if (length) spurs[count++] = i * SPUR_LENGTH_SPAN + length;
    }
  /* erasing a spur only removes junctions, so the walks of the others can only grow: each is re-walked when its
   * turn comes, and put back in line when it grew */
  for (int length = 1; length <= ST_SPUR_MAX_PX; length++)
    for (int k = 0; k < count; k++) {
      if (spurs[k] % SPUR_LENGTH_SPAN != length) continue;
      int i = spurs[k] / SPUR_LENGTH_SPAN;
      int now = is_ending(s, w, i) ? spur_length(skeleton, i, path) : 0;
      if (now != length) {
        spurs[k] = now ? i * SPUR_LENGTH_SPAN + now : 0;
        continue;
      }
      /* the junction pixel itself stays: it carries the ridge the spur hung from */
      s[i] = 0;
      for (int p = 0; p < length - 1; p++) s[path[p]] = 0;
      spurs[k] = 0;
    }
}

st_status st_skeleton_prune(st_binary_image *skeleton, st_arena *arena) {
  int w = skeleton->width, h = skeleton->height;
  /* scratch: released on return, so the next skeleton reuses the space */
  size_t scratch_mark = arena->used;
  int *path = st_arena_alloc(arena, sizeof(int) * (ST_SPUR_MAX_PX + 1));
  int capacity = 0;
  const uint8_t *s = skeleton->ridge;
  for (int y = 1; y < h - 1; y++)
    for (int x = st_next_ridge_pixel(s + y * w, 1, w - 1); x < w - 1; x = st_next_ridge_pixel(s + y * w, x + 1, w - 1))
      capacity += is_ending(s, w, y * w + x);
  int *spurs = st_arena_alloc(arena, sizeof(int) * (size_t)(capacity + 1));
  if (!path || !spurs) return ST_E_NO_MEMORY;
  erase_spurs(skeleton, spurs, capacity, path);
  arena->used = scratch_mark;
  return ST_OK;
}
