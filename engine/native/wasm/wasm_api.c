/* WebAssembly exports: the same operations as binding.c over linear memory. One instance serves one thread,
 * so the allocator state below is per instance. JavaScript calls st_wasm_reset() before each operation,
 * copies inputs into st_wasm_alloc()ed blocks and reads the result block after the call. */
#include <stddef.h>
#include <stdint.h>

#include "../ansi378_2004.h"
#include "../extract.h"
#include "../iso19794_2_2005.h"
#include "../match_scratch.h"
#include "../matcher.h"
#include "../status.h"
#include "../template_codec.h"

#define EXPORT(name) __attribute__((export_name(name)))
#define WASM_PAGE_BYTES 65536u

extern unsigned char __heap_base;

static uintptr_t heap_top;
static const uint8_t *result_data;
static uint32_t result_bytes;

EXPORT("st_wasm_reset") void st_wasm_reset(void) {
  heap_top = ((uintptr_t)&__heap_base + 15) & ~(uintptr_t)15;
  result_data = 0;
  result_bytes = 0;
}

EXPORT("st_wasm_alloc") void *st_wasm_alloc(uint32_t bytes) {
  if (!heap_top) st_wasm_reset();
  uintptr_t p = heap_top, end = p + ((bytes + 15u) & ~15u);
  uintptr_t have = __builtin_wasm_memory_size(0) * WASM_PAGE_BYTES;
  if (end > have) {
    uintptr_t pages = (end - have + WASM_PAGE_BYTES - 1) / WASM_PAGE_BYTES;
    if (__builtin_wasm_memory_grow(0, pages) == (uintptr_t)-1) return 0;
  }
  heap_top = end;
  return (void *)p;
}

EXPORT("st_wasm_result_data") const uint8_t *st_wasm_result_data(void) { return result_data; }
EXPORT("st_wasm_result_bytes") uint32_t st_wasm_result_bytes(void) { return result_bytes; }
EXPORT("st_wasm_status_name") const char *st_wasm_status_name(int s) { return st_status_name((st_status)s); }
EXPORT("st_wasm_status_message") const char *st_wasm_status_message(int s) {
  return st_status_message((st_status)s);
}

static st_status encode_result(const st_template *t, const uint8_t *ext, uint32_t ext_bytes) {
  size_t capacity = st_template_encoded_bytes(t, ext_bytes), written = 0;
  uint8_t *out = st_wasm_alloc((uint32_t)capacity);
  if (!out) return ST_E_NO_MEMORY;
  st_status s = st_template_encode(t, ext, ext_bytes, out, capacity, &written);
  if (s == ST_OK) result_data = out, result_bytes = (uint32_t)written;
  return s;
}

EXPORT("st_wasm_extract")
int st_wasm_extract(const uint8_t *gray, uint32_t gray_bytes, int width, int height, int dpi, int position) {
  if (position < 0 || position > 10) return ST_E_POSITION_RANGE;
  size_t workspace_bytes = st_extract_workspace_bytes(width, height, dpi);
  if (!workspace_bytes) return dpi < 250 || dpi > 1000 ? ST_E_IMAGE_DPI : ST_E_IMAGE_SIZE;
  void *workspace = st_wasm_alloc((uint32_t)workspace_bytes);
  st_template *t = st_wasm_alloc(sizeof(st_template));
  if (!workspace || !t) return ST_E_NO_MEMORY;
  st_status s = st_extract(gray, gray_bytes, width, height, dpi, (uint8_t)position, workspace, workspace_bytes, t);
  return s == ST_OK ? encode_result(t, 0, 0) : s;
}

static st_status decode_any(const uint8_t *in, uint32_t length, int format, st_template *t, const uint8_t **ext,
                            uint32_t *ext_bytes) {
  *ext = 0;
  *ext_bytes = 0;
  switch (format) {
    case 0: return st_template_decode(in, length, t, ext, ext_bytes);
    case 1: return st_iso19794_2_2005_decode(in, length, t);
    case 2: return st_ansi378_2004_decode(in, length, t);
    default: return ST_E_ARGUMENT;
  }
}

EXPORT("st_wasm_import") int st_wasm_import(const uint8_t *in, uint32_t length, int format) {
  st_template *t = st_wasm_alloc(sizeof(st_template));
  if (!t) return ST_E_NO_MEMORY;
  const uint8_t *ext;
  uint32_t ext_bytes;
  st_status s = decode_any(in, length, format, t, &ext, &ext_bytes);
  return s == ST_OK ? encode_result(t, ext, ext_bytes) : s;
}

EXPORT("st_wasm_export") int st_wasm_export(const uint8_t *in, uint32_t length, int format) {
  st_template *t = st_wasm_alloc(sizeof(st_template));
  if (!t) return ST_E_NO_MEMORY;
  const uint8_t *ext;
  uint32_t ext_bytes;
  st_status s = st_template_decode(in, length, t, &ext, &ext_bytes);
  if (s != ST_OK) return s;
  if (format == 0) return encode_result(t, ext, ext_bytes);
  if (format != 1 && format != 2) return ST_E_ARGUMENT;
  size_t capacity = format == 1 ? st_iso19794_2_2005_encoded_bytes(t) : st_ansi378_2004_encoded_bytes(t);
  size_t written = 0;
  uint8_t *out = st_wasm_alloc((uint32_t)capacity);
  if (!out) return ST_E_NO_MEMORY;
  s = format == 1 ? st_iso19794_2_2005_encode(t, out, capacity, &written)
                  : st_ansi378_2004_encode(t, out, capacity, &written);
  if (s == ST_OK) result_data = out, result_bytes = (uint32_t)written;
  return s;
}

