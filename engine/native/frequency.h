/* Local ridge period per block, from the gray profile across the ridges (Hong, Wan and Jain's x-signature). */
#ifndef ST_FREQUENCY_H
#define ST_FREQUENCY_H

#include "arena.h"
#include "image.h"
#include "orientation.h"
#include "segmentation.h"
#include "status.h"

typedef struct {
  st_block_grid grid;
  float *period_px; /* ridge-to-ridge distance, pixels at 500 dpi */
  float median_period_px;
  uint8_t *measured; /* 1 where the block itself showed a clean ridge period */
} st_ridge_period;

st_status st_frequency_compute(const st_gray_image *image, const st_orientation_field *field,
                               const st_segmentation_mask *mask, st_arena *arena, st_ridge_period *out);

#endif
