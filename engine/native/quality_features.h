/* Measures that tell a fingerprint from anything else and say what is wrong with a capture (NFIQ 2 families:
 * contrast, orientation certainty, a dominant ridge frequency in the fingerprint band, region of interest), on the
 * 500 dpi image; engine/finger turns them into feedback codes. */
#ifndef ST_QUALITY_FEATURES_H
#define ST_QUALITY_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"

/* Field layout of the result (int32 each). Blocks are ST_BLOCK_PX squares of the 500 dpi image. */
enum {
  ST_QF_WIDTH,                  /* of the 500 dpi image */
  ST_QF_HEIGHT,
  ST_QF_MEAN_GRAY,              /* 0..255 */
  ST_QF_GRAY_P05,               /* 5th and 95th percentile gray levels */
  ST_QF_GRAY_P95,
  ST_QF_BLOCKS,                 /* all blocks */
  ST_QF_FOREGROUND_BLOCKS,      /* enough gray-level contrast to hold anything */
  ST_QF_CERTAIN_BLOCKS,         /* foreground with one strong orientation (coherence) */
  ST_QF_RIDGE_BLOCKS,           /* certain, with a dominant period in the fingerprint band across the flow */
  ST_QF_RIDGE_CENTRE_X_PERMILLE, /* centroid of the ridge blocks, 1/1000 of the width (500 when none) */
  ST_QF_RIDGE_CENTRE_Y_PERMILLE,
  ST_QF_MEDIAN_PERIOD_CENTIPX,  /* median dominant period of the ridge blocks, 1/100 px (0 when none) */
  ST_QF_CLARITY_PERMILLE,       /* mean share of the across-flow profile energy in its peak, ridge blocks */
  ST_QF_DARK_PERMILLE,          /* mean share of ridge-block profile samples darker than the profile mean */
  ST_QF_FLOW_BLOCKS,            /* ridge blocks most of whose neighbours are ridge blocks of about the same
                                 * direction and period: a continuous ridge flow, not scattered texture */
  ST_QF_FIELDS
};

/* Bytes of workspace st_quality_features needs; 0 if the size or dpi is unsupported (as extraction). */
size_t st_quality_features_workspace_bytes(int width, int height, int dpi);

/* `gray` as for st_extract; `out` receives ST_QF_FIELDS values. Never fails on content (blank, noise, tiny). */
st_status st_quality_features(const uint8_t *gray, size_t gray_bytes, int width, int height, int dpi,
                              void *workspace, size_t workspace_bytes, int32_t *out);

#endif
