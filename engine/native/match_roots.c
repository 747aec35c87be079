#include "match_roots.h"

void st_find_roots(const st_prepared_view *a, const st_prepared_view *b, struct st_match_scratch *s) {
  const int a_count = a->header->count, a_filed = a->header->filed_edges;
  const int b_count = b->header->count, b_lookups = b->header->root_lookups;
  const st_filed_edges *filed = &a->filed;
  const st_u8x16 angle_span = st_lanes_splat(2 * ST_MATCH_ROOT_ANGLE_TOLERANCE_STEPS);
  /* Every agreeing edge pair votes for its two minutia pairs: listed first, counted after. Any byte is a valid
   * cell, so a corrupt buffer can only cast meaningless votes, filtered below. */
  int cast = 0;
  for (int r = 0; r < b_lookups; r++) {
    const st_root_lookup *lookup = &b->root_lookups[r];
    const uint32_t cell = lookup->cell < ST_MATCH_SHAPE_CELLS ? lookup->cell : 0;
    int start = a->cell_offsets[cell], end = a->cell_offsets[cell + 1];
    if (end > a_filed) end = a_filed; /* corrupt offsets never read past */
    const st_u8x16 length = st_lanes_splat(lookup->length_px);
    const st_u8x16 from_low = st_lanes_splat((uint8_t)(lookup->from_angle - ST_MATCH_ROOT_ANGLE_TOLERANCE_STEPS));
    const st_u8x16 to_low = st_lanes_splat((uint8_t)(lookup->to_angle - ST_MATCH_ROOT_ANGLE_TOLERANCE_STEPS));
    for (int k = start; k < end; k += ST_LANES) {
      /* Window tests are symmetric: the filed edge's angle within the lookup's window is the same test. */
      st_u8x16 fits = st_lanes_and(
          st_lanes_within(length, st_lanes_load(filed->length_low + k), st_lanes_load(filed->length_span + k)),
          st_lanes_and(st_lanes_within(st_lanes_load(filed->from_angle + k), from_low, angle_span),
                       st_lanes_within(st_lanes_load(filed->to_angle + k), to_low, angle_span)));
      uint32_t bits = st_lanes_bits(fits);
      if (end - k < ST_LANES) bits &= (1u << (end - k)) - 1;
      for (; bits != 0 && cast + 2 <= ST_MATCH_VOTE_CAPACITY; bits &= bits - 1) {
        int e = k + st_lowest_bit(bits);
        s->cast[cast++] = (uint16_t)(filed->from[e] << 8 | lookup->from);
        s->cast[cast++] = (uint16_t)(filed->to[e] << 8 | lookup->to);
      }
    }
  }
  for (int i = 0; i < cast; i++) s->votes[s->cast[i]]++;

  /* Keep the best-voted cells, ties broken by cell index so the choice is deterministic. */
  uint32_t best[ST_MATCH_MAX_ROOTS];
  int kept = 0;
  for (int i = 0; i < cast; i++) {
    uint16_t cell = s->cast[i];
    uint32_t votes = s->votes[cell];
    if (votes == 0) continue; /* a cell already ranked */
    s->votes[cell] = 0;
    uint32_t key = votes << 16 | (uint32_t)(0xFFFF - cell);
    if (kept == ST_MATCH_MAX_ROOTS && key <= best[kept - 1]) continue;
    if ((cell >> 8) >= a_count || (cell & 0xFF) >= b_count) continue;
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
