/* Layout of a prepared template: one flat buffer of 16-bit-aligned sections, so it can be stored or cached as is.
 * Edge fields are laid out in 16-byte lanes (match_lanes.h) so one comparison tests 16 edges at once. */
#ifndef ST_MATCH_PREPARED_H
#define ST_MATCH_PREPARED_H

#include <stddef.h>
#include <stdint.h>

#include "match_lanes.h"
#include "match_params.h"

#define ST_PREPARED_MAGIC "STMP"

typedef struct {
  char magic[4];
  uint16_t version;
  uint16_t count;        /* minutiae */
  uint16_t filed_edges;  /* entries of the edge shape table (a root edge is filed once per shape cell it touches) */
  uint16_t root_lookups; /* this template's root edges, with their exact shape cell, for the other side's table */
  uint16_t width, height;
  uint8_t position; /* ISO finger position, 0 unknown */
  uint8_t quality;
  uint16_t unused;
} st_prepared_header;

typedef struct {
  uint8_t angle, type;
  uint8_t neighbor_count; /* lanes used in this minutia's st_neighbor_lanes */
  uint8_t unused;
} st_prepared_minutia;

/* A minutia's edges to its nearest neighbours, shortest first, lane k = k-th nearest. Each edge is seen from its
 * origin, so it does not change when the whole finger is moved or turned. */
typedef struct {
  uint8_t length_px[ST_LANES];
  uint8_t from_angle[ST_LANES]; /* origin direction relative to the edge direction */
  uint8_t to_angle[ST_LANES];   /* neighbour direction relative to the edge direction */
  uint8_t to[ST_LANES];         /* the neighbour */
} st_neighbor_lanes;

/* A root edge of the looking-up side: its shape and the one cell of the other side's table to read. */
typedef struct {
  uint16_t cell;
  uint8_t length_px, from_angle, to_angle;
  uint8_t from, to;
  uint8_t unused;
} st_root_lookup;

/* The edge shape table's entries, one byte array per field (each filed_edges + ST_LANES long, so a 16-lane load
 * at any entry stays inside). Lengths are stored as the window [length_low, length_low + length_span] that
 * another edge's length must fall in. */
typedef struct {
  const uint8_t *length_low, *length_span, *from_angle, *to_angle, *from, *to;
} st_filed_edges;

/* Sections, in order: header, minutiae[count], neighbors[count], cell_offsets[ST_MATCH_SHAPE_CELLS + 1],
 * root_lookups[root_lookups], then the six byte arrays of the filed edges. */
typedef struct {
  const st_prepared_header *header;
  const st_prepared_minutia *minutiae;
  const st_neighbor_lanes *neighbors;
  const uint16_t *cell_offsets;
  const st_root_lookup *root_lookups;
  st_filed_edges filed;
} st_prepared_view;

#define ST_MATCH_SHAPE_ANGLE_CELLS (256 / ST_MATCH_SHAPE_ANGLE_CELL_STEPS)
#define ST_MATCH_SHAPE_LENGTH_CELLS (255 / ST_MATCH_SHAPE_LENGTH_CELL_PX + 1)
#define ST_MATCH_SHAPE_CELLS (ST_MATCH_SHAPE_LENGTH_CELLS * ST_MATCH_SHAPE_ANGLE_CELLS * ST_MATCH_SHAPE_ANGLE_CELLS)

static inline size_t st_prepared_size(size_t count, size_t filed_edges, size_t root_lookups) {
  return sizeof(st_prepared_header) + count * (sizeof(st_prepared_minutia) + sizeof(st_neighbor_lanes)) +
         (ST_MATCH_SHAPE_CELLS + 1) * sizeof(uint16_t) + root_lookups * sizeof(st_root_lookup) +
         6 * (filed_edges + ST_LANES);
}

/* Edges of different lengths bend differently: longer ones get more room. */
static inline int st_length_tolerance_px(int length_px) {
  return ST_MATCH_LENGTH_TOLERANCE_PX + (length_px * ST_MATCH_LENGTH_TOLERANCE_PER_PX_1024 >> 10);
}

static inline int st_root_length_tolerance_px(int length_px) {
  return ST_MATCH_ROOT_LENGTH_TOLERANCE_PX + (length_px * ST_MATCH_ROOT_LENGTH_TOLERANCE_PER_PX_1024 >> 10);
}

#define ST_MATCH_ROOT_LENGTH_TOLERANCE_MAX_PX \
  (ST_MATCH_ROOT_LENGTH_TOLERANCE_PX + (ST_MATCH_NEIGHBOR_RANGE_PX * ST_MATCH_ROOT_LENGTH_TOLERANCE_PER_PX_1024 >> 10))
/* Worst case of cells one root edge's tolerance box touches. */
#define ST_MATCH_CELLS_PER_EDGE                                                                           \
  ((2 * ST_MATCH_ROOT_LENGTH_TOLERANCE_MAX_PX / ST_MATCH_SHAPE_LENGTH_CELL_PX + 2) *                         \
   (2 * ST_MATCH_ROOT_ANGLE_TOLERANCE_STEPS / ST_MATCH_SHAPE_ANGLE_CELL_STEPS + 2) *                         \
   (2 * ST_MATCH_ROOT_ANGLE_TOLERANCE_STEPS / ST_MATCH_SHAPE_ANGLE_CELL_STEPS + 2))

_Static_assert(256 % ST_MATCH_SHAPE_ANGLE_CELL_STEPS == 0, "angle cells must tile the turn");
_Static_assert(ST_MATCH_NEIGHBOR_RANGE_PX + ST_MATCH_ROOT_LENGTH_TOLERANCE_MAX_PX < 256, "edge lengths are single bytes");
_Static_assert(ST_MATCH_NEIGHBORS <= ST_LANES, "a minutia's edges fit one set of lanes");
_Static_assert(ST_MATCH_SHAPE_CELLS < 65536, "shape cells are 16-bit");
_Static_assert(3 * 256 / ST_MATCH_SHAPE_ANGLE_CELL_STEPS < 256, "unwrapped angle cells are single bytes");
_Static_assert(ST_MATCH_MAX_MINUTIAE * ST_MATCH_ROOT_NEIGHBORS * ST_MATCH_CELLS_PER_EDGE < 65536,
               "filed edges are counted in 16 bits");

/* Cell of an edge shape; angle coordinates wrap around the turn. */
static inline uint32_t st_shape_cell(int length_cell, int from_angle_cell, int to_angle_cell) {
  from_angle_cell &= ST_MATCH_SHAPE_ANGLE_CELLS - 1;
  to_angle_cell &= ST_MATCH_SHAPE_ANGLE_CELLS - 1;
  return ((uint32_t)length_cell * ST_MATCH_SHAPE_ANGLE_CELLS + (uint32_t)from_angle_cell) *
             ST_MATCH_SHAPE_ANGLE_CELLS +
         (uint32_t)to_angle_cell;
}

static inline int st_angle_distance(uint8_t a, uint8_t b) {
  int d = (int8_t)(uint8_t)(a - b); /* wraps to -128..127; |-128| is the half turn, 128 */
  return d < 0 ? -d : d;
}

/* Root edges: long enough to have a reliable direction, to one of the nearest few neighbours. */
static inline int st_is_root_edge(int length_px, int rank) {
  return length_px >= ST_MATCH_ROOT_EDGE_MIN_PX && rank < ST_MATCH_ROOT_NEIGHBORS;
}

/* Parses and bounds-checks the header; returns an st_match_status. */
int st_prepared_open(const uint8_t *buffer, size_t size, st_prepared_view *view);

#endif
