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

/* Edge range of a minutia, clamped so a corrupt buffer never reads outside its edge table. */
static void edge_range(const st_prepared_view *v, int minutia, int *start, int *end) {
  int count = v->header->edge_count;
  *start = v->minutiae[minutia].edge_start;
  *end = v->minutiae[minutia + 1].edge_start;
  if (*end > count) *end = count;
  if (*start > *end) *start = *end;
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

  int a_start, a_end, b_start, b_end;
  edge_range(a, pa, &a_start, &a_end);
  edge_range(b, pb, &b_start, &b_end);
  const int a_count = a->header->count, b_count = b->header->count;
  /* Both edge lists are sorted by length: slide a window of compatible lengths along b's list. */
  int window = b_start;
  for (int i = a_start; i < a_end; i++) {
    const st_edge *ae = &a->edges[i];
    int tol = st_length_tolerance_px(ae->length_px);
    while (window < b_end && b->edges[window].length_px < ae->length_px - tol) window++;
    for (int j = window; j < b_end; j++) {
      const st_edge *be = &b->edges[j];
      int dl = be->length_px - ae->length_px;
      if (dl > tol) break;
      int da = st_angle_distance(ae->from_angle, be->from_angle);
      if (da > ST_MATCH_ANGLE_TOLERANCE_STEPS) continue;
      int db = st_angle_distance(ae->to_angle, be->to_angle);
      if (db > ST_MATCH_ANGLE_TOLERANCE_STEPS) continue;
      if (ae->to >= a_count || be->to >= b_count) continue; /* corrupt buffer: never index past the counts */
      int a_partner = s->a_partner[ae->to], b_partner = s->b_partner[be->to];
      if (a_partner >= 0 || b_partner >= 0) {
        if (a_partner == be->to) {
          s->support_count++;
          s->support_of[pa]++;
          s->support_of[ae->to]++;
        }
        continue;
      }
      if (dl < 0) dl = -dl;
      uint32_t error = (uint32_t)(dl * 256 / (tol + 1) + (da + db) * 256 / (ST_MATCH_ANGLE_TOLERANCE_STEPS + 1));
      queue_push(s, error << 16 | (uint32_t)ae->to << 8 | be->to);
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
