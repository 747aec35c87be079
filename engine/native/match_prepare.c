/* Builds a prepared template: neighbour edge table and edge hash. */
#include <string.h>

#include "match_prepared.h"
#include "matcher.h"
#include "st_math.h"

#define PI_F 3.14159265f

/* Direction of (dx, dy) in 256 steps counter-clockwise from +x with y pointing down (ISO convention).
 * Polynomial arctangent: error well under one step, and no libm needed in the wasm build. */
static uint8_t direction_steps(int dx, int dy) {
  float x = (float)dx, y = (float)-dy;
  float ax = x < 0 ? -x : x, ay = y < 0 ? -y : y;
  if (ax == 0 && ay == 0) return 0;
  float r = ax > ay ? ay / ax : ax / ay;
  float a = (PI_F / 4) * r - r * (r - 1) * (0.2447f + 0.0663f * r);
  if (ay > ax) a = PI_F / 2 - a;
  if (x < 0) a = PI_F - a;
  if (y < 0) a = -a;
  int steps = (int)(a * (128.0f / PI_F) + (a >= 0 ? 0.5f : -0.5f));
  return (uint8_t)steps;
}

size_t st_prepared_max_size(void) {
  size_t edges = (size_t)ST_MATCH_MAX_MINUTIAE * ST_MATCH_NEIGHBORS;
  return st_prepared_size(ST_MATCH_MAX_MINUTIAE, edges, edges * ST_MATCH_HASH_BINS_PER_EDGE, edges);
}

typedef struct {
  int distance_sq;
  uint8_t index;
} neighbor_candidate;

