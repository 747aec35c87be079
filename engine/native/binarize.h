/* Ridge/valley decision from the sign of the enhanced response, then majority smoothing of the result. */
#ifndef ST_BINARIZE_H
#define ST_BINARIZE_H

#include <stdint.h>

#include "arena.h"
#include "enhance.h"
#include "segmentation.h"
#include "status.h"

typedef struct {
  int width, height;
  uint8_t *ridge; /* 1 on ridge pixels; the outermost pixel frame is always 0 */
} st_binary_image;

st_status st_binarize(const st_enhanced_image *enhanced, const st_segmentation_mask *mask, st_arena *arena,
                      st_binary_image *out);

/* The valleys of the same print: foreground pixels that are not ridge (their skeleton ends where ridges fork). */
st_status st_binary_valleys(const st_binary_image *ridges, const st_segmentation_mask *mask, st_arena *arena,
                            st_binary_image *out);

#endif
