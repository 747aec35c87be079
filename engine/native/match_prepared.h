/* Layout of a prepared template: one flat buffer of 16-bit-aligned sections, so it can be stored or cached as is. */
#ifndef ST_MATCH_PREPARED_H
#define ST_MATCH_PREPARED_H

#include <stddef.h>
#include <stdint.h>

#include "match_params.h"

#define ST_PREPARED_MAGIC "STMP"
#define ST_MATCH_HASH_BUCKETS (1u << ST_MATCH_HASH_BUCKET_BITS)

typedef struct {
  char magic[4];
  uint16_t version;
  uint16_t count;        /* minutiae */
  uint16_t edge_count;   /* neighbour edges, grouped by origin minutia, shortest first */
  uint16_t hash_entries; /* edge indices filed in the edge hash */
  uint16_t width, height;
  uint8_t position;      /* ISO finger position, 0 unknown */
  uint8_t quality;
  uint16_t root_lookups; /* this template's root edges, with their hash bucket, for the other side's hash */
} st_prepared_header;

typedef struct {
  int16_t x, y;
  uint8_t angle, type;
  uint16_t edge_start; /* this minutia's edges are edge_start .. next minutia's edge_start */
} st_prepared_minutia;

/* Edge seen from its origin: invariant to translation and rotation of the whole finger. */
typedef struct {
  uint16_t length_px;
  uint8_t from, to;
  uint8_t from_angle; /* origin direction relative to the edge direction */
  uint8_t to_angle;   /* neighbour direction relative to the edge direction */
} st_edge;

/* Sections, in order: header, minutiae[count + 1] (last one only closes edge_start), edges[edge_count],
 * hash_offsets[ST_MATCH_HASH_BUCKETS + 1], hash_entries[hash_entries], root_lookups[root_lookups]. */
typedef struct {
  uint16_t bucket; /* hash bucket of the edge's exact bin */
  uint16_t edge;
} st_root_lookup;

typedef struct {
  const st_prepared_header *header;
  const st_prepared_minutia *minutiae;
  const st_edge *edges;
  const uint16_t *hash_offsets;
  const uint16_t *hash_entries;
  const st_root_lookup *root_lookups;
} st_prepared_view;

static inline size_t st_prepared_size(size_t count, size_t edge_count, size_t hash_entries, size_t root_lookups) {
  return sizeof(st_prepared_header) + (count + 1) * sizeof(st_prepared_minutia) + edge_count * sizeof(st_edge) +
         (ST_MATCH_HASH_BUCKETS + 1) * sizeof(uint16_t) + hash_entries * sizeof(uint16_t) +
         root_lookups * sizeof(st_root_lookup);
}

#define ST_MATCH_HASH_ANGLE_BINS (256 / ST_MATCH_HASH_ANGLE_BIN_STEPS)
/* Worst case of bins one edge's tolerance box touches: the widest length span (longest edge) times 2 x 2 angles. */
#define ST_MATCH_HASH_BINS_PER_EDGE                                                                        \
  ((2 * st_root_length_tolerance_px(ST_MATCH_NEIGHBOR_RANGE_PX) / ST_MATCH_HASH_LENGTH_BIN_PX + 2) *            \
   (2 * ST_MATCH_ROOT_ANGLE_TOLERANCE_STEPS / ST_MATCH_HASH_ANGLE_BIN_STEPS + 2) *                             \
   (2 * ST_MATCH_ROOT_ANGLE_TOLERANCE_STEPS / ST_MATCH_HASH_ANGLE_BIN_STEPS + 2))

_Static_assert(256 % ST_MATCH_HASH_ANGLE_BIN_STEPS == 0, "angle bins must tile the turn");

/* Unwrapped angle bin of an angle in 0..255 (shifted by a whole turn, like the filing side). */
static inline int st_angle_bin(int angle_steps) { return (angle_steps + 256) / ST_MATCH_HASH_ANGLE_BIN_STEPS; }

/* Hash key of an edge shape's bin coordinates; angle bins wrap around the turn. */
static inline uint32_t st_edge_bucket(int length_bin, int from_angle_bin, int to_angle_bin) {
  from_angle_bin %= ST_MATCH_HASH_ANGLE_BINS;
  to_angle_bin %= ST_MATCH_HASH_ANGLE_BINS;
  uint32_t h = (uint32_t)length_bin * 73856093u ^ (uint32_t)from_angle_bin * 19349663u ^
               (uint32_t)to_angle_bin * 83492791u;
  return (h ^ (h >> 13)) & (ST_MATCH_HASH_BUCKETS - 1);
}

/* Edges of different lengths bend differently: longer ones get more room. */
static inline int st_length_tolerance_px(int length_px) {
  return ST_MATCH_LENGTH_TOLERANCE_PX + (length_px * ST_MATCH_LENGTH_TOLERANCE_PER_PX_1024 >> 10);
}

static inline int st_root_length_tolerance_px(int length_px) {
  return ST_MATCH_ROOT_LENGTH_TOLERANCE_PX + (length_px * ST_MATCH_ROOT_LENGTH_TOLERANCE_PER_PX_1024 >> 10);
}

static inline int st_angle_distance(uint8_t a, uint8_t b) {
  int d = (int8_t)(uint8_t)(a - b); /* wraps to -128..127; |-128| is the half turn, 128 */
  return d < 0 ? -d : d;
}

/* Root edges: long enough to have a reliable direction, to one of the nearest few neighbours. */
static inline int st_is_root_edge(const st_edge *edges, const st_prepared_minutia *minutiae, int e) {
  return edges[e].length_px >= ST_MATCH_ROOT_EDGE_MIN_PX &&
         e - minutiae[edges[e].from].edge_start < ST_MATCH_ROOT_NEIGHBORS;
}

/* Parses and bounds-checks the header; returns an st_match_status. */
int st_prepared_open(const uint8_t *buffer, size_t size, st_prepared_view *view);

#endif
