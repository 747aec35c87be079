/* Every tunable number of the fingerprint matcher, named for what it controls. */
#ifndef ST_MATCH_PARAMS_H
#define ST_MATCH_PARAMS_H

/* Neighbour edges kept per minutia (nearest first): the pairing graph grows along them. */
#define ST_MATCH_NEIGHBORS 10
/* Neighbours farther than this are ignored: long edges bend too much under elastic distortion. */
#define ST_MATCH_NEIGHBOR_RANGE_PX 200
/* Edges shorter than this give unreliable directions, so they never seed a root. */
#define ST_MATCH_ROOT_EDGE_MIN_PX 20

/* Edge-pair tolerances (500 dpi pixels; angles in 256 steps per turn). */
#define ST_MATCH_LENGTH_TOLERANCE_PX 12
/* Distortion grows with distance: extra tolerance per pixel of edge length, in 1/1024. */
#define ST_MATCH_LENGTH_TOLERANCE_PER_PX_1024 51
#define ST_MATCH_ANGLE_TOLERANCE_STEPS 11
/* A paired minutia's rotation may drift this far from the root's before the pair is refused. */
#define ST_MATCH_ROTATION_DRIFT_STEPS 24

/* Edge hash bin sizes: each stored edge is copied into every bin its tolerance box touches. */
#define ST_MATCH_HASH_LENGTH_BIN_PX 32
#define ST_MATCH_HASH_ANGLE_BIN_STEPS 32
#define ST_MATCH_HASH_BUCKET_BITS 10

/* Roots (seed minutia pairs) tried per comparison, best voted first. */
#define ST_MATCH_MAX_ROOTS 12
/* Edge pairs waiting in the growth queue; more are dropped (a graph this large has already matched). */
#define ST_MATCH_QUEUE_CAPACITY 4096

/* Score shaping. */
#define ST_MATCH_SUPPORT_WEIGHT 0.5f
#define ST_MATCH_MIN_PAIRS 2

/* A template may carry more minutiae than ISO's 255 (internal codec); the matcher keeps the best this many. */
#define ST_MATCH_MAX_MINUTIAE 255

#endif
