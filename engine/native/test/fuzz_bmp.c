/* Fuzz target: BMP files. Odd first byte: the rest as a file as is. Even: a header built from the next bytes (header
 * size, bits, compression, size, palette count, pixel offset, masks all drawn, most of them plausible) followed by
 * the rest as palette and pixels, so mutations reach the pixel loops. Header reading and decoding must return a
 * status; an accepted header must give a size within the limits and decode into exactly width x height bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../bmp.h"
#include "../params.h"

static void put16(uint8_t *p, uint32_t v) { p[0] = (uint8_t)v, p[1] = (uint8_t)(v >> 8); }
static void put32(uint8_t *p, uint32_t v) { put16(p, v), put16(p + 2, v >> 16); }

static size_t build(const uint8_t *d, size_t n, uint8_t *out, size_t capacity) {
  static const uint32_t headers[] = {12, 40, 52, 56, 64, 108, 124, 16};
  static const uint32_t bits[] = {1, 4, 8, 16, 24, 32, 2, 0};
  static const uint32_t compressions[] = {0, 0, 3, 6, 1, 2, 4, 5};
  if (n < 12) return 0;
  uint32_t dib = headers[d[0] % 8], b = bits[d[1] % 8], compression = compressions[d[2] % 8];
  int32_t width = 1 + d[3] % 64, height = 1 + d[4] % 64;
  if (d[5] & 1) height = -height;
  if (d[5] & 2) width = (int32_t)((uint32_t)d[6] << 24 | (uint32_t)d[7] << 16); /* absurd sizes */
  uint32_t colours = d[8] & 1 ? d[9] : (d[9] & 2 ? 0xFFFFFFFFu : 0);
  size_t mask_bytes = dib == 40 && (compression == 3 || compression == 6) ? 16 : 0;
  size_t palette = b <= 8 ? (colours && colours <= 256 ? colours : 1u << b) * (dib == 12 ? 3 : 4) : 0;
  size_t offset = 14 + dib + mask_bytes + palette + (size_t)(int8_t)d[10] * (d[11] & 1);
  size_t body = n - 12;
  size_t total = 14 + dib + body;
  if (total > capacity) return 0;
  memset(out, 0, 14 + dib);
  out[0] = 'B', out[1] = 'M';
  put32(out + 2, (uint32_t)total);
  put32(out + 10, (uint32_t)offset);
  put32(out + 14, dib);
  if (dib == 12) {
    put16(out + 18, (uint32_t)width), put16(out + 20, (uint32_t)height), put16(out + 22, 1), put16(out + 24, b);
  } else if (dib >= 16) {
    put32(out + 18, (uint32_t)width), put32(out + 22, (uint32_t)height), put16(out + 26, 1), put16(out + 28, b);
    if (dib >= 40) {
      put32(out + 30, compression), put32(out + 38, 19685), put32(out + 42, 19685), put32(out + 46, colours);
    }
  }
  /* palette, masks (V2+ headers take them from the body's first bytes too) and pixels from the fuzzer */
  memcpy(out + 14 + dib, d + 12, body);
  if (dib >= 52 && body >= 12) memcpy(out + 54, d + 12, 12);
  return total;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static uint8_t built[16384];
  const uint8_t *file = data + 1;
  size_t length = size ? size - 1 : 0;
  if (size && !(data[0] & 1)) {
    length = build(data + 1, size - 1, built, sizeof built);
    file = built;
  }
  st_image_file_info info;
  st_status s = st_bmp_read_info(file, length, &info);
  if ((unsigned)s >= ST_STATUS_COUNT) abort();
  if (s != ST_OK) {
    uint8_t one;
    if (st_bmp_decode(file, length, &one, 1) == ST_OK) abort();
    return 0;
  }
  if (info.width < 1 || info.height < 1 || info.width > ST_MAX_IMAGE_SIDE_PX || info.height > ST_MAX_IMAGE_SIDE_PX)
    abort();
  size_t pixels = (size_t)info.width * (size_t)info.height;
  uint8_t *gray = malloc(pixels);
  if (!gray) return 0;
  s = st_bmp_decode(file, length, gray, pixels);
  if ((unsigned)s >= ST_STATUS_COUNT) abort();
  /* an output one byte short is refused, never overrun */
  if (st_bmp_decode(file, length, gray, pixels - 1) != ST_E_IMAGE_BUFFER) abort();
  free(gray);
  return 0;
}
