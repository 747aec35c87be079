/* Every tunable number of the fingerprint matcher, named for what it controls. */
#ifndef ST_MATCH_PARAMS_H
#define ST_MATCH_PARAMS_H

/* Neighbour edges kept per minutia (nearest first): the pairing graph grows along them. */
#define ST_MATCH_NEIGHBORS 12
/* Neighbours farther than this are ignored: long edges bend too much under elastic distortion. */
#define ST_MATCH_NEIGHBOR_RANGE_PX 200
/* Edges shorter than this give unreliable directions, so they never seed a root. */
#define ST_MATCH_ROOT_EDGE_MIN_PX 20
/* Only edges to this many nearest neighbours vote for roots: enough for a genuine pair, cheap for an impostor. */
#define ST_MATCH_ROOT_NEIGHBORS 4
/* Root votes need a closer edge match than growth: a root only has to be right, not complete. */
#define ST_MATCH_ROOT_LENGTH_TOLERANCE_PX 8
#define ST_MATCH_ROOT_LENGTH_TOLERANCE_PER_PX_1024 31
#define ST_MATCH_ROOT_ANGLE_TOLERANCE_STEPS 8

/* Edge-pair tolerances (500 dpi pixels; angles in 256 steps per turn). */
#define ST_MATCH_LENGTH_TOLERANCE_PX 12
/* Distortion grows with distance: extra tolerance per pixel of edge length, in 1/1024. */
#define ST_MATCH_LENGTH_TOLERANCE_PER_PX_1024 51
#define ST_MATCH_ANGLE_TOLERANCE_STEPS 11
/* A paired minutia's rotation may drift this far from the root's before the pair is refused. */
#define ST_MATCH_ROTATION_DRIFT_STEPS 24

/* Edge shape table cells (root edges are filed under every cell their tolerance box touches, then one cell is
 * read per lookup and its entries tested 16 at a time): coarse cells mean fewer copies, finer ones fewer misses. */
#define ST_MATCH_SHAPE_LENGTH_CELL_PX 32
#define ST_MATCH_SHAPE_ANGLE_CELL_STEPS 32

/* Root votes kept per comparison; more are dropped (real templates cast a few hundred). */
#define ST_MATCH_VOTE_CAPACITY 16384
/* Roots (seed minutia pairs) tried per comparison, best voted first. */
#define ST_MATCH_MAX_ROOTS 12
/* Stop trying roots once one graph pairs this share (NUM/DEN) of the smaller template's minutiae. */
#define ST_MATCH_DECISIVE_SHARE_NUM 1
#define ST_MATCH_DECISIVE_SHARE_DEN 2
/* Edge pairs waiting in the growth queue; more are dropped (a graph this large has already matched). */
#define ST_MATCH_QUEUE_CAPACITY 4096

/* Score shaping. */
#define ST_MATCH_SUPPORT_WEIGHT 1.0f
/* Ending/bifurcation agreement: extractors swap them under pressure, so it only adds, never vetoes. */
#define ST_MATCH_TYPE_WEIGHT 1.0f
/* An edge pair's error is 256 per full tolerance on each of length, origin angle and neighbour angle. */
#define ST_MATCH_EDGE_ERROR_MAX 768.0f
#define ST_MATCH_MIN_PAIRS 2

/* A template may carry more minutiae than ISO's 255 (internal codec); the matcher keeps the best this many. */
#define ST_MATCH_MAX_MINUTIAE 255

#endif
