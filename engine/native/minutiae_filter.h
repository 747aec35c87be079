/* Removal of false minutiae: border, spurs, short ridges, bridges and holes, broken ridges, clusters. */
#ifndef ST_MINUTIAE_FILTER_H
#define ST_MINUTIAE_FILTER_H

#include "binarize.h"
#include "minutiae.h"
#include "segmentation.h"

void st_minutiae_filter(st_minutia_list *list, const st_binary_image *skeleton, const st_segmentation_mask *mask);

#endif
