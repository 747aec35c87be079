/* Fuzz target: any bytes as an ISO, ANSI or internal record. Whatever parses must re-encode to every format
 * and parse back; nothing may read out of bounds (run under AddressSanitizer/UBSan). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../ansi378_2004.h"
#include "../iso19794_2_2005.h"
#include "../template_codec.h"

#define CHECK(cond) \
  do {              \
    if (!(cond)) abort(); \
  } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  int format = data[0] % 3;
  /* an exact-size heap copy, so any overread lands in a redzone */
  size_t n = size - 1;
  uint8_t *in = malloc(n ? n : 1);
  if (!in) return 0;
  memcpy(in, data + 1, n);
  st_template t;
  const uint8_t *ext = 0;
  uint32_t ext_bytes = 0;
  st_status s = format == 0   ? st_template_decode(in, n, &t, &ext, &ext_bytes)
                : format == 1 ? st_iso19794_2_2005_decode(in, n, &t)
                              : st_ansi378_2004_decode(in, n, &t);
  CHECK((unsigned)s < ST_STATUS_COUNT);
  if (s == ST_OK) {
    CHECK(st_template_validate(&t) == ST_OK);
    uint8_t out[8192];
    size_t written = 0;
    st_template back;
    CHECK(st_iso19794_2_2005_encode(&t, out, sizeof out, &written) == ST_OK);
    CHECK(st_iso19794_2_2005_decode(out, written, &back) == ST_OK && back.count == t.count);
    CHECK(st_ansi378_2004_encode(&t, out, sizeof out, &written) == ST_OK);
    CHECK(st_ansi378_2004_decode(out, written, &back) == ST_OK && back.count == t.count);
    CHECK(st_template_encode(&t, 0, 0, out, sizeof out, &written) == ST_OK);
    CHECK(st_template_decode(out, written, &back, 0, 0) == ST_OK && back.count == t.count);
    for (int i = 0; i < t.count; i++)
      CHECK(back.minutiae[i].x == t.minutiae[i].x && back.minutiae[i].y == t.minutiae[i].y &&
            back.minutiae[i].angle == t.minutiae[i].angle);
    /* too-small output buffers fail cleanly */
    CHECK(st_iso19794_2_2005_encode(&t, out, 10, &written) == ST_E_OUTPUT_TOO_SMALL);
  }
  free(in);
  return 0;
}
