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

/* 1 when a width x height image at dpi is within the input limits and its 500 dpi size, stored in *w and *h, within
 * the working limits; 0 otherwise. One check for every stage that sizes its workspace from an input image. */
int st_scaled_size_ok(int width, int height, int dpi, int *w, int *h);

#endif
