#include "iso19794_2_2005.h"

#include "finger_view.h"
#include "template_codec.h"

size_t st_iso19794_2_2005_encoded_bytes(const st_template *t) {
  return ST_ISO19794_2_2005_HEADER_BYTES + 4 + (size_t)t->count * 6 + 2;
}

st_status st_iso19794_2_2005_encode(const st_template *t, uint8_t *out, size_t capacity, size_t *written) {
  st_status s = st_template_validate(t);
  if (s != ST_OK) return s;
  size_t total = st_iso19794_2_2005_encoded_bytes(t);
  if (capacity < total) return ST_E_OUTPUT_TOO_SMALL;
  st_writer w = st_writer_init(out, capacity);
  st_format_identifier_write(&w);
  st_write_u32be(&w, (uint32_t)total);
  st_write_u16be(&w, 0); /* capture equipment: unspecified */
  st_image_header_write(&w, t);
  s = st_finger_view_write(&w, t, ST_ANGLE_ISO_256);
  if (s != ST_OK) return s;
  *written = w.offset;
  return ST_OK;
}

st_status st_iso19794_2_2005_decode(const uint8_t *in, size_t length, st_template *out) {
  if (!out) return ST_E_ARGUMENT;
  if (!in) return length ? ST_E_ARGUMENT : ST_E_TRUNCATED;
  st_reader r = st_reader_init(in, length);
  st_status s = st_format_identifier_read(&r);
  if (s != ST_OK) return s;
  uint32_t record_bytes = st_read_u32be(&r);
  if (r.overrun) return ST_E_TRUNCATED;
  if (record_bytes != length) return record_bytes > length ? ST_E_TRUNCATED : ST_E_LENGTH_MISMATCH;
  st_read_u16be(&r); /* capture equipment */
  return st_image_and_views_read(&r, length, ST_ANGLE_ISO_256, out);
}
