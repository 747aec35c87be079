/*
 * Fingerprint 1:1 matcher: prepare a template once, then compare prepared templates.
 *
 * Prepare (match_prepare.c): each minutia keeps edges to its nearest neighbours (length, and both minutiae's
 * directions relative to the edge: invariant to translation and rotation), sorted by length, in 16-byte lanes
 * (match_lanes.h) so one comparison tests all of a minutia's edges at once; edges to the few nearest are also filed
 * in an edge shape table, under every cell their tolerance box touches.
 * Match: roots (match_roots.c) are minutia pairs voted for by edges of one template found in the other's table;
 * from each of the best-voted roots a pairing graph (match_graph.c) grows along neighbour edges that agree,
 * closest agreement first, so local elastic distortion is followed while the graph stays consistent; the best
 * graph's score (match_score.c) counts pairs, extra agreeing edges and type agreements, weighed by agreement and
 * normalised by the smaller template. The hashed side is chosen canonically, so match(a, b) == match(b, a).
 * Tunables: match_params.h.
 */
#ifndef ST_MATCHER_H
#define ST_MATCHER_H

#include <stddef.h>
#include <stdint.h>

#include "template.h"

/* Layout version of a prepared template; bumped whenever the buffer layout or its meaning changes. */
#define ST_PREPARED_VERSION 3

typedef enum {
  ST_MATCH_OK = 0,
  ST_MATCH_ERR_BUFFER_TOO_SMALL = -1,
  ST_MATCH_ERR_NOT_PREPARED = -2,      /* bad magic or truncated */
  ST_MATCH_ERR_VERSION = -3,           /* prepared by another layout version */
  ST_MATCH_ERR_CORRUPT = -4,           /* inner counts or offsets overrun the buffer */
  ST_MATCH_ERR_MISALIGNED = -5,        /* buffer must start on a 2-byte boundary */
  ST_MATCH_ERR_INVALID_TEMPLATE = -6   /* count out of range */
} st_match_status;

/* Upper bound of a prepared template's size in bytes, whatever the template. */
size_t st_prepared_max_size(void);

/*
 * Precomputes the template's search structures (neighbour edge table, edge hash) into out.
 * Returns the number of bytes written (> 0), or a negative st_match_status.
 * A template with 0 minutiae prepares fine and matches nothing (score 0).
 */
long st_prepare(const st_template *tpl, uint8_t *out, size_t out_capacity);

/* Working memory for st_match; one per thread (or per Node-API environment). */
typedef struct st_match_scratch st_match_scratch;
size_t st_match_scratch_size(void);
/* memory must hold st_match_scratch_size() bytes, aligned for any type (malloc'd). */
st_match_scratch *st_match_scratch_init(void *memory);

/*
 * Similarity of two prepared templates, >= 0, higher is more similar; symmetric: match(a, b) == match(b, a).
 * Writes the score to *score and returns ST_MATCH_OK, or returns a negative st_match_status.
 */
int st_match(const uint8_t *a, size_t a_size, const uint8_t *b, size_t b_size, st_match_scratch *scratch,
             float *score);

/* Error code name of a status (ST_E_MATCH_...), as both bindings report it. */
const char *st_match_status_name(int status);

/* Human-readable reason for a status, for error messages. */
const char *st_match_status_text(int status);

#endif
