/* Image to minutiae template: the whole extraction pipeline behind one call. */
#ifndef ST_EXTRACT_H
#define ST_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"
#include "template.h"

/* Bytes of workspace st_extract needs for an image of this size; 0 if the size or dpi is unsupported. */
size_t st_extract_workspace_bytes(int width, int height, int dpi);

/* `gray`: width x height 8-bit pixels, row-major, dark ridges on light background, at `dpi`. */
st_status st_extract(const uint8_t *gray, size_t gray_bytes, int width, int height, int dpi, uint8_t position,
                     void *workspace, size_t workspace_bytes, st_template *out);

#endif
