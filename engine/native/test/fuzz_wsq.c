/* Fuzz target: any bytes as a WSQ stream. Whatever parses must decode within its workspace, a workspace or an
 * output too small must be refused, and nothing may read or write out of bounds (run under ASan/UBSan). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../wsq.h"

#define CHECK(cond)       \
  do {                    \
    if (!(cond)) abort(); \
  } while (0)

/* larger frames are refused here only to keep runs fast; the decoder's own limit is ST_WSQ_MAX_PIXELS */
#define FUZZ_MAX_PIXELS (1 << 20)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  uint8_t *in = malloc(size ? size : 1); /* exact size: an overread lands in a redzone */
  if (!in) return 0;
  memcpy(in, data, size);
  st_wsq_info info;
  st_status s = st_wsq_read_info(in, size, &info);
  CHECK((unsigned)s < ST_STATUS_COUNT);
  if (s == ST_OK && (size_t)info.width * info.height <= FUZZ_MAX_PIXELS) {
    size_t pixels = (size_t)info.width * info.height, ws = st_wsq_workspace_bytes(info.width, info.height);
    CHECK(ws > 0);
    void *w = malloc(ws);
    uint8_t *gray = malloc(pixels);
    st_wsq_info got;
    s = st_wsq_decode(in, size, w, ws, gray, pixels, &got);
    CHECK((unsigned)s < ST_STATUS_COUNT);
    if (s == ST_OK) {
      CHECK(got.width == info.width && got.height == info.height);
      CHECK(st_wsq_decode(in, size, w, ws / 2, gray, pixels, &got) == ST_E_NO_MEMORY);
      CHECK(st_wsq_decode(in, size, w, ws, gray, pixels - 1, &got) == ST_E_OUTPUT_TOO_SMALL);
    }
    free(w);
    free(gray);
  }
  free(in);
  return 0;
}
