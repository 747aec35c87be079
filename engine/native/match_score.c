#include "match_score.h"

float st_graph_score(const struct st_match_scratch *s, int a_count, int b_count) {
  int pairs = s->pair_count;
  if (pairs < ST_MATCH_MIN_PAIRS) return 0.0f;
  /* Each pair, each extra agreeing edge and each type agreement is evidence; looser agreement (mean edge
   * error) counts for less. */
  float mean_error = (float)s->error_sum / (float)pairs / ST_MATCH_EDGE_ERROR_MAX;
  float evidence = ((float)pairs + ST_MATCH_SUPPORT_WEIGHT * (float)s->support_count +
                    ST_MATCH_TYPE_WEIGHT * (float)s->type_matches) *
                   (1.0f - mean_error);
  /* Squared and divided by the smaller template's size: the share of it explained, times how much was found. */
  int smaller = a_count < b_count ? a_count : b_count;
  return evidence * evidence / (float)smaller;
}
