/* Thinning of the binary ridges to a one-pixel-wide, 8-connected skeleton (Zhang-Suen, then staircase removal). */
#ifndef ST_THIN_H
#define ST_THIN_H

#include "arena.h"
#include "binarize.h"
#include "status.h"

/* Thins `image->ridge` in place. */
st_status st_thin(st_binary_image *image, st_arena *arena);

#endif
