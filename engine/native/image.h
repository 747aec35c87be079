/* Gray images and scaling to the 500 dpi the rest of the pipeline assumes. */
#ifndef ST_IMAGE_H
#define ST_IMAGE_H

#include <stdint.h>

#include "arena.h"
#include "status.h"

typedef struct {
  int width, height;
  uint8_t *pixels; /* row-major */
} st_gray_image;

/* Copies or rescales (area-averaged when shrinking, bilinear when enlarging) to 500 dpi. */
st_status st_image_to_500_dpi(const uint8_t *pixels, int width, int height, int dpi, st_arena *arena,
                              st_gray_image *out);

int st_scaled_side(int side, int dpi);

#endif
