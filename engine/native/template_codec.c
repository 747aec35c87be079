#include "template_codec.h"

#include "bytes.h"

static const uint8_t magic[4] = {'S', 'T', 'F', 'T'};

st_status st_template_validate(const st_template *t) {
  if (t->count > ST_MAX_MINUTIAE) return ST_E_TOO_MANY_MINUTIAE;
  if (t->quality > 100) return ST_E_QUALITY_RANGE;
  if (t->position > 10) return ST_E_POSITION_RANGE;
  if (t->width == 0 || t->height == 0 || t->width > ST_TEMPLATE_MAX_COORDINATE ||
      t->height > ST_TEMPLATE_MAX_COORDINATE)
    return ST_E_IMAGE_SIZE_FIELD;
  for (int i = 0; i < t->count; i++) {
    const st_minutia *m = &t->minutiae[i];
    if (m->x < 0 || m->y < 0 || m->x >= t->width || m->y >= t->height) return ST_E_COORDINATE_RANGE;
    if (m->type > ST_MINUTIA_BIFURCATION) return ST_E_MINUTIA_TYPE;
    if (m->quality > 100) return ST_E_QUALITY_RANGE;
  }
  return ST_OK;
}

size_t st_template_encoded_bytes(const st_template *t, uint32_t extension_bytes) {
  return ST_TEMPLATE_HEADER_BYTES + (size_t)t->count * ST_TEMPLATE_MINUTIA_BYTES + 4 + extension_bytes;
}

st_status st_template_encode(const st_template *t, const uint8_t *extension, uint32_t extension_bytes,
                             uint8_t *out, size_t capacity, size_t *written) {
  st_status s = st_template_validate(t);
  if (s != ST_OK) return s;
  if (extension_bytes > ST_TEMPLATE_MAX_EXTENSION_BYTES || (extension_bytes && !extension)) return ST_E_ARGUMENT;
  if (capacity < st_template_encoded_bytes(t, extension_bytes)) return ST_E_OUTPUT_TOO_SMALL;
  st_writer w = st_writer_init(out, capacity);
  for (int i = 0; i < 4; i++) st_write_u8(&w, magic[i]);
  st_write_u8(&w, ST_TEMPLATE_VERSION);
  st_write_u8(&w, 0);
  st_write_u16le(&w, t->width);
  st_write_u16le(&w, t->height);
  st_write_u8(&w, t->quality);
  st_write_u8(&w, t->position);
  st_write_u16le(&w, t->count);
  for (int i = 0; i < t->count; i++) {
    const st_minutia *m = &t->minutiae[i];
    st_write_u16le(&w, (uint16_t)((m->type << 14) | (uint16_t)m->x));
    st_write_u16le(&w, (uint16_t)m->y);
    st_write_u8(&w, m->angle);
    st_write_u8(&w, m->quality);
  }
  st_write_u32le(&w, extension_bytes);
  for (uint32_t i = 0; i < extension_bytes; i++) st_write_u8(&w, extension[i]);
  if (w.overrun) return ST_E_OUTPUT_TOO_SMALL;
  *written = w.offset;
  return ST_OK;
}

st_status st_template_decode(const uint8_t *in, size_t length, st_template *out, const uint8_t **extension,
                             uint32_t *extension_bytes) {
  if (!out) return ST_E_ARGUMENT;
  if (!in) return length ? ST_E_ARGUMENT : ST_E_TRUNCATED;
  st_reader r = st_reader_init(in, length);
  if (length < 4) return ST_E_TRUNCATED;
  for (int i = 0; i < 4; i++)
    if (st_read_u8(&r) != magic[i]) return ST_E_BAD_MAGIC;
  uint8_t version = st_read_u8(&r);
  if (r.overrun) return ST_E_TRUNCATED;
  if (version != ST_TEMPLATE_VERSION) return ST_E_BAD_VERSION;
  st_read_u8(&r);
  out->width = st_read_u16le(&r);
  out->height = st_read_u16le(&r);
  out->quality = st_read_u8(&r);
  out->position = st_read_u8(&r);
  uint16_t count = st_read_u16le(&r);
  if (r.overrun) return ST_E_TRUNCATED;
  if (count > ST_MAX_MINUTIAE) return ST_E_TOO_MANY_MINUTIAE;
  if (!st_reader_has(&r, (size_t)count * ST_TEMPLATE_MINUTIA_BYTES)) return ST_E_COUNT_OVERRUN;
  out->count = count;
  for (int i = 0; i < count; i++) {
    st_minutia *m = &out->minutiae[i];
    uint16_t tx = st_read_u16le(&r);
    m->type = (uint8_t)(tx >> 14);
    m->x = (int16_t)(tx & 0x3fff);
    uint16_t y = st_read_u16le(&r);
    if (y > ST_TEMPLATE_MAX_COORDINATE) return ST_E_COORDINATE_RANGE;
    m->y = (int16_t)y;
    m->angle = st_read_u8(&r);
    m->quality = st_read_u8(&r);
  }
  uint32_t ext = st_read_u32le(&r);
  if (r.overrun) return ST_E_TRUNCATED;
  if (ext > ST_TEMPLATE_MAX_EXTENSION_BYTES) return ST_E_LENGTH_MISMATCH;
  if (r.length - r.offset != ext) return ST_E_LENGTH_MISMATCH;
  if (extension) *extension = ext ? in + r.offset : 0;
  if (extension_bytes) *extension_bytes = ext;
  return st_template_validate(out);
}
