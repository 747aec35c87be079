/* What an image file decoder reads from a file's header before decoding it: the size, to bound the output before
 * it is allocated, and the resolution the file states (0 when it states none). The *Info functions of api.c give
 * these as int32 fields in the ST_IMAGE_INFO_* layout. */
#ifndef ST_IMAGE_FILE_H
#define ST_IMAGE_FILE_H

#include <stdint.h>

enum { ST_IMAGE_INFO_WIDTH, ST_IMAGE_INFO_HEIGHT, ST_IMAGE_INFO_X_DPI, ST_IMAGE_INFO_Y_DPI, ST_IMAGE_INFO_FIELDS };

typedef struct {
  int32_t width, height;
  /* pixels per inch along x and y as the file states them, rounded; 0 = not stated */
  int32_t x_dpi, y_dpi;
} st_image_file_info;

#endif
