#include "minutiae.h"

#include "params.h"
#include "skeleton.h"
#include "st_math.h"

/* Start pixels of each branch leaving (x, y): the first pixel of every run of ridge neighbours, preferring a
 * 4-neighbour within the run. Returns the number of branches (at most 4). */
static int branch_starts(int code, int *dirs) {
  int n = 0;
  for (int i = 0; i < 8 && n < 4; i++) {
    if ((code >> i & 1) && !(code >> ((i + 7) & 7) & 1)) {
      int pick = i;
      for (int j = i; (code >> (j & 7) & 1) && j < i + 8; j++)
        if (!((j & 7) & 1)) {
          pick = j & 7;
          break;
        }
      dirs[n++] = pick;
    }
  }
  return n;
}

static float branch_angle(const st_binary_image *s, int x, int y, int dir) {
  st_trace_result r = st_skeleton_trace(s->ridge, s->width, s->height, x, y, x + st_neighbour_dx[dir],
                                        y + st_neighbour_dy[dir], ST_TRACE_DIRECTION_PX, 0);
  return st_atan2f((float)(r.y - y), (float)(r.x - x));
}

static float angle_between(float a, float b) {
  float d = st_absf(a - b);
  while (d > 2 * ST_PI) d -= 2 * ST_PI;
  return d > ST_PI ? 2 * ST_PI - d : d;
}

st_status st_minutiae_detect(const st_binary_image *skeleton, const st_orientation_field *field,
                             const st_segmentation_mask *mask, st_arena *arena, st_minutia_list *out) {
  int w = skeleton->width, h = skeleton->height;
  const uint8_t *s = skeleton->ridge;
  int capacity = 0;
  for (int y = 1; y < h - 1; y++)
    for (int x = st_next_ridge_pixel(s + y * w, 1, w - 1); x < w - 1; x = st_next_ridge_pixel(s + y * w, x + 1, w - 1)) {
      int code = st_neighbour_code(s, w, x, y);
      int count = st_neighbour_count(code), cn = st_crossing_number(code);
      capacity += count == 1 || cn == 3;
    }
  out->items = st_arena_alloc(arena, sizeof(st_minutia_candidate) * (size_t)(capacity + 1));
  out->count = 0;
  out->capacity = capacity;
  if (!out->items) return ST_E_NO_MEMORY;
  int gw = field->grid.width;
  for (int y = 1; y < h - 1; y++)
    for (int x = st_next_ridge_pixel(s + y * w, 1, w - 1); x < w - 1; x = st_next_ridge_pixel(s + y * w, x + 1, w - 1)) {
      int code = st_neighbour_code(s, w, x, y);
      int count = st_neighbour_count(code), cn = st_crossing_number(code);
      int bi = (y / ST_BLOCK_PX) * gw + x / ST_BLOCK_PX;
      if (!mask->inside[bi]) continue;
      st_minutia_candidate c = {x, y, 0, ST_MINUTIA_OTHER, field->coherence[bi], 0};
      if (count == 1) {
        int dirs[4];
        branch_starts(code, dirs);
        /* ISO direction of an ending: along the ridge, from the ending into the ridge */
        c.angle = branch_angle(skeleton, x, y, dirs[0]);
        c.type = ST_MINUTIA_ENDING;
      } else if (cn == 3) {
        int dirs[4];
        int n = branch_starts(code, dirs);
        if (n != 3) continue;
        float a[3];
        for (int k = 0; k < 3; k++) a[k] = branch_angle(skeleton, x, y, dirs[k]);
        /* the two branches closest in angle form the fork; the third is the stem */
        float d01 = angle_between(a[0], a[1]), d12 = angle_between(a[1], a[2]), d20 = angle_between(a[2], a[0]);
        int stem = d01 <= d12 && d01 <= d20 ? 2 : d12 <= d20 ? 0 : 1;
        c.angle = a[stem] + ST_PI;
        c.type = ST_MINUTIA_BIFURCATION;
      } else {
        continue;
      }
      /* the smoothed ridge flow is steadier than a short skeleton walk: take its direction, the walk's sense */
      float flow = st_orientation_at(field, (float)x, (float)y);
      float d = angle_between(flow, c.angle);
      c.angle = d <= ST_PI / 2 ? flow : flow + ST_PI;
      if (out->count < out->capacity) out->items[out->count++] = c;
    }
  /* junction pixels of one thick crossing: keep the first */
  for (int i = 0; i < out->count; i++) {
    st_minutia_candidate *a = &out->items[i];
    if (a->type != ST_MINUTIA_BIFURCATION || a->removed) continue;
    for (int j = i + 1; j < out->count; j++) {
      st_minutia_candidate *b = &out->items[j];
      if (b->type != ST_MINUTIA_BIFURCATION || b->removed) continue;
      int dx = a->x - b->x, dy = a->y - b->y;
      if (dx * dx + dy * dy <= ST_MERGE_BIFURCATION_PX * ST_MERGE_BIFURCATION_PX) b->removed = 1;
      if (b->y > a->y + ST_MERGE_BIFURCATION_PX) break;
    }
  }
  return ST_OK;
}