/* Result: i32 width, height, quality, position, count, extension offset, extension bytes, then
 * [x, y, angle, type, quality] per minutia. */
EXPORT("st_wasm_decode") int st_wasm_decode(const uint8_t *in, uint32_t length) {
  st_template *t = st_wasm_alloc(sizeof(st_template));
  if (!t) return ST_E_NO_MEMORY;
  const uint8_t *ext;
  uint32_t ext_bytes;
  st_status s = st_template_decode(in, length, t, &ext, &ext_bytes);
  if (s != ST_OK) return s;
  int32_t *f = st_wasm_alloc((uint32_t)(7 + 5 * t->count) * 4);
  if (!f) return ST_E_NO_MEMORY;
  f[0] = t->width, f[1] = t->height, f[2] = t->quality, f[3] = t->position, f[4] = t->count;
  f[5] = ext ? (int32_t)(ext - in) : 0, f[6] = (int32_t)ext_bytes;
  for (int i = 0; i < t->count; i++) {
    const st_minutia *m = &t->minutiae[i];
    int32_t *g = f + 7 + 5 * i;
    g[0] = m->x, g[1] = m->y, g[2] = m->angle, g[3] = m->type, g[4] = m->quality;
  }
  result_data = (const uint8_t *)f;
  result_bytes = (uint32_t)(7 + 5 * t->count) * 4;
  return ST_OK;
}

EXPORT("st_wasm_encode")
int st_wasm_encode(int width, int height, int quality, int position, const int32_t *fields, uint32_t count) {
  if (count > ST_MAX_MINUTIAE) return ST_E_TOO_MANY_MINUTIAE;
  if (width < 1 || height < 1 || width > ST_TEMPLATE_MAX_COORDINATE || height > ST_TEMPLATE_MAX_COORDINATE)
    return ST_E_IMAGE_SIZE_FIELD;
  if (quality < 0 || quality > 100) return ST_E_QUALITY_RANGE;
  if (position < 0 || position > 10) return ST_E_POSITION_RANGE;
  st_template *t = st_wasm_alloc(sizeof(st_template));
  if (!t) return ST_E_NO_MEMORY;
  t->width = (uint16_t)width, t->height = (uint16_t)height;
  t->quality = (uint8_t)quality, t->position = (uint8_t)position, t->count = (uint16_t)count;
  for (uint32_t i = 0; i < count; i++) {
    const int32_t *g = fields + 5 * i;
    if (g[0] < 0 || g[0] >= width || g[1] < 0 || g[1] >= height) return ST_E_COORDINATE_RANGE;
    if (g[2] < 0 || g[2] > 255) return ST_E_ANGLE_RANGE;
    if (g[3] < 0 || g[3] > ST_MINUTIA_BIFURCATION) return ST_E_MINUTIA_TYPE;
    if (g[4] < 0 || g[4] > 100) return ST_E_QUALITY_RANGE;
    st_minutia *m = &t->minutiae[i];
    m->x = (int16_t)g[0], m->y = (int16_t)g[1], m->angle = (uint8_t)g[2], m->type = (uint8_t)g[3];
    m->quality = (uint8_t)g[4];
  }
  return encode_result(t, 0, 0);
}

/* Matcher: statuses are the matcher's own (negative st_match_status); st_wasm_match_status_* name them. */
EXPORT("st_wasm_match_status_name") const char *st_wasm_match_status_name(int s) { return st_match_status_name(s); }
EXPORT("st_wasm_match_status_message") const char *st_wasm_match_status_message(int s) {
  return st_match_status_text(s);
}

/* Returns ST_OK with the prepared bytes as the result, a positive st_status (template decoding) or a negative
 * st_match_status. */
EXPORT("st_wasm_prepare") int st_wasm_prepare(const uint8_t *in, uint32_t length) {
  st_template *t = st_wasm_alloc(sizeof(st_template));
  uint8_t *out = st_wasm_alloc((uint32_t)st_prepared_max_size());
  if (!t || !out) return ST_E_NO_MEMORY;
  st_status s = st_template_decode(in, length, t, 0, 0);
  if (s != ST_OK) return s;
  long written = st_prepare(t, out, st_prepared_max_size());
  if (written < 0) return (int)written;
  result_data = out, result_bytes = (uint32_t)written;
  return ST_OK;
}

/* One scratch per instance (an instance serves one thread), outside the heap st_wasm_reset() rewinds: st_match
 * leaves it clean, so it is cleared once rather than on every comparison, as binding.c does per thread. */
static struct st_match_scratch scratch_memory;
static st_match_scratch *scratch;

/* Writes the score to *score; returns ST_MATCH_OK or a negative st_match_status. */
EXPORT("st_wasm_match") int st_wasm_match(const uint8_t *a, uint32_t a_size, const uint8_t *b, uint32_t b_size,
                                          float *score) {
  if (!scratch) scratch = st_match_scratch_init(&scratch_memory);
  return st_match(a, a_size, b, b_size, scratch, score);
}
