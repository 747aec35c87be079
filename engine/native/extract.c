#include "extract.h"

#include "params.h"

size_t st_extract_workspace_bytes(int width, int height, int dpi) {
  if (dpi < ST_MIN_DPI || dpi > ST_MAX_DPI) return 0;
  if (width < ST_MIN_IMAGE_SIDE_PX || height < ST_MIN_IMAGE_SIDE_PX || width > ST_MAX_IMAGE_SIDE_PX ||
      height > ST_MAX_IMAGE_SIDE_PX)
    return 0;
  return 1;
}

st_status st_extract(const uint8_t *gray, size_t gray_bytes, int width, int height, int dpi, uint8_t position,
                     void *workspace, size_t workspace_bytes, st_template *out) {
  (void)gray; (void)gray_bytes; (void)width; (void)height; (void)dpi; (void)position; (void)workspace;
  (void)workspace_bytes; (void)out;
  return ST_E_NO_FINGER;
}
