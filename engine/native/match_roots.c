#include "match_roots.h"

static void vote(struct st_match_scratch *s, int a, int b) {
  uint16_t cell = (uint16_t)(a << 8 | b);
  if (s->votes[cell]++ == 0) s->touched[s->touched_count++] = cell;
}

void st_find_roots(const st_prepared_view *a, const st_prepared_view *b, struct st_match_scratch *s) {
  const int a_edges = a->header->edge_count, a_count = a->header->count;
  const int b_edges = b->header->edge_count, b_count = b->header->count, b_lookups = b->header->root_lookups;
  s->touched_count = 0;
  for (int r = 0; r < b_lookups; r++) {
    const st_root_lookup lookup = b->root_lookups[r];
    if (lookup.edge >= b_edges) continue;
    const st_edge *be = &b->edges[lookup.edge];
    if (be->from >= b_count || be->to >= b_count) continue;
    uint32_t bucket = lookup.bucket & (ST_MATCH_HASH_BUCKETS - 1);
    int start = a->hash_offsets[bucket], end = a->hash_offsets[bucket + 1];
    if (end > a->header->hash_entries) end = a->header->hash_entries; /* corrupt offsets never read past */
    const int b_length = be->length_px;
    const uint8_t b_from_angle = be->from_angle, b_to_angle = be->to_angle;
    for (int k = start; k < end; k++) {
      int index = a->hash_entries[k];
      if (index >= a_edges) continue;
      const st_edge *ae = &a->edges[index];
      int dl = ae->length_px - b_length;
      int tol = st_root_length_tolerance_px(ae->length_px);
      /* One branch for all three tolerances: most candidates fail one of them unpredictably. */
      int fits = (int)(dl <= tol) & (int)(dl >= -tol) &
                 (int)(st_angle_distance(ae->from_angle, b_from_angle) <= ST_MATCH_ROOT_ANGLE_TOLERANCE_STEPS) &
                 (int)(st_angle_distance(ae->to_angle, b_to_angle) <= ST_MATCH_ROOT_ANGLE_TOLERANCE_STEPS) &
                 (int)(ae->from < a_count) & (int)(ae->to < a_count);
      if (!fits) continue;
      vote(s, ae->from, be->from);
      vote(s, ae->to, be->to);
    }
  }

  /* Keep the best-voted cells, ties broken by cell index so the choice is deterministic. */
  uint32_t best[ST_MATCH_MAX_ROOTS];
  int kept = 0;
  for (int t = 0; t < s->touched_count; t++) {
    uint16_t cell = s->touched[t];
    uint32_t key = (uint32_t)s->votes[cell] << 16 | (uint32_t)(0xFFFF - cell);
    s->votes[cell] = 0;
    if (kept == ST_MATCH_MAX_ROOTS && key <= best[kept - 1]) continue;
    int k = kept < ST_MATCH_MAX_ROOTS ? kept++ : kept - 1;
    while (k > 0 && best[k - 1] < key) {
      best[k] = best[k - 1];
      k--;
    }
    best[k] = key;
  }
  s->root_count = kept;
  for (int k = 0; k < kept; k++) {
    uint16_t cell = (uint16_t)(0xFFFF - (best[k] & 0xFFFF));
    s->roots[k].a = (uint8_t)(cell >> 8);
    s->roots[k].b = (uint8_t)(cell & 0xFF);
  }
}
