#include "ansi378_2004.h"

#include "finger_view.h"
#include "template_codec.h"

/* Header after the 2-byte length form: product id 4, equipment 2, size 4, resolution 4, views 1, reserved 1. */
#define ANSI_HEADER_AFTER_LENGTH_BYTES 16

size_t st_ansi378_2004_encoded_bytes(const st_template *t) {
  size_t body = ANSI_HEADER_AFTER_LENGTH_BYTES + 4 + (size_t)t->count * 6 + 2;
  size_t short_total = 8 + 2 + body;
  return short_total <= 0xffff ? short_total : 8 + 6 + body;
}

st_status st_ansi378_2004_encode(const st_template *t, uint8_t *out, size_t capacity, size_t *written) {
  st_status s = st_template_validate(t);
  if (s != ST_OK) return s;
  size_t total = st_ansi378_2004_encoded_bytes(t);
  if (capacity < total) return ST_E_OUTPUT_TOO_SMALL;
  st_writer w = st_writer_init(out, capacity);
  st_format_identifier_write(&w);
  if (total <= 0xffff) {
    st_write_u16be(&w, (uint16_t)total);
  } else {
    st_write_u16be(&w, 0);
    st_write_u32be(&w, (uint32_t)total);
  }
  st_write_u32be(&w, 0); /* CBEFF product identifier: unregistered */
  st_write_u16be(&w, 0); /* equipment compliance and id */
  st_image_header_write(&w, t);
  s = st_finger_view_write(&w, t, ST_ANGLE_ANSI_2_DEGREES);
  if (s != ST_OK) return s;
  *written = w.offset;
  return ST_OK;
}

st_status st_ansi378_2004_decode(const uint8_t *in, size_t length, st_template *out) {
  if (!out) return ST_E_ARGUMENT;
  if (!in) return length ? ST_E_ARGUMENT : ST_E_TRUNCATED;
  st_reader r = st_reader_init(in, length);
  st_status s = st_format_identifier_read(&r);
  if (s != ST_OK) return s;
  uint32_t record_bytes = st_read_u16be(&r);
  if (record_bytes == 0) record_bytes = st_read_u32be(&r);
  if (r.overrun) return ST_E_TRUNCATED;
  if (record_bytes != length) return record_bytes > length ? ST_E_TRUNCATED : ST_E_LENGTH_MISMATCH;
  st_read_u32be(&r); /* CBEFF product identifier */
  st_read_u16be(&r); /* equipment */
  return st_image_and_views_read(&r, length, ST_ANGLE_ANSI_2_DEGREES, out);
}
