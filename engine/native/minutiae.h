/* Minutiae on the skeleton: ridge endings and bifurcations with direction and a per-minutia quality. */
#ifndef ST_MINUTIAE_H
#define ST_MINUTIAE_H

#include <stdint.h>

#include "arena.h"
#include "binarize.h"
#include "orientation.h"
#include "segmentation.h"
#include "status.h"
#include "template.h"

typedef struct {
  int x, y;
  float angle;   /* radians in pixel axes (x right, y down), see st_minutiae_detect for the convention */
  uint8_t type;  /* st_minutia_type */
  float quality; /* 0..1 */
  uint8_t removed;
} st_minutia_candidate;

typedef struct {
  st_minutia_candidate *items;
  int count, capacity;
} st_minutia_list;

/* Endings point from the ending into their ridge; bifurcations point away from the stem, between the two
 * forks (checked against SourceAFIS ISO/IEC 19794-2 exports of the same images, so angles compare across engines). */
st_status st_minutiae_detect(const st_binary_image *skeleton, const st_orientation_field *field,
                             const st_segmentation_mask *mask, st_arena *arena, st_minutia_list *out);

#endif
