/* Working memory of one comparison, reused across comparisons so st_match never allocates. */
#ifndef ST_MATCH_SCRATCH_H
#define ST_MATCH_SCRATCH_H

#include <stdint.h>

#include "match_params.h"

#define ST_MATCH_PAIR_CELLS (256 * 256)

typedef struct {
  uint8_t a, b;
} st_minutia_pair;

struct st_match_scratch {
  /* Root votes per minutia pair (a * 256 + b), and every vote cast (a cell once per vote), to count and clear them. */
  uint16_t votes[ST_MATCH_PAIR_CELLS];
  uint16_t cast[ST_MATCH_VOTE_CAPACITY];
  /* Pairs already inside a grown graph: a root among them would regrow the same graph. */
  uint8_t covered[ST_MATCH_PAIR_CELLS / 8];
  st_minutia_pair covered_list[ST_MATCH_MAX_ROOTS * 256];
  int covered_count;

  st_minutia_pair roots[ST_MATCH_MAX_ROOTS];
  int root_count;

  /* The pairing graph being grown. */
  int16_t a_partner[256], b_partner[256];
  st_minutia_pair pairs[256];
  int pair_count;
  int support_count; /* edges confirmed between two already-paired minutiae */
  uint8_t support_of[256]; /* per minutia of a: confirmed edges touching its pair */
  int type_matches;        /* pairs whose minutia types agree */
  int error_sum;     /* edge-pair errors (1/256 of a tolerance) along which pairs joined */
  uint32_t queue[ST_MATCH_QUEUE_CAPACITY]; /* binary min-heap: error << 16 | a << 8 | b */
  int queue_count;
};

#endif
