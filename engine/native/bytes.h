/* Bounds-checked big/little-endian readers and writers shared by the template codecs. */
#ifndef ST_BYTES_H
#define ST_BYTES_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
  const uint8_t *data;
  size_t length;
  size_t offset;
  int overrun; /* set once any read went past the end; reads then return 0 */
} st_reader;

typedef struct {
  uint8_t *data;
  size_t capacity;
  size_t offset;
  int overrun;
} st_writer;

static inline st_reader st_reader_init(const uint8_t *data, size_t length) {
  st_reader r = {data, length, 0, 0};
  return r;
}

static inline int st_reader_has(const st_reader *r, size_t n) {
  return !r->overrun && r->offset <= r->length && n <= r->length - r->offset;
}

static inline uint8_t st_read_u8(st_reader *r) {
  if (!st_reader_has(r, 1)) { r->overrun = 1; return 0; }
  return r->data[r->offset++];
}

static inline uint16_t st_read_u16be(st_reader *r) {
  if (!st_reader_has(r, 2)) { r->overrun = 1; return 0; }
  uint16_t v = (uint16_t)((r->data[r->offset] << 8) | r->data[r->offset + 1]);
  r->offset += 2;
  return v;
}

static inline uint32_t st_read_u32be(st_reader *r) {
  if (!st_reader_has(r, 4)) { r->overrun = 1; return 0; }
  const uint8_t *p = r->data + r->offset;
  r->offset += 4;
  return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

static inline uint16_t st_read_u16le(st_reader *r) {
  if (!st_reader_has(r, 2)) { r->overrun = 1; return 0; }
  uint16_t v = (uint16_t)(r->data[r->offset] | (r->data[r->offset + 1] << 8));
  r->offset += 2;
  return v;
}

static inline uint32_t st_read_u32le(st_reader *r) {
  if (!st_reader_has(r, 4)) { r->overrun = 1; return 0; }
  const uint8_t *p = r->data + r->offset;
  r->offset += 4;
  return ((uint32_t)p[3] << 24) | ((uint32_t)p[2] << 16) | ((uint32_t)p[1] << 8) | p[0];
}

static inline void st_reader_skip(st_reader *r, size_t n) {
  if (!st_reader_has(r, n)) { r->overrun = 1; return; }
  r->offset += n;
}

static inline st_writer st_writer_init(uint8_t *data, size_t capacity) {
  st_writer w = {data, capacity, 0, 0};
  return w;
}

static inline void st_write_u8(st_writer *w, uint8_t v) {
  if (w->overrun || w->offset >= w->capacity) { w->overrun = 1; return; }
  w->data[w->offset++] = v;
}

static inline void st_write_u16be(st_writer *w, uint16_t v) {
  st_write_u8(w, (uint8_t)(v >> 8));
  st_write_u8(w, (uint8_t)v);
}

static inline void st_write_u32be(st_writer *w, uint32_t v) {
  st_write_u16be(w, (uint16_t)(v >> 16));
  st_write_u16be(w, (uint16_t)v);
}

static inline void st_write_u16le(st_writer *w, uint16_t v) {
  st_write_u8(w, (uint8_t)v);
  st_write_u8(w, (uint8_t)(v >> 8));
}

static inline void st_write_u32le(st_writer *w, uint32_t v) {
  st_write_u16le(w, (uint16_t)v);
  st_write_u16le(w, (uint16_t)(v >> 16));
}

#endif
