/* Which blocks hold the fingerprint: contrast and orientation coherence, then morphological cleanup. */
#ifndef ST_SEGMENTATION_H
#define ST_SEGMENTATION_H

#include <stdint.h>

#include "arena.h"
#include "orientation.h"
#include "status.h"

typedef struct {
  st_block_grid grid;
  uint8_t *inside;       /* 1 per foreground block */
  uint8_t *inner;        /* foreground at least ST_BORDER_MARGIN_BLOCKS away from the background */
  int area_blocks;
} st_segmentation_mask;

st_status st_segmentation_compute(const st_orientation_field *field, st_arena *arena, st_segmentation_mask *out);

/* Peels foreground blocks where no ridge period could be measured nearby (sensor edges, smudges, background
 * texture look like contrast but not like ridges), then tidies the mask again. */
st_status st_segmentation_refine(st_segmentation_mask *mask, const uint8_t *ridge_period_measured, st_arena *arena);

#endif
