#include "match_graph.h"

static void queue_push(struct st_match_scratch *s, uint32_t key) {
  if (s->queue_count == ST_MATCH_QUEUE_CAPACITY) return;
  int i = s->queue_count++;
  while (i > 0) {
    int parent = (i - 1) >> 1;
    if (s->queue[parent] <= key) break;
    s->queue[i] = s->queue[parent];
    i = parent;
  }
  s->queue[i] = key;
}

static uint32_t queue_pop(struct st_match_scratch *s) {
  uint32_t top = s->queue[0];
  uint32_t last = s->queue[--s->queue_count];
  int n = s->queue_count, i = 0;
  for (;;) {
    int child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && s->queue[child + 1] < s->queue[child]) child++;
    if (s->queue[child] >= last) break;
    s->queue[i] = s->queue[child];
    i = child;
  }
  s->queue[i] = last;
  return top;
}

static void add_pair(const st_prepared_view *a, const st_prepared_view *b, int pa, int pb,
                     struct st_match_scratch *s) {
  s->a_partner[pa] = (int16_t)pb;
  s->b_partner[pb] = (int16_t)pa;
  s->support_of[pa] = 0;
  s->type_matches += a->minutiae[pa].type == b->minutiae[pb].type;
  s->pairs[s->pair_count].a = (uint8_t)pa;
  s->pairs[s->pair_count].b = (uint8_t)pb;
  s->pair_count++;

  const int a_count = a->header->count, b_count = b->header->count;
  const st_neighbor_lanes *an = &a->neighbors[pa], *bn = &b->neighbors[pb];
  int a_edges = a->minutiae[pa].neighbor_count, b_edges = b->minutiae[pb].neighbor_count;
  if (a_edges > ST_MATCH_NEIGHBORS) a_edges = ST_MATCH_NEIGHBORS; /* corrupt buffer: never past the lanes */
  if (b_edges > ST_MATCH_NEIGHBORS) b_edges = ST_MATCH_NEIGHBORS;
  const uint32_t b_lanes = (1u << b_edges) - 1;
  const st_u8x16 b_length = st_lanes_load(bn->length_px), b_from = st_lanes_load(bn->from_angle),
                 b_to = st_lanes_load(bn->to_angle);
  const st_u8x16 angle_span = st_lanes_splat(2 * ST_MATCH_ANGLE_TOLERANCE_STEPS);
  /* Each of a's edges against all of b's at once: the b edges whose length and both angles agree. */
  for (int i = 0; i < a_edges; i++) {
    const int a_length = an->length_px[i], tol = st_length_tolerance_px(a_length);
    const uint8_t a_from = an->from_angle[i], a_to = an->to_angle[i], a_next = an->to[i];
    st_u8x16 fits = st_lanes_and(
        st_lanes_within(b_length, st_lanes_splat((uint8_t)(a_length - tol)), st_lanes_splat((uint8_t)(2 * tol))),
        st_lanes_and(
            st_lanes_within(b_from, st_lanes_splat((uint8_t)(a_from - ST_MATCH_ANGLE_TOLERANCE_STEPS)), angle_span),
            st_lanes_within(b_to, st_lanes_splat((uint8_t)(a_to - ST_MATCH_ANGLE_TOLERANCE_STEPS)), angle_span)));
    uint32_t bits = st_lanes_bits(fits) & b_lanes;
    if (a_next >= a_count) bits = 0; /* corrupt buffer: never index past the counts */
    for (; bits != 0; bits &= bits - 1) {
      const int j = st_lowest_bit(bits);
      const int b_next = bn->to[j];
      if (b_next >= b_count) continue;
      int a_partner = s->a_partner[a_next], b_partner = s->b_partner[b_next];
      if (a_partner >= 0 || b_partner >= 0) {
        if (a_partner == b_next) {
          s->support_count++;
          s->support_of[pa]++;
          s->support_of[a_next]++;
        }
        continue;
      }
      int dl = bn->length_px[j] - a_length;
      if (dl < 0) dl = -dl;
      const int da = st_angle_distance(a_from, bn->from_angle[j]), db = st_angle_distance(a_to, bn->to_angle[j]);
      uint32_t error = (uint32_t)(dl * 256 / (tol + 1) + (da + db) * 256 / (ST_MATCH_ANGLE_TOLERANCE_STEPS + 1));
      queue_push(s, error << 16 | (uint32_t)a_next << 8 | (uint32_t)b_next);
    }
  }
}

void st_grow_graph(const st_prepared_view *a, const st_prepared_view *b, st_minutia_pair root,
                   struct st_match_scratch *s) {
  for (int i = 0; i < s->pair_count; i++) {
    s->a_partner[s->pairs[i].a] = -1;
    s->b_partner[s->pairs[i].b] = -1;
  }
  s->pair_count = 0;
  s->support_count = 0;
  s->type_matches = 0;
  s->error_sum = 0;
  s->queue_count = 0;

  uint8_t rotation = (uint8_t)(b->minutiae[root.b].angle - a->minutiae[root.a].angle);
  add_pair(a, b, root.a, root.b, s);
  while (s->queue_count > 0) {
    uint32_t key = queue_pop(s);
    int pa = (key >> 8) & 0xFF, pb = key & 0xFF;
    if (s->a_partner[pa] >= 0 || s->b_partner[pb] >= 0) continue;
    uint8_t pair_rotation = (uint8_t)(b->minutiae[pb].angle - a->minutiae[pa].angle);
    if (st_angle_distance(pair_rotation, rotation) > ST_MATCH_ROTATION_DRIFT_STEPS) continue;
    s->error_sum += (int)(key >> 16);
    add_pair(a, b, pa, pb, s);
  }
}
