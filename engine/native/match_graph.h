/* Pairing graph: grows a consistent set of minutia pairs from a root along neighbour edges that agree. */
#ifndef ST_MATCH_GRAPH_H
#define ST_MATCH_GRAPH_H

#include "match_prepared.h"
#include "match_scratch.h"

/* Grows the graph from root into scratch (pairs, support_count, error_sum). */
void st_grow_graph(const st_prepared_view *a, const st_prepared_view *b, st_minutia_pair root,
                   struct st_match_scratch *s);

#endif
