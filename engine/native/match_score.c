#include "match_score.h"

float st_graph_score(const struct st_match_scratch *s, int a_count, int b_count) {
  int pairs = s->pair_count;
  if (pairs < ST_MATCH_MIN_PAIRS) return 0.0f;
  float evidence = (float)pairs + ST_MATCH_SUPPORT_WEIGHT * (float)s->support_count;
  /* Matched share of both templates: many chance pairs between two large templates mean less. */
  float share = (float)pairs * (float)pairs / ((float)(a_count + 1) * (float)(b_count + 1));
  return evidence * share;
}