long st_prepare(const st_template *tpl, uint8_t *out, size_t out_capacity) {
  if (tpl->count > ST_MATCH_MAX_MINUTIAE || tpl->count > ST_MAX_MINUTIAE) return ST_MATCH_ERR_INVALID_TEMPLATE;
  if (((uintptr_t)out & 1) != 0) return ST_MATCH_ERR_MISALIGNED;
  const int n = tpl->count;
  /* Sizes are only known after building, so check against the worst case up front. */
  if (out_capacity < st_prepared_max_size()) return ST_MATCH_ERR_BUFFER_TOO_SMALL;

  st_prepared_header *header = (st_prepared_header *)out;
  st_prepared_minutia *minutiae = (st_prepared_minutia *)(header + 1);
  st_edge *edges = (st_edge *)(minutiae + n + 1);
  const int range_sq = ST_MATCH_NEIGHBOR_RANGE_PX * ST_MATCH_NEIGHBOR_RANGE_PX;

  /* Minutiae in y order, so the neighbour search can stop at the first one too far away vertically. */
  uint8_t by_y[ST_MAX_MINUTIAE], rank_of[ST_MAX_MINUTIAE];
  for (int i = 0; i < n; i++) {
    int k = i;
    while (k > 0 && tpl->minutiae[by_y[k - 1]].y > tpl->minutiae[i].y) {
      by_y[k] = by_y[k - 1];
      k--;
    }
    by_y[k] = (uint8_t)i;
  }
  for (int r = 0; r < n; r++) rank_of[by_y[r]] = (uint8_t)r;

  int edge_count = 0;
  for (int i = 0; i < n; i++) {
    const st_minutia *m = &tpl->minutiae[i];
    minutiae[i].x = m->x;
    minutiae[i].y = m->y;
    minutiae[i].angle = m->angle;
    minutiae[i].type = m->type;
    minutiae[i].edge_start = (uint16_t)edge_count;

    /* Keep the nearest neighbours, sorted by distance (insertion into a short list). Walking outwards in
     * y order stops as soon as the vertical gap alone exceeds the farthest neighbour kept. */
    neighbor_candidate nearest[ST_MATCH_NEIGHBORS];
    int kept = 0;
    for (int direction = 1; direction >= -1; direction -= 2) {
      for (int r = rank_of[i] + direction; r >= 0 && r < n; r += direction) {
        int j = by_y[r];
        int dx = tpl->minutiae[j].x - m->x, dy = tpl->minutiae[j].y - m->y;
        int limit = kept == ST_MATCH_NEIGHBORS ? nearest[kept - 1].distance_sq - 1 : range_sq;
        if (dy * dy > limit) break;
        int d2 = dx * dx + dy * dy;
        if (d2 > limit || d2 == 0) continue;
        int k = kept < ST_MATCH_NEIGHBORS ? kept++ : kept - 1;
        while (k > 0 && nearest[k - 1].distance_sq > d2) {
          nearest[k] = nearest[k - 1];
          k--;
        }
        nearest[k].distance_sq = d2;
        nearest[k].index = (uint8_t)j;
      }
    }
    for (int k = 0; k < kept; k++) {
      const st_minutia *o = &tpl->minutiae[nearest[k].index];
      uint8_t direction = direction_steps(o->x - m->x, o->y - m->y);
      st_edge *e = &edges[edge_count++];
      e->length_px = (uint16_t)st_sqrtf((float)nearest[k].distance_sq);
      e->from = (uint8_t)i;
      e->to = nearest[k].index;
      e->from_angle = (uint8_t)(m->angle - direction);
      e->to_angle = (uint8_t)(o->angle - direction);
    }
  }
  minutiae[n].x = minutiae[n].y = 0;
  minutiae[n].angle = minutiae[n].type = 0;
  minutiae[n].edge_start = (uint16_t)edge_count;

  /* Edge hash, counting sort into buckets: each edge is filed in every bin its tolerance box touches,
   * so a lookup needs only the exact bin of the other template's edge. */
  uint16_t *hash_offsets = (uint16_t *)(edges + edge_count);
  uint16_t *hash_entries = hash_offsets + ST_MATCH_HASH_BUCKETS + 1;
  memset(hash_offsets, 0, (ST_MATCH_HASH_BUCKETS + 1) * sizeof(uint16_t));
  for (int pass = 0; pass < 2; pass++) {
    for (int e = 0; e < edge_count; e++) {
      const st_edge *edge = &edges[e];
      if (!st_is_root_edge(edges, minutiae, e)) continue;
      int tol = st_root_length_tolerance_px(edge->length_px);
      int l0 = (edge->length_px - tol) / ST_MATCH_HASH_LENGTH_BIN_PX;
      int l1 = (edge->length_px + tol) / ST_MATCH_HASH_LENGTH_BIN_PX;
      /* Unwrapped bin numbers (shifted by a whole turn to stay positive); st_edge_bucket wraps them. */
      int a0 = (edge->from_angle - ST_MATCH_ROOT_ANGLE_TOLERANCE_STEPS + 256) / ST_MATCH_HASH_ANGLE_BIN_STEPS;
      int a1 = (edge->from_angle + ST_MATCH_ROOT_ANGLE_TOLERANCE_STEPS + 256) / ST_MATCH_HASH_ANGLE_BIN_STEPS;
      int b0 = (edge->to_angle - ST_MATCH_ROOT_ANGLE_TOLERANCE_STEPS + 256) / ST_MATCH_HASH_ANGLE_BIN_STEPS;
      int b1 = (edge->to_angle + ST_MATCH_ROOT_ANGLE_TOLERANCE_STEPS + 256) / ST_MATCH_HASH_ANGLE_BIN_STEPS;
      if (l0 < 0) l0 = 0;
      for (int l = l0; l <= l1; l++)
        for (int a = a0; a <= a1; a++)
          for (int b = b0; b <= b1; b++) {
            uint32_t bucket = st_edge_bucket(l, a, b);
            if (pass == 0) {
              hash_offsets[bucket + 1]++;
            } else {
              hash_entries[hash_offsets[bucket]++] = (uint16_t)e;
            }
          }
    }
    if (pass == 0) {
      for (uint32_t b = 0; b < ST_MATCH_HASH_BUCKETS; b++) hash_offsets[b + 1] += hash_offsets[b];
    } else {
      /* Filling advanced each start to the next bucket's start: shift back. */
      for (uint32_t b = ST_MATCH_HASH_BUCKETS; b > 0; b--) hash_offsets[b] = hash_offsets[b - 1];
      hash_offsets[0] = 0;
    }
  }
  int hash_count = hash_offsets[ST_MATCH_HASH_BUCKETS];

  /* The lookups this template makes into another's hash, computed once here instead of in every comparison. */
  st_root_lookup *lookups = (st_root_lookup *)(hash_entries + hash_count);
  int lookup_count = 0;
  for (int e = 0; e < edge_count; e++) {
    if (!st_is_root_edge(edges, minutiae, e)) continue;
    lookups[lookup_count].bucket = (uint16_t)st_edge_bucket(edges[e].length_px / ST_MATCH_HASH_LENGTH_BIN_PX,
                                                            st_angle_bin(edges[e].from_angle),
                                                            st_angle_bin(edges[e].to_angle));
    lookups[lookup_count].edge = (uint16_t)e;
    lookup_count++;
  }

  memcpy(header->magic, ST_PREPARED_MAGIC, 4);
  header->version = ST_PREPARED_VERSION;
  header->count = (uint16_t)n;
  header->edge_count = (uint16_t)edge_count;
  header->hash_entries = (uint16_t)hash_count;
  header->width = tpl->width;
  header->height = tpl->height;
  header->position = tpl->position;
  header->quality = tpl->quality;
  header->root_lookups = (uint16_t)lookup_count;
  return (long)st_prepared_size((size_t)n, (size_t)edge_count, (size_t)hash_count, (size_t)lookup_count);
}

int st_prepared_open(const uint8_t *buffer, size_t size, st_prepared_view *view) {
  if (((uintptr_t)buffer & 1) != 0) return ST_MATCH_ERR_MISALIGNED;
  if (size < sizeof(st_prepared_header) || memcmp(buffer, ST_PREPARED_MAGIC, 4) != 0) return ST_MATCH_ERR_NOT_PREPARED;
  const st_prepared_header *header = (const st_prepared_header *)buffer;
  if (header->version != ST_PREPARED_VERSION) return ST_MATCH_ERR_VERSION;
  if (header->count > ST_MATCH_MAX_MINUTIAE || header->edge_count > header->count * ST_MATCH_NEIGHBORS)
    return ST_MATCH_ERR_CORRUPT;
  if (header->root_lookups > header->edge_count ||
      size != st_prepared_size(header->count, header->edge_count, header->hash_entries, header->root_lookups))
    return ST_MATCH_ERR_CORRUPT;
  view->header = header;
  view->minutiae = (const st_prepared_minutia *)(header + 1);
  view->edges = (const st_edge *)(view->minutiae + header->count + 1);
  view->hash_offsets = (const uint16_t *)(view->edges + header->edge_count);
  view->hash_entries = view->hash_offsets + ST_MATCH_HASH_BUCKETS + 1;
  view->root_lookups = (const st_root_lookup *)(view->hash_entries + header->hash_entries);
  return ST_MATCH_OK;
}
