#include "thin.h"

#include "skeleton.h"

/* Neighbour bits: 0 N(P2), 1 NE(P3), 2 E(P4), 3 SE(P5), 4 S(P6), 5 SW(P7), 6 W(P8), 7 NW(P9). */
#define N 1
#define E 4
#define S 16
#define W 64

static void build_tables(uint8_t *first, uint8_t *second) {
  for (int code = 0; code < 256; code++) {
    int b = st_neighbour_count(code), a = st_crossing_number(code);
    int base = b >= 2 && b <= 6 && a == 1;
    first[code] = (uint8_t)(base && (code & (N | E | S)) != (N | E | S) && (code & (E | S | W)) != (E | S | W));
    second[code] = (uint8_t)(base && (code & (N | E | W)) != (N | E | W) && (code & (N | S | W)) != (N | S | W));
  }
}

/* 8-connectivity crossing number (Hilditch): 1 means removing the pixel keeps its neighbours connected. */
static int crossing_number_8(int code) {
  int n = 0;
  for (int i = 0; i < 8; i += 2) {
    int x1 = code >> i & 1, x2 = code >> ((i + 1) & 7) & 1, x3 = code >> ((i + 2) & 7) & 1;
    n += !x1 && (x2 || x3);
  }
  return n;
}

st_status st_thin(st_binary_image *image, st_arena *arena) {
  int w = image->width, h = image->height;
  uint8_t *s = image->ridge;
  uint8_t tables[2][256];
  build_tables(tables[0], tables[1]);
  /* work only on the ridge pixels, compacting the list as they are removed */
  size_t capacity = 0;
  for (int i = 0; i < w * h; i++) capacity += s[i];
  /* the pixel lists are scratch: released on return, so the next skeleton reuses the space */
  size_t scratch_mark = arena->used;
  int *list = st_arena_alloc(arena, sizeof(int) * (capacity + 1));
  int *doomed = st_arena_alloc(arena, sizeof(int) * (capacity + 1));
  if (!list || !doomed) return ST_E_NO_MEMORY;
  int count = 0;
  for (int y = 1; y < h - 1; y++)
    for (int x = 1; x < w - 1; x++)
      if (s[y * w + x]) list[count++] = y * w + x;
  for (int changed = 1; changed;) {
    changed = 0;
    for (int pass = 0; pass < 2; pass++) {
      int n = 0;
      for (int k = 0; k < count; k++) {
        int i = list[k];
        if (s[i] && tables[pass][st_neighbour_code(s, w, i % w, i / w)]) doomed[n++] = i;
      }
      for (int k = 0; k < n; k++) s[doomed[k]] = 0;
      changed |= n > 0;
      int kept = 0;
      for (int k = 0; k < count; k++)
        if (s[list[k]]) list[kept++] = list[k];
      count = kept;
    }
  }
  /* staircase pixels: a pixel with two 4-neighbours at a right angle is redundant when its removal keeps
   * them connected; removing it makes crossing numbers exact on the skeleton */
  for (int k = 0; k < count; k++) {
    int i = list[k];
    int code = st_neighbour_code(s, w, i % w, i / w);
    int corner = ((code & (N | E)) == (N | E)) || ((code & (E | S)) == (E | S)) || ((code & (S | W)) == (S | W)) ||
                 ((code & (W | N)) == (W | N));
    if (corner && st_neighbour_count(code) >= 2 && crossing_number_8(code) == 1) s[i] = 0;
  }
  arena->used = scratch_mark;
  return ST_OK;
}
