/* Fingerprint 1:1 matcher: edge-hash roots, pairing-graph consolidation, best graph's score. */
#include <string.h>

#include "match_graph.h"
#include "match_prepared.h"
#include "match_roots.h"
#include "match_scratch.h"
#include "match_score.h"
#include "matcher.h"

size_t st_match_scratch_size(void) { return sizeof(struct st_match_scratch); }

st_match_scratch *st_match_scratch_init(void *memory) {
  struct st_match_scratch *s = (struct st_match_scratch *)memory;
  memset(s->votes, 0, sizeof s->votes);
  memset(s->covered, 0, sizeof s->covered);
  for (int i = 0; i < 256; i++) s->a_partner[i] = s->b_partner[i] = -1;
  s->pair_count = 0;
  s->covered_count = 0;
  return s;
}

/* Which template goes on the hashed side does not change the score's meaning, but fixing it makes
 * match(a, b) == match(b, a) exactly. */
static int hashed_side_first(const uint8_t *a, size_t a_size, const uint8_t *b, size_t b_size) {
  if (a_size != b_size) return a_size < b_size;
  return memcmp(a, b, a_size) <= 0;
}

static int is_covered(const struct st_match_scratch *s, st_minutia_pair p) {
  int cell = p.a << 8 | p.b;
  return (s->covered[cell >> 3] >> (cell & 7)) & 1;
}

static void cover_graph(struct st_match_scratch *s) {
  for (int i = 0; i < s->pair_count; i++) {
    int cell = s->pairs[i].a << 8 | s->pairs[i].b;
    if ((s->covered[cell >> 3] >> (cell & 7)) & 1) continue;
    s->covered[cell >> 3] |= (uint8_t)(1u << (cell & 7));
    s->covered_list[s->covered_count++] = s->pairs[i];
  }
}

static void clear_covered(struct st_match_scratch *s) {
  for (int i = 0; i < s->covered_count; i++) {
    int cell = s->covered_list[i].a << 8 | s->covered_list[i].b;
    s->covered[cell >> 3] = 0;
  }
  s->covered_count = 0;
}

int st_match(const uint8_t *a, size_t a_size, const uint8_t *b, size_t b_size, st_match_scratch *scratch,
             float *score) {
  st_prepared_view va, vb;
  int status = st_prepared_open(a, a_size, &va);
  if (status != ST_MATCH_OK) return status;
  status = st_prepared_open(b, b_size, &vb);
  if (status != ST_MATCH_OK) return status;
  *score = 0.0f;
  const st_prepared_view *hashed = &va, *other = &vb;
  if (!hashed_side_first(a, a_size, b, b_size)) {
    hashed = &vb;
    other = &va;
  }
  if (hashed->header->count == 0 || other->header->count == 0) return ST_MATCH_OK;

  struct st_match_scratch *s = scratch;
  st_find_roots(hashed, other, s);
  const int smaller = hashed->header->count < other->header->count ? hashed->header->count : other->header->count;
  float best = 0.0f;
  for (int r = 0; r < s->root_count; r++) {
    if (is_covered(s, s->roots[r])) continue;
    st_grow_graph(hashed, other, s->roots[r], s);
    float graph_score = st_graph_score(s, hashed->header->count, other->header->count);
    if (graph_score > best) best = graph_score;
    cover_graph(s);
    /* A graph holding most of the smaller template is the match; other roots could only regrow parts of it. */
    if (s->pair_count * ST_MATCH_DECISIVE_SHARE_DEN >= smaller * ST_MATCH_DECISIVE_SHARE_NUM) break;
  }
  clear_covered(s);
  *score = best;
  return ST_MATCH_OK;
}

const char *st_match_status_name(int status) {
  switch (status) {
    case ST_MATCH_ERR_NOT_PREPARED: return "ST_E_MATCH_NOT_PREPARED";
    case ST_MATCH_ERR_VERSION: return "ST_E_MATCH_VERSION";
    case ST_MATCH_ERR_CORRUPT: return "ST_E_MATCH_CORRUPT";
    case ST_MATCH_ERR_INVALID_TEMPLATE: return "ST_E_TOO_MANY_MINUTIAE";
    default: return "ST_E_MATCH";
  }
}

const char *st_match_status_text(int status) {
  switch (status) {
    case ST_MATCH_OK: return "ok";
    case ST_MATCH_ERR_BUFFER_TOO_SMALL: return "output buffer too small for a prepared template";
    case ST_MATCH_ERR_NOT_PREPARED: return "not a prepared fingerprint template";
    case ST_MATCH_ERR_VERSION: return "prepared template of another layout version";
    case ST_MATCH_ERR_CORRUPT: return "prepared template is corrupt (sizes do not add up)";
    case ST_MATCH_ERR_MISALIGNED: return "prepared template buffer must start on a 2-byte boundary";
    case ST_MATCH_ERR_INVALID_TEMPLATE: return "template has more minutiae than the matcher accepts";
    default: return "unknown matcher status";
  }
}
