/* Similarity score of a grown pairing graph. */
#ifndef ST_MATCH_SCORE_H
#define ST_MATCH_SCORE_H

#include "match_scratch.h"

float st_graph_score(const struct st_match_scratch *s, int a_count, int b_count);

#endif
