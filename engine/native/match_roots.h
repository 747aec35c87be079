/* Root finding: minutia pairs whose neighbour edges agree, found through the edge hash. */
#ifndef ST_MATCH_ROOTS_H
#define ST_MATCH_ROOTS_H

#include "match_prepared.h"
#include "match_scratch.h"

/* Fills scratch->roots with the best-voted pairs (a from the hashed template, b from the other). */
void st_find_roots(const st_prepared_view *a, const st_prepared_view *b, struct st_match_scratch *s);

#endif
