/* Oriented filtering: smoothing along the ridges, then a Gabor-like band-pass across them, tuned per block to
 * the local orientation and ridge period. The response is negative on ridges (dark) and positive in valleys. */
#ifndef ST_ENHANCE_H
#define ST_ENHANCE_H

#include "arena.h"
#include "frequency.h"
#include "image.h"
#include "orientation.h"
#include "segmentation.h"
#include "status.h"

typedef struct {
  int width, height;
  float *response; /* 0 outside the foreground */
} st_enhanced_image;

st_status st_enhance(const st_gray_image *image, const st_orientation_field *field, const st_segmentation_mask *mask,
                     const st_ridge_period *period, st_arena *arena, st_enhanced_image *out);

#endif
