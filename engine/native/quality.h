/* Overall image quality 0..100: foreground area, ridge-flow coherence and how many minutiae were found. */
#ifndef ST_QUALITY_H
#define ST_QUALITY_H

#include <stdint.h>

#include "orientation.h"
#include "segmentation.h"

uint8_t st_quality_score(const st_orientation_field *field, const st_segmentation_mask *mask, int minutiae);

#endif
