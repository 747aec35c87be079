/* The coarse grid of ST_BLOCK_PX squares that segmentation, orientation and frequency are computed on. */
#ifndef ST_BLOCK_GRID_H
#define ST_BLOCK_GRID_H

#include "params.h"

typedef struct {
  int width, height; /* in blocks */
} st_block_grid;

static inline st_block_grid st_block_grid_for(int width_px, int height_px) {
  st_block_grid g = {(width_px + ST_BLOCK_PX - 1) / ST_BLOCK_PX, (height_px + ST_BLOCK_PX - 1) / ST_BLOCK_PX};
  return g;
}

#endif
