#include "ansi378_2004.h"

#include "finger_view.h"
#include "template_codec.h"

static const uint8_t format_identifier[8] = {'F', 'M', 'R', 0, ' ', '2', '0', 0};

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
  for (int i = 0; i < 8; i++) st_write_u8(&w, format_identifier[i]);
  if (total <= 0xffff) {
    st_write_u16be(&w, (uint16_t)total);
  } else {
    st_write_u16be(&w, 0);
    st_write_u32be(&w, (uint32_t)total);
  }
  st_write_u32be(&w, 0); /* CBEFF product identifier: unregistered */
  st_write_u16be(&w, 0); /* equipment compliance and id */
  st_write_u16be(&w, t->width);
  st_write_u16be(&w, t->height);
  st_write_u16be(&w, ST_PPCM_500_DPI);
  st_write_u16be(&w, ST_PPCM_500_DPI);
  st_write_u8(&w, 1);
  st_write_u8(&w, 0);
  s = st_finger_view_write(&w, t, ST_ANGLE_ANSI_2_DEGREES);
  if (s != ST_OK) return s;
  *written = w.offset;
  return ST_OK;
}

st_status st_ansi378_2004_decode(const uint8_t *in, size_t length, st_template *out) {
  if (!out) return ST_E_ARGUMENT;
  if (!in) return length ? ST_E_ARGUMENT : ST_E_TRUNCATED;
  st_reader r = st_reader_init(in, length);
  for (int i = 0; i < 8; i++) {
    uint8_t b = st_read_u8(&r);
    if (r.overrun) return ST_E_TRUNCATED;
    if (b != format_identifier[i]) return i < 4 ? ST_E_BAD_MAGIC : ST_E_BAD_VERSION;
  }
  uint32_t record_bytes = st_read_u16be(&r);
  if (record_bytes == 0) record_bytes = st_read_u32be(&r);
  if (r.overrun) return ST_E_TRUNCATED;
  if (record_bytes != length) return record_bytes > length ? ST_E_TRUNCATED : ST_E_LENGTH_MISMATCH;
  st_read_u32be(&r); /* CBEFF product identifier */
  st_read_u16be(&r); /* equipment */
  st_record_header h;
  h.width = st_read_u16be(&r);
  h.height = st_read_u16be(&r);
  h.x_resolution_ppcm = st_read_u16be(&r);
  h.y_resolution_ppcm = st_read_u16be(&r);
  h.views = st_read_u8(&r);
  st_read_u8(&r);
  if (r.overrun) return ST_E_TRUNCATED;
  st_status s = st_finger_views_read(&r, &h, ST_ANGLE_ANSI_2_DEGREES, out);
  if (s != ST_OK) return s;
  if (r.offset != length) return ST_E_LENGTH_MISMATCH;
  return ST_OK;
}
