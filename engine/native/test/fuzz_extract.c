/* Fuzz target: any bytes as a small gray image at some resolution; extraction must return a status and, on
 * success, a template that validates; the quality features always succeed on a supported size. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../extract.h"
#include "../quality_features.h"
#include "../template_codec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 4) return 0;
  int width = 32 + data[0] % 97, height = 32 + data[1] % 97;
  static const int dpis[] = {250, 333, 500, 512, 700, 1000, 249, 1001};
  int dpi = dpis[data[2] % 8];
  int mode = data[3] % 4;
  size_t pixels = (size_t)width * height;
  uint8_t *gray = malloc(pixels);
  if (!gray) return 0;
  for (size_t i = 0; i < pixels; i++) {
    uint8_t v = size > 4 ? data[4 + i % (size - 4)] : 0;
    /* modes: raw bytes, thresholded (hard edges), stripes modulated by the bytes, constant */
    if (mode == 1) v = v > 127 ? 255 : 0;
    else if (mode == 2) v = (uint8_t)((((i % width) / 4) % 2) ? v : 255 - v);
    else if (mode == 3) v = data[4 % size];
    gray[i] = v;
  }
  size_t workspace_bytes = st_extract_workspace_bytes(width, height, dpi);
  if (workspace_bytes) {
    void *workspace = malloc(workspace_bytes);
    st_template t;
    st_status s = st_extract(gray, pixels, width, height, dpi, 0, workspace, workspace_bytes, &t);
    if ((unsigned)s >= ST_STATUS_COUNT) abort();
    if (s == ST_OK && st_template_validate(&t) != ST_OK) abort();
    free(workspace);
    size_t quality_bytes = st_quality_features_workspace_bytes(width, height, dpi);
    int32_t f[ST_QF_FIELDS];
    void *quality_workspace = malloc(quality_bytes);
    if (st_quality_features(gray, pixels, width, height, dpi, quality_workspace, quality_bytes, f) != ST_OK) abort();
    free(quality_workspace);
  }
  free(gray);
  return 0;
}
