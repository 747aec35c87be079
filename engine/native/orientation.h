/* Ridge orientation per block from averaged squared gradients, with its coherence. */
#ifndef ST_ORIENTATION_H
#define ST_ORIENTATION_H

#include "arena.h"
#include "block_grid.h"
#include "image.h"
#include "status.h"

typedef struct {
  st_block_grid grid;
  float *angle;     /* ridge direction in radians, [0, pi), in pixel axes (x right, y down) */
  float *coherence; /* 0 (no dominant direction) .. 1 (parallel ridges) */
  float *contrast;  /* gray-level standard deviation around the block */
} st_orientation_field;

st_status st_orientation_compute(const st_gray_image *image, st_arena *arena, st_orientation_field *out);

/* Ridge direction at a pixel, interpolated between the four nearest block centres (doubled angles). */
float st_orientation_at(const st_orientation_field *field, float x, float y);

/* Re-smooths angles over the foreground only (mask: 1 per foreground block). */
void st_orientation_smooth(st_orientation_field *field, const uint8_t *mask, st_arena *arena);

#endif
