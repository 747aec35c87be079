#include "finger_view.h"

#include "template_codec.h"

st_status st_record_header_check(const st_record_header *h) {
  if (h->width == 0 || h->height == 0 || h->width > ST_TEMPLATE_MAX_COORDINATE ||
      h->height > ST_TEMPLATE_MAX_COORDINATE)
    return ST_E_IMAGE_SIZE_FIELD;
  if (h->x_resolution_ppcm < ST_PPCM_MIN || h->x_resolution_ppcm > ST_PPCM_MAX ||
      h->y_resolution_ppcm < ST_PPCM_MIN || h->y_resolution_ppcm > ST_PPCM_MAX)
    return ST_E_RESOLUTION;
  if (h->views == 0) return ST_E_NO_FINGER_VIEW;
  return ST_OK;
}

/* Pixels at `ppcm` to pixels at 500 dpi, rounded; 197 px/cm is taken as exactly 500 dpi. */
static int32_t to_500_dpi(uint32_t v, uint16_t ppcm) {
  if (ppcm == ST_PPCM_500_DPI) return (int32_t)v;
  uint64_t num = (uint64_t)v * 50000u;
  uint64_t den = (uint64_t)ppcm * 254u;
  return (int32_t)((num + den / 2) / den);
}

static st_status read_view(st_reader *r, const st_record_header *h, st_angle_unit unit, st_template *out) {
  uint8_t position = st_read_u8(r);
  st_read_u8(r); /* view number and impression type: not kept */
  uint8_t finger_quality = st_read_u8(r);
  uint8_t count = st_read_u8(r);
  if (r->overrun) return ST_E_TRUNCATED;
  if (position > 10) return ST_E_POSITION_RANGE;
  if (finger_quality > 100) return ST_E_QUALITY_RANGE;
  if (!st_reader_has(r, (size_t)count * 6)) return ST_E_COUNT_OVERRUN;
  int32_t width = to_500_dpi(h->width, h->x_resolution_ppcm);
  int32_t height = to_500_dpi(h->height, h->y_resolution_ppcm);
  if (width < 1 || height < 1 || width > ST_TEMPLATE_MAX_COORDINATE || height > ST_TEMPLATE_MAX_COORDINATE)
    return ST_E_IMAGE_SIZE_FIELD;
  out->width = (uint16_t)width;
  out->height = (uint16_t)height;
  out->quality = finger_quality;
  out->position = position;
  out->count = count;
  for (int i = 0; i < count; i++) {
    uint16_t tx = st_read_u16be(r);
    uint16_t y = st_read_u16be(r) & 0x3fff;
    uint8_t angle = st_read_u8(r);
    uint8_t quality = st_read_u8(r);
    uint8_t type_bits = (uint8_t)(tx >> 14);
    uint16_t x = tx & 0x3fff;
    if (type_bits == 3) return ST_E_MINUTIA_TYPE;
    if (x >= h->width || y >= h->height) return ST_E_COORDINATE_RANGE;
    if (quality > 100) return ST_E_QUALITY_RANGE;
    st_minutia *m = &out->minutiae[i];
    /* Record type bits: 01 ending, 10 bifurcation, 00 other: the same numbering as st_minutia_type. */
    m->type = type_bits;
    int32_t sx = to_500_dpi(x, h->x_resolution_ppcm), sy = to_500_dpi(y, h->y_resolution_ppcm);
    m->x = (int16_t)(sx < width ? sx : width - 1);
    m->y = (int16_t)(sy < height ? sy : height - 1);
    if (unit == ST_ANGLE_ANSI_2_DEGREES) {
      if (angle >= 180) return ST_E_ANGLE_RANGE;
      /* 2-degree steps to 256ths of a turn, rounded */
      m->angle = (uint8_t)(((uint32_t)angle * 512u + 180u) / 360u);
    } else {
      m->angle = angle;
    }
    m->quality = quality;
  }
  uint16_t extended_bytes = st_read_u16be(r);
  if (r->overrun) return ST_E_TRUNCATED;
  if (!st_reader_has(r, extended_bytes)) return ST_E_EXTENDED_DATA;
  st_reader_skip(r, extended_bytes);
  return ST_OK;
}

st_status st_finger_views_read(st_reader *r, const st_record_header *h, st_angle_unit unit, st_template *out) {
  st_status s = st_record_header_check(h);
  if (s != ST_OK) return s;
  for (int v = 0; v < h->views; v++) {
    st_template scratch;
    st_template *target = v == 0 ? out : &scratch;
    s = read_view(r, h, unit, target);
    if (s != ST_OK) return s;
  }
  return ST_OK;
}

st_status st_finger_view_write(st_writer *w, const st_template *t, st_angle_unit unit) {
  st_write_u8(w, t->position);
  st_write_u8(w, 0); /* view 0, impression type 0 (live-scan plain) */
  st_write_u8(w, t->quality);
  st_write_u8(w, (uint8_t)t->count);
  for (int i = 0; i < t->count; i++) {
    const st_minutia *m = &t->minutiae[i];
    st_write_u16be(w, (uint16_t)(((uint16_t)m->type << 14) | (uint16_t)m->x));
    st_write_u16be(w, (uint16_t)m->y);
    if (unit == ST_ANGLE_ANSI_2_DEGREES)
      st_write_u8(w, (uint8_t)((((uint32_t)m->angle * 360u + 256u) / 512u) % 180u));
    else
      st_write_u8(w, m->angle);
    st_write_u8(w, m->quality);
  }
  st_write_u16be(w, 0); /* no extended data */
  return w->overrun ? ST_E_OUTPUT_TOO_SMALL : ST_OK;
}

static const uint8_t format_identifier[8] = {'F', 'M', 'R', 0, ' ', '2', '0', 0};

void st_format_identifier_write(st_writer *w) {
  for (int i = 0; i < 8; i++) st_write_u8(w, format_identifier[i]);
}

st_status st_format_identifier_read(st_reader *r) {
  for (int i = 0; i < 8; i++) {
    uint8_t b = st_read_u8(r);
    if (r->overrun) return ST_E_TRUNCATED;
    if (b != format_identifier[i]) return i < 4 ? ST_E_BAD_MAGIC : ST_E_BAD_VERSION;
  }
  return ST_OK;
}

void st_image_header_write(st_writer *w, const st_template *t) {
  st_write_u16be(w, t->width);
  st_write_u16be(w, t->height);
  st_write_u16be(w, ST_PPCM_500_DPI);
  st_write_u16be(w, ST_PPCM_500_DPI);
  st_write_u8(w, 1);
  st_write_u8(w, 0);
}

st_status st_image_and_views_read(st_reader *r, size_t length, st_angle_unit unit, st_template *out) {
  st_record_header h;
  h.width = st_read_u16be(r);
  h.height = st_read_u16be(r);
  h.x_resolution_ppcm = st_read_u16be(r);
  h.y_resolution_ppcm = st_read_u16be(r);
  h.views = st_read_u8(r);
  st_read_u8(r);
  if (r->overrun) return ST_E_TRUNCATED;
  st_status s = st_finger_views_read(r, &h, unit, out);
  if (s != ST_OK) return s;
  return r->offset == length ? ST_OK : ST_E_LENGTH_MISMATCH;
}
