/* WSQ decoder (wsq.h). The arithmetic is single-precision float, one rounding per operation in the order the
 * NIST reference decoder performs them (table values divided by ten one step at a time, each synthesis output
 * accumulated low-pass taps first, then high-pass taps), because the specification leaves the rounding to the
 * reference implementation and a conforming decoder must give its bytes. Builds use -ffp-contract=off (no fused
 * multiply-add), which this file also asks for. */
#include "wsq.h"

#include "arena.h"
#include "bytes.h"
#include "st_fma.h"

#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

enum {
  MARKER_SOI = 0xFFA0,
  MARKER_EOI = 0xFFA1,
  MARKER_SOF = 0xFFA2,
  MARKER_SOB = 0xFFA3,
  MARKER_DTT = 0xFFA4,
  MARKER_DQT = 0xFFA5,
  MARKER_DHT = 0xFFA6,
  MARKER_DRT = 0xFFA7,
  MARKER_COM = 0xFFA8,
};

#define SUBBANDS 64
/* the last four subbands (the highest frequencies of the whole image) are never coded */
#define CODED_SUBBANDS 60
#define WAVELET_NODES 20
#define HUFFMAN_TABLES 8
#define HUFFMAN_MAX_BITS 16
#define HUFFMAN_MAX_VALUES 256
#define FRAME_HEADER_BYTES 17
#define BLOCK_HEADER_BYTES 3
#define QUANT_TABLE_BYTES (2 + 3 + SUBBANDS * 6)

typedef struct {
  int x, y, width, height;
} region;

typedef struct {
  float lo[ST_WSQ_MAX_TAPS], hi[ST_WSQ_MAX_TAPS];
  int lo_taps, hi_taps, defined;
} transform_table;

typedef struct {
  float bin_center, q[SUBBANDS], z[SUBBANDS];
  int defined;
} quant_table;

typedef struct {
  uint8_t counts[HUFFMAN_MAX_BITS];
  uint8_t values[HUFFMAN_MAX_VALUES];
  int value_count, defined;
} huffman_table;

typedef struct {
  transform_table dtt;
  quant_table dqt;
  huffman_table dht[HUFFMAN_TABLES];
  int have_frame, width, height;
  float m_shift, r_scale;
  int32_t ppi;
} wsq_state;

/* value / 10^scale as the reference reads every scaled table field: float, divided in double one step at a time. */
static float scaled(uint32_t value, unsigned scale) {
  float v = (float)value;
  while (scale-- > 0) v = (float)((double)v / 10.0);
  return v;
}

/* --- segments --- */

static st_status read_marker(st_reader *r, uint16_t *marker) {
  if (!st_reader_has(r, 2)) return ST_E_WSQ_TRUNCATED;
  uint16_t m = st_read_u16be(r);
  if (m < MARKER_SOI || m > MARKER_COM) return ST_E_WSQ_MARKER;
  *marker = m;
  return ST_OK;
}

/* The segment after a marker: its 2-byte length counts itself; the body must lie inside the stream. */
static st_status open_segment(st_reader *r, st_reader *body) {
  if (!st_reader_has(r, 2)) return ST_E_WSQ_TRUNCATED;
  uint16_t length = st_read_u16be(r);
  if (length < 2) return ST_E_WSQ_SEGMENT_LENGTH;
  if (!st_reader_has(r, (size_t)length - 2)) return ST_E_WSQ_TRUNCATED;
  *body = st_reader_init(r->data + r->offset, (size_t)length - 2);
  r->offset += (size_t)length - 2;
  return ST_OK;
}

/* A body read to its last byte, no further. */
static st_status close_segment(const st_reader *body) {
  return !body->overrun && body->offset == body->length ? ST_OK : ST_E_WSQ_SEGMENT_LENGTH;
}

static float read_filter_value(st_reader *b) {
  uint8_t negative = st_read_u8(b), scale = st_read_u8(b);
  float v = scaled(st_read_u32be(b), scale);
  return negative ? -v : v;
}

/* One filter from its stored half: odd lengths hold centre..end, even lengths the upper half. The stored filter
 * is the analysis filter of the other band; the synthesis filter alternates its signs ((-1)^k from the centre). */
static void read_filter(st_reader *b, float *taps, int count, int sign_offset) {
  int stored = (count + 1) / 2, last = stored - 1;
  for (int k = 0; k < stored; k++) {
    float v = read_filter_value(b);
    if ((k + sign_offset) & 1) v = -v;
    if (count & 1) {
      taps[last + k] = v;
      taps[last - k] = v;
    } else if (sign_offset == 0) { /* even high-pass: antisymmetric */
      taps[last + 1 + k] = v;
      taps[last - k] = -v;
    } else { /* even low-pass: symmetric */
      taps[last + 1 + k] = v;
      taps[last - k] = v;
    }
  }
}

static st_status read_transform_table(st_reader *b, transform_table *t) {
  int hi_taps = st_read_u8(b), lo_taps = st_read_u8(b);
  if (b->overrun) return ST_E_WSQ_SEGMENT_LENGTH;
  /* both odd (whole-sample symmetric, e.g. 9/7) or both even (half-sample); an odd high-pass needs 3 taps */
  if (hi_taps < 2 || lo_taps < 2 || hi_taps > ST_WSQ_MAX_TAPS || lo_taps > ST_WSQ_MAX_TAPS ||
      (hi_taps & 1) != (lo_taps & 1) || (hi_taps & 1 && hi_taps < 3))
    return ST_E_WSQ_TABLE;
  read_filter(b, t->hi, hi_taps, 0);
  read_filter(b, t->lo, lo_taps, (lo_taps & 1) ? 0 : 1);
  for (int i = 0; i < hi_taps; i++)
    if (!(t->hi[i] - t->hi[i] == 0.0f)) return ST_E_WSQ_TABLE; /* infinite */
  for (int i = 0; i < lo_taps; i++)
    if (!(t->lo[i] - t->lo[i] == 0.0f)) return ST_E_WSQ_TABLE;
  t->hi_taps = hi_taps, t->lo_taps = lo_taps, t->defined = 1;
  return close_segment(b);
}

static st_status read_quant_table(st_reader *b, quant_table *t) {
  if (b->length != QUANT_TABLE_BYTES - 2) return ST_E_WSQ_SEGMENT_LENGTH;
  uint8_t scale = st_read_u8(b);
  t->bin_center = scaled(st_read_u16be(b), scale);
  for (int i = 0; i < SUBBANDS; i++) {
    scale = st_read_u8(b);
    t->q[i] = scaled(st_read_u16be(b), scale);
    scale = st_read_u8(b);
    t->z[i] = scaled(st_read_u16be(b), scale);
  }
  t->defined = 1;
  return close_segment(b);
}

/* Canonical (JPEG-style) code lengths must fit: at each length no more codes than the length can hold. */
static int huffman_counts_valid(const uint8_t *counts) {
  uint32_t code = 0;
  for (int len = 1; len <= HUFFMAN_MAX_BITS; len++) {
    code += counts[len - 1];
    if (code > (1u << len)) return 0;
    code <<= 1;
  }
  return 1;
}

static st_status read_huffman_tables(st_reader *b, wsq_state *s) {
  int seen = 0; /* ids defined by this segment: one segment may not define an id twice */
  if (b->length == 0) return ST_E_WSQ_SEGMENT_LENGTH;
  while (b->offset < b->length) {
    uint8_t id = st_read_u8(b);
    if (!st_reader_has(b, HUFFMAN_MAX_BITS)) return ST_E_WSQ_SEGMENT_LENGTH;
    if (id >= HUFFMAN_TABLES || (seen >> id) & 1) return ST_E_WSQ_TABLE;
    huffman_table *t = &s->dht[id];
    int total = 0;
    for (int i = 0; i < HUFFMAN_MAX_BITS; i++) total += t->counts[i] = st_read_u8(b);
    if (total == 0 || total > HUFFMAN_MAX_VALUES || !huffman_counts_valid(t->counts)) return ST_E_WSQ_TABLE;
    if (!st_reader_has(b, (size_t)total)) return ST_E_WSQ_SEGMENT_LENGTH;
    for (int i = 0; i < total; i++) t->values[i] = st_read_u8(b);
    t->value_count = total, t->defined = 1;
    seen |= 1 << id;
  }
  return close_segment(b);
}

static st_status read_frame_header(st_reader *b, wsq_state *s) {
  if (b->length != FRAME_HEADER_BYTES - 2) return ST_E_WSQ_SEGMENT_LENGTH;
  st_read_u8(b), st_read_u8(b); /* black and white calibration values: not used by the reconstruction */
  s->height = st_read_u16be(b);
  s->width = st_read_u16be(b);
  uint8_t scale = st_read_u8(b);
  s->m_shift = scaled(st_read_u16be(b), scale);
  scale = st_read_u8(b);
  s->r_scale = scaled(st_read_u16be(b), scale);
  st_read_u8(b), st_read_u16be(b); /* encoder number, software implementation number */
  if (s->width < 1 || s->height < 1) return ST_E_IMAGE_SIZE;
  s->have_frame = 1;
  return close_segment(b);
}

/* NIST_COM comments are "KEY value" lines; "PPI n" gives the resolution (-1 or absent: unknown). */
static void read_comment(st_reader *b, wsq_state *s) {
  const uint8_t *t = b->data;
  size_t n = b->length;
  static const char tag[] = "NIST_COM";
  if (n < 8) return;
  for (int i = 0; i < 8; i++)
    if (t[i] != (uint8_t)tag[i]) return;
  for (size_t i = 0; i + 4 <= n; i++) {
    if ((i == 0 || t[i - 1] == '\n') && t[i] == 'P' && t[i + 1] == 'P' && t[i + 2] == 'I' && t[i + 3] == ' ') {
      size_t j = i + 4;
      int32_t v = 0, digits = 0;
      if (j < n && t[j] == '-') return;
      while (j < n && t[j] >= '0' && t[j] <= '9' && digits < 6) v = v * 10 + (t[j++] - '0'), digits++;
      if (digits > 0 && v > 0 && s->ppi < 0) s->ppi = v;
      return;
    }
  }
}

/* DTT, DQT, DHT, DRT (restart interval: no restart markers are used, the value is read and ignored) or COM. */
static st_status read_table(st_reader *r, uint16_t marker, wsq_state *s) {
  st_reader body;
  st_status st = open_segment(r, &body);
  if (st != ST_OK) return st;
  switch (marker) {
    case MARKER_DTT: return read_transform_table(&body, &s->dtt);
    case MARKER_DQT: return read_quant_table(&body, &s->dqt);
    case MARKER_DHT: return read_huffman_tables(&body, s);
    case MARKER_DRT: return body.length == 2 ? ST_OK : ST_E_WSQ_SEGMENT_LENGTH;
    case MARKER_COM: read_comment(&body, s); return ST_OK;
    default: return ST_E_WSQ_MARKER;
  }
}

/* --- entropy-coded blocks --- */

typedef struct {
  int32_t maxcode[HUFFMAN_MAX_BITS + 1], mincode[HUFFMAN_MAX_BITS + 1];
  int valptr[HUFFMAN_MAX_BITS + 1];
  const huffman_table *table;
} huffman_decoder;

static void huffman_decoder_init(huffman_decoder *d, const huffman_table *t) {
  int32_t code = 0;
  int k = 0;
  d->table = t;
  for (int len = 1; len <= HUFFMAN_MAX_BITS; len++) {
    int n = t->counts[len - 1];
    d->valptr[len] = k, d->mincode[len] = code;
    d->maxcode[len] = n ? code + n - 1 : -1;
    code = (code + n) << 1;
    k += n;
  }
}

/* Bits of the block data, most significant first; 0xFF is followed by a stuffed 0x00, any other byte after 0xFF is
 * the marker that ends the block. */
typedef struct {
  const uint8_t *data;
  size_t length, offset;
  uint32_t byte;
  int left;
  uint16_t marker;
} bit_reader;

enum { BITS_OK = 0, BITS_MARKER = 1, BITS_END = 2 };

static int next_byte(bit_reader *b) {
  if (b->offset >= b->length) return BITS_END;
  uint8_t v = b->data[b->offset++];
  if (v == 0xFF) {
    if (b->offset >= b->length) return BITS_END;
    uint8_t next = b->data[b->offset++];
    if (next != 0) {
      b->marker = (uint16_t)(0xFF00 | next);
      return BITS_MARKER;
    }
  }
  b->byte = v, b->left = 8;
  return BITS_OK;
}

static inline int next_bit(bit_reader *b, int *bit) {
  if (b->left == 0) {
    int e = next_byte(b);
    if (e != BITS_OK) return e;
  }
  b->left--;
  *bit = (int)(b->byte >> b->left) & 1;
  return BITS_OK;
}

/* The n bits after an escape code: a marker here is an error, not the end of the block. */
static st_status escape_bits(bit_reader *b, int n, int32_t *value) {
  int32_t v = 0;
  for (int i = 0; i < n; i++) {
    int bit = 0, e = next_bit(b, &bit);
    if (e == BITS_END) return ST_E_WSQ_TRUNCATED;
    if (e == BITS_MARKER) return ST_E_WSQ_HUFFMAN;
    v = v << 1 | bit;
  }
  *value = v;
  return ST_OK;
}

/* Decodes one block's codes into coeffs[*count..] until the marker that ends it (left in *marker). Symbols:
 * 1..100 a run of that many zeros, 101/102 a +/- 8-bit value, 103/104 a +/- 16-bit value, 105/106 an 8/16-bit
 * zero run, 107..254 the value symbol - 180. */
static st_status decode_block(st_reader *r, const huffman_decoder *d, int32_t *coeffs, size_t capacity,
                              size_t *count, uint16_t *marker) {
  bit_reader b = {r->data, r->length, r->offset, 0, 0, 0};
  size_t n = *count;
  st_status st = ST_OK;
  for (;;) {
    int bit = 0, e = next_bit(&b, &bit), len = 1;
    int32_t code = bit;
    while (e == BITS_OK && code > d->maxcode[len]) {
      if (len == HUFFMAN_MAX_BITS) {
        st = ST_E_WSQ_HUFFMAN;
        goto done;
      }
      e = next_bit(&b, &bit);
      code = code << 1 | bit, len++;
    }
    if (e == BITS_MARKER) break;
    if (e == BITS_END) {
      st = ST_E_WSQ_TRUNCATED;
      goto done;
    }
    int index = d->valptr[len] + code - d->mincode[len];
    if (index < 0 || index >= d->table->value_count) {
      st = ST_E_WSQ_HUFFMAN;
      goto done;
    }
    int symbol = d->table->values[index];
    int32_t value = 0, zeros = 0;
    if (symbol >= 1 && symbol <= 100) zeros = symbol;
    else if (symbol >= 107 && symbol <= 254) value = symbol - 180;
    else if (symbol >= 101 && symbol <= 106) {
      st = escape_bits(&b, symbol == 101 || symbol == 102 || symbol == 105 ? 8 : 16, &value);
      if (st != ST_OK) goto done;
      if (symbol == 102 || symbol == 104) value = -value;
      if (symbol >= 105) zeros = value, value = 0;
    } else {
      st = ST_E_WSQ_HUFFMAN;
      goto done;
    }
    if (symbol <= 100 || symbol == 105 || symbol == 106) {
      if ((size_t)zeros > capacity - n) {
        st = ST_E_WSQ_HUFFMAN;
        goto done;
      }
      for (int32_t i = 0; i < zeros; i++) coeffs[n++] = 0;
    } else {
      if (n >= capacity) {
        st = ST_E_WSQ_HUFFMAN;
        goto done;
      }
      coeffs[n++] = value;
    }
  }
  *marker = b.marker;
done:
  r->offset = b.offset;
  *count = n;
  return st;
}

/* --- decomposition geometry --- */

/* Splits r into four quarters (0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right). An odd side gives its
 * larger half first unless small_first. */
static void split_quarters(region r, int small_first_x, int small_first_y, region *out) {
  int left = r.width / 2, top = r.height / 2;
  if (r.width & 1) left = small_first_x ? (r.width - 1) / 2 : (r.width + 1) / 2;
  if (r.height & 1) top = small_first_y ? (r.height - 1) / 2 : (r.height + 1) / 2;
  int right = r.width - left, bottom = r.height - top;
  out[0] = (region){r.x, r.y, left, top};
  out[1] = (region){r.x + left, r.y, right, top};
  out[2] = (region){r.x, r.y + top, left, bottom};
  out[3] = (region){r.x + left, r.y + top, right, bottom};
}

typedef struct {
  region area;
  int invert_rows, invert_columns; /* the high band comes first along rows / columns */
} wavelet_node;

/* The 20 two-dimensional splits of the decomposition (the specification's wavelet tree), each rebuilt in reverse
 * order; node 0 is the whole image. */
static void build_wavelet_tree(int width, int height, wavelet_node *w) {
  static const uint8_t invert_rows[] = {2, 4, 7, 9, 11, 13, 16, 18};
  static const uint8_t invert_columns[] = {3, 5, 8, 9, 12, 13, 17, 18};
  region q[4];
  for (int i = 0; i < WAVELET_NODES; i++) w[i].invert_rows = w[i].invert_columns = 0;
  for (int i = 0; i < 8; i++) w[invert_rows[i]].invert_rows = w[invert_columns[i]].invert_columns = 1;
  w[0].area = (region){0, 0, width, height};
  split_quarters(w[0].area, 0, 0, q);
  for (int i = 0; i < 3; i++) w[1 + i].area = q[i];
  /* node 1 (the low band) splits into a low quarter (14) and the two mixed ones (4 right, 5 below), each split
   * again; node 4's odd width and node 5's odd height give their smaller half first */
  region low;
  split_quarters(w[1].area, 0, 0, q);
  low = q[0];
  w[4].area = q[1];
  w[5].area = q[2];
  w[14].area = low;
  split_quarters(w[4].area, 1, 0, q);
  for (int i = 0; i < 4; i++) w[6 + i].area = q[i];
  split_quarters(w[5].area, 0, 1, q);
  for (int i = 0; i < 4; i++) w[10 + i].area = q[i];
  split_quarters(w[14].area, 0, 0, q);
  for (int i = 0; i < 4; i++) w[15 + i].area = q[i];
  split_quarters(w[15].area, 0, 0, q);
  w[19].area = (region){w[15].area.x, w[15].area.y, q[0].width, q[0].height};
}

/* Sixteen subbands of one area: its four quarters (an odd side gives the larger part first, or the smaller when
 * small_first), each quartered again with the larger part towards the area's top-left corner. */
static void split_sixteen(region r, int small_first_x, int small_first_y, region *bands) {
  region quarter[4];
  split_quarters(r, small_first_x, small_first_y, quarter);
  for (int i = 0; i < 4; i++) split_quarters(quarter[i], i & 1, i >> 1, bands + 4 * i);
}

/* The 64 subbands in coding order (the specification's quantisation tree). */
static void build_subbands(const wavelet_node *w, region *bands) {
  region sixteen[16];
  split_sixteen(w[14].area, 0, 0, sixteen);
  for (int i = 0; i < 16; i++) bands[3 + i] = sixteen[i];
  split_sixteen(w[4].area, 1, 0, sixteen);
  for (int i = 0; i < 16; i++) bands[19 + i] = sixteen[i];
  /* bands 51..63 are the last thirteen of the whole image's split, 35..50 the sixteen of node 5's */
  split_sixteen(w[0].area, 0, 0, sixteen);
  for (int i = 3; i < 16; i++) bands[48 + i] = sixteen[i];
  split_sixteen(w[5].area, 0, 1, sixteen);
  for (int i = 0; i < 16; i++) bands[35 + i] = sixteen[i];
  split_quarters(w[19].area, 0, 0, bands);
}

/* --- inverse transform --- */

/* Synthesis of one line of n samples from its two half bands (low: ceil(n/2), high: floor(n/2)), with the
 * boundary extension the reference uses: a cursor over each band that reflects at the ends, repeating the end
 * sample where the extension is half-sample symmetric, and for even-length filters the high band's antisymmetric
 * extension as signs. */
typedef struct {
  const float *lo, *hi; /* hi already negated for even-length filters */
  int lo_taps, hi_taps, odd_filters;
  int n, odd_n, lo_len, hi_len;
  int lo_centre, hi_centre, lo_phase, hi_phase;
  int lo_left_repeat, lo_right_repeat, hi_left_repeat, hi_right_repeat, hi_right_count;
  float hi_sign;
} line_synthesis;

static int line_synthesis_init(line_synthesis *p, const transform_table *t, const float *hi, int n) {
  p->lo = t->lo, p->hi = hi, p->lo_taps = t->lo_taps, p->hi_taps = t->hi_taps;
  p->odd_filters = t->lo_taps & 1;
  p->n = n, p->odd_n = n & 1;
  p->lo_len = (n + 1) / 2, p->hi_len = n / 2;
  if (p->odd_filters) {
    p->lo_centre = (t->lo_taps - 1) / 4, p->hi_centre = (t->hi_taps + 1) / 4 - 1;
    p->lo_phase = ((t->lo_taps - 1) / 2) % 2, p->hi_phase = ((t->hi_taps + 1) / 2) % 2;
    p->lo_left_repeat = 0, p->lo_right_repeat = !p->odd_n;
    p->hi_left_repeat = 1, p->hi_right_repeat = p->odd_n;
    p->hi_sign = 1.0f, p->hi_right_count = 0;
  } else {
    p->lo_centre = t->lo_taps / 4 - 1, p->hi_centre = t->hi_taps / 4 - 1;
    p->lo_phase = (t->lo_taps / 2) % 2, p->hi_phase = (t->hi_taps / 2) % 2;
    p->lo_left_repeat = 1, p->lo_right_repeat = !p->odd_n;
    p->hi_left_repeat = 1, p->hi_right_repeat = 1;
    if (p->lo_centre < 0) p->lo_centre = 0, p->lo_left_repeat = 0;
    if (p->hi_centre < 0) p->hi_centre = 0, p->hi_left_repeat = 0;
    p->hi_sign = -1.0f, p->hi_right_count = 2;
  }
  /* the cursors must start inside their bands */
  return n >= 2 && p->lo_centre < p->lo_len && p->hi_centre < p->hi_len;
}

typedef struct {
  int pos, step, left_repeat, right_repeat;
} cursor;

/* The synthesis of a line is the same for every line of a node, so it is recorded once as operations on line
 * positions (in the reference's order) and then run over all lines: a column pass then walks rows of memory. */
enum { OP_ZERO, OP_MUL, OP_FMA, OP_ADD, OP_ADD_TIMES_ZERO };
typedef struct {
  int32_t kind, dst, src;
  float coef;
} synth_op;

typedef struct {
  synth_op *ops;
  size_t count, capacity;
  int fault; /* a position outside its band or the line, or no room: refused, never read */
} synth_plan;

static void emit(synth_plan *pl, int kind, int dst, int src, float coef) {
  if (pl->count >= pl->capacity) {
    pl->fault = 1;
    return;
  }
  pl->ops[pl->count++] = (synth_op){kind, dst, src, coef};
}

static int band_position(synth_plan *pl, int offset, int len, int pos) {
  if ((unsigned)pos >= (unsigned)len) pl->fault = 1;
  return offset + pos;
}

/* Low-pass taps phase, phase+2, ... from cursor c: read, then turn at an end, then move. */
static void low_sum(const line_synthesis *p, synth_plan *pl, int offset, cursor c, int phase, int dst) {
  emit(pl, OP_MUL, dst, band_position(pl, offset, p->lo_len, c.pos), p->lo[phase]);
  for (int i = phase + 2; i < p->lo_taps; i += 2) {
    if (c.pos == 0) {
      if (c.left_repeat) c.step = 0, c.left_repeat = 0;
      else c.step = 1;
    }
    if (c.pos == p->lo_len - 1) {
      if (c.right_repeat) c.step = 0, c.right_repeat = 0;
      else c.step = -1;
    }
    c.pos += c.step;
    emit(pl, OP_FMA, dst, band_position(pl, offset, p->lo_len, c.pos), p->lo[i]);
  }
}

/* High-pass taps phase, phase+2, ... added: turn at an end (setting the extension's sign), read, move. The sign
 * is +1, -1 or 0: x * hi * sign is x * (hi * sign) exactly, except 0 (kept as a product, as the reference). */
static void high_sum(const line_synthesis *p, synth_plan *pl, int offset, cursor c, int phase, float sign,
                     int *right_count, int dst) {
  int asym = !p->odd_filters;
  for (int i = phase; i < p->hi_taps; i += 2) {
    if (c.pos == 0) {
      if (c.left_repeat) c.step = 0, c.left_repeat = 0;
      else c.step = 1, sign = 1.0f;
    }
    if (c.pos == p->hi_len - 1) {
      if (c.right_repeat) {
        c.step = 0, c.right_repeat = 0;
        if (asym && p->odd_n) {
          c.right_repeat = 1;
          (*right_count)--;
          sign = (float)*right_count;
          if (sign == 0.0f) c.right_repeat = 0;
        }
      } else {
        c.step = -1;
        if (asym) sign = -1.0f;
      }
    }
    int src = band_position(pl, offset, p->hi_len, c.pos);
    if (sign == 0.0f) emit(pl, OP_ADD_TIMES_ZERO, dst, src, p->hi[i]);
    else emit(pl, OP_ADD, dst, src, sign < 0 ? -p->hi[i] : p->hi[i]);
    c.pos += c.step;
  }
}

static void plan_line(const line_synthesis *p, int hi_first, synth_plan *pl) {
  int lo_offset = hi_first ? p->hi_len : 0, hi_offset = hi_first ? 0 : p->lo_len;
  int n = p->n, out_lo = 0, out_hi = 0;
  cursor lc = {p->lo_centre, -1, p->lo_left_repeat, p->lo_right_repeat};
  cursor hc = {p->hi_centre, -1, p->hi_left_repeat, p->hi_right_repeat};
  int lo_phase = p->lo_phase, hi_phase = p->hi_phase, right_count = 0;
  float hi_sign = p->hi_sign;
  pl->count = 0, pl->fault = 0;
  emit(pl, OP_ZERO, 0, 0, 0.0f);
  emit(pl, OP_ZERO, 1, 0, 0.0f);
  for (int pix = 0; pix < p->hi_len; pix++) {
    for (int tap = lo_phase; tap >= 0; tap--) low_sum(p, pl, lo_offset, lc, tap, out_lo++);
    if (lc.pos == 0) {
      if (lc.left_repeat) lc.step = 0, lc.left_repeat = 0;
      else lc.step = 1;
    }
    lc.pos += lc.step;
    lo_phase = 1;
    for (int tap = hi_phase; tap >= 0; tap--) {
      right_count = p->hi_right_count;
      high_sum(p, pl, hi_offset, hc, tap, hi_sign, &right_count, out_hi++);
    }
    if (hc.pos == 0) {
      if (hc.left_repeat) hc.step = 0, hc.left_repeat = 0;
      else hc.step = 1, hi_sign = 1.0f;
    }
    hc.pos += hc.step;
    hi_phase = 1;
  }
  int lo_last = p->odd_n ? (p->lo_phase ? 1 : 0) : (p->lo_phase ? 2 : 1);
  for (int tap = 1; tap >= lo_last; tap--) low_sum(p, pl, lo_offset, lc, tap, out_lo++);
  int hi_last;
  if (p->odd_n) {
    hi_last = p->hi_phase ? 1 : 0;
    if (p->hi_taps == 2) hc.pos -= hc.step, right_count = 1;
  } else {
    hi_last = p->hi_phase ? 2 : 1;
  }
  for (int tap = 1; tap >= hi_last; tap--) {
    if (p->hi_taps != 2) right_count = p->hi_right_count;
    high_sum(p, pl, hi_offset, hc, tap, hi_sign, &right_count, out_hi++);
  }
  if (out_lo > n || out_hi > n) pl->fault = 1;
}

/* One line, positions step 1 apart. */
static void run_plan_line(const synth_plan *pl, float *dst, const float *src) {
  for (size_t k = 0; k < pl->count; k++) {
    const synth_op *o = &pl->ops[k];
    float x = src[o->src], *d = &dst[o->dst];
    switch (o->kind) {
      case OP_ZERO: *d = 0.0f; break;
      case OP_MUL: *d = x * o->coef; break;
      case OP_FMA: *d = st_fmaf(x, o->coef, *d); break;
      case OP_ADD: *d = *d + x * o->coef; break;
      default: *d = *d + x * o->coef * 0.0f;
    }
  }
}

/* Every column of a width-wide area at once: position k of the line is row k (rows `stride` floats apart). */
static void run_plan_columns(const synth_plan *pl, float *dst, const float *src, int width, size_t stride) {
  for (size_t k = 0; k < pl->count; k++) {
    const synth_op *o = &pl->ops[k];
    float *d = dst + (size_t)o->dst * stride;
    const float *x = src + (size_t)o->src * stride;
    float c = o->coef;
    switch (o->kind) {
      case OP_ZERO:
        for (int i = 0; i < width; i++) d[i] = 0.0f;
        break;
      case OP_MUL:
        for (int i = 0; i < width; i++) d[i] = x[i] * c;
        break;
      case OP_FMA:
        for (int i = 0; i < width; i++) d[i] = st_fmaf(x[i], c, d[i]);
        break;
      case OP_ADD:
        for (int i = 0; i < width; i++) d[i] = d[i] + x[i] * c;
        break;
      default:
        for (int i = 0; i < width; i++) d[i] = d[i] + x[i] * c * 0.0f;
    }
  }
}

/* Operations a line of n samples can need (plan_line emits at most this many; more is a fault). */
static size_t plan_capacity(int n) { return (size_t)n * (ST_WSQ_MAX_TAPS + 2) + 8; }

static st_status reconstruct(const wsq_state *s, const wavelet_node *w, float *image, float *temp, synth_plan *pl) {
  float hi[ST_WSQ_MAX_TAPS];
  const transform_table *t = &s->dtt;
  for (int i = 0; i < t->hi_taps; i++) hi[i] = (t->lo_taps & 1) ? t->hi[i] : -t->hi[i];
  size_t width = (size_t)s->width;
  for (int node = WAVELET_NODES - 1; node >= 0; node--) {
    region a = w[node].area;
    float *base = image + (size_t)a.y * width + a.x;
    line_synthesis columns, rows;
    if (!line_synthesis_init(&columns, t, hi, a.height) || !line_synthesis_init(&rows, t, hi, a.width))
      return ST_E_IMAGE_SIZE;
    plan_line(&columns, w[node].invert_columns, pl);
    if (pl->fault) return ST_E_IMAGE_SIZE;
    run_plan_columns(pl, temp, base, a.width, width);
    plan_line(&rows, w[node].invert_rows, pl);
    if (pl->fault) return ST_E_IMAGE_SIZE;
    for (int y = 0; y < a.height; y++) run_plan_line(pl, base + (size_t)y * width, temp + (size_t)y * width);
  }
  return ST_OK;
}

/* --- whole stream --- */

static st_status check_frame_size(const wsq_state *s, wavelet_node *w) {
  if ((int64_t)s->width * s->height > ST_WSQ_MAX_PIXELS) return ST_E_IMAGE_SIZE;
  build_wavelet_tree(s->width, s->height, w);
  for (int i = 0; i < WAVELET_NODES; i++)
    if (w[i].area.width < 2 || w[i].area.height < 2) return ST_E_IMAGE_SIZE;
  return ST_OK;
}

/* Reads from SOI; stops after the frame header when coeffs is NULL, else decodes every block up to EOI. */
static st_status parse(const uint8_t *in, size_t length, wsq_state *s, int32_t *coeffs, size_t capacity,
                       size_t *decoded) {
  st_reader r = st_reader_init(in, length);
  uint16_t marker = 0, pending = 0;
  int blocks = 0;
  st_status st = read_marker(&r, &marker);
  if (st != ST_OK) return st;
  if (marker != MARKER_SOI) return ST_E_WSQ_MARKER;
  for (;;) {
    if (pending) marker = pending, pending = 0;
    else if ((st = read_marker(&r, &marker)) != ST_OK) return st;
    switch (marker) {
      case MARKER_SOF: {
        st_reader body;
        if (s->have_frame) return ST_E_WSQ_MARKER;
        if ((st = open_segment(&r, &body)) != ST_OK || (st = read_frame_header(&body, s)) != ST_OK) return st;
        if (!coeffs) return ST_OK;
        if ((size_t)s->width * (size_t)s->height > capacity) return ST_E_NO_MEMORY;
        break;
      }
      case MARKER_SOB: {
        st_reader body;
        if (!s->have_frame) return ST_E_WSQ_MARKER;
        if ((st = open_segment(&r, &body)) != ST_OK) return st;
        if (body.length != BLOCK_HEADER_BYTES - 2) return ST_E_WSQ_SEGMENT_LENGTH;
        uint8_t id = st_read_u8(&body);
        if (id >= HUFFMAN_TABLES || !s->dht[id].defined) return ST_E_WSQ_TABLE_MISSING;
        huffman_decoder d;
        huffman_decoder_init(&d, &s->dht[id]);
        if ((st = decode_block(&r, &d, coeffs, capacity, decoded, &pending)) != ST_OK) return st;
        if (pending < MARKER_SOI || pending > MARKER_COM) return ST_E_WSQ_MARKER;
        blocks++;
        break;
      }
      case MARKER_EOI:
        if (!s->have_frame || blocks == 0) return ST_E_WSQ_MARKER;
        return ST_OK;
      case MARKER_SOI: return ST_E_WSQ_MARKER;
      default:
        if ((st = read_table(&r, marker, s)) != ST_OK) return st;
    }
  }
}

static void state_init(wsq_state *s) {
  uint8_t *p = (uint8_t *)s;
  for (size_t i = 0; i < sizeof *s; i++) p[i] = 0;
  s->ppi = -1;
}

st_status st_wsq_read_info(const uint8_t *in, size_t length, st_wsq_info *info) {
  wsq_state s;
  wavelet_node w[WAVELET_NODES];
  state_init(&s);
  if (!in) return ST_E_WSQ_TRUNCATED;
  st_status st = parse(in, length, &s, 0, 0, 0);
  if (st == ST_OK) st = check_frame_size(&s, w);
  if (st != ST_OK) return st;
  info->width = s.width, info->height = s.height, info->ppi = s.ppi;
  return ST_OK;
}

size_t st_wsq_workspace_bytes(int32_t width, int32_t height) {
  if (width < 1 || height < 1 || (int64_t)width * height > ST_WSQ_MAX_PIXELS) return 0;
  /* the coefficients (later the transform's scratch rows), the float image and one line's synthesis plan */
  size_t side = (size_t)(width > height ? width : height);
  return 2 * (size_t)width * (size_t)height * sizeof(float) + plan_capacity((int)side) * sizeof(synth_op) +
         3 * ST_ARENA_ALIGN;
}

st_status st_wsq_decode(const uint8_t *in, size_t length, void *workspace, size_t workspace_bytes, uint8_t *gray,
                        size_t gray_bytes, st_wsq_info *info) {
  wsq_state s;
  wavelet_node w[WAVELET_NODES];
  region bands[SUBBANDS];
  state_init(&s);
  if (!in) return ST_E_WSQ_TRUNCATED;
  st_status st = parse(in, length, &s, 0, 0, 0);
  if (st == ST_OK) st = check_frame_size(&s, w);
  if (st != ST_OK) return st;
  size_t pixels = (size_t)s.width * (size_t)s.height;
  if (gray_bytes < pixels) return ST_E_OUTPUT_TOO_SMALL;
  st_arena arena = st_arena_init(workspace, workspace_bytes);
  int32_t *coeffs = st_arena_alloc(&arena, pixels * sizeof(int32_t));
  float *image = st_arena_alloc(&arena, pixels * sizeof(float));
  synth_plan plan = {.capacity = plan_capacity(s.width > s.height ? s.width : s.height)};
  plan.ops = st_arena_alloc(&arena, plan.capacity * sizeof(synth_op));
  if (!workspace || !coeffs || !image || !plan.ops) return ST_E_NO_MEMORY;
  for (size_t i = 0; i < pixels; i++) coeffs[i] = 0, image[i] = 0.0f;
  size_t decoded = 0;
  state_init(&s);
  if ((st = parse(in, length, &s, coeffs, pixels, &decoded)) != ST_OK) return st;
  if (!s.dtt.defined || !s.dqt.defined) return ST_E_WSQ_TABLE_MISSING;

  /* dequantise: each coded subband (non-zero bin width) in order, row by row */
  build_subbands(w, bands);
  size_t next = 0;
  for (int b = 0; b < CODED_SUBBANDS; b++) {
    float q = s.dqt.q[b], z = s.dqt.z[b], c = s.dqt.bin_center;
    if (q == 0.0f) continue;
    for (int y = 0; y < bands[b].height; y++) {
      float *row = image + (size_t)(bands[b].y + y) * s.width + bands[b].x;
      for (int x = 0; x < bands[b].width; x++, next++) {
        int32_t v = next < pixels ? coeffs[next] : 0;
        if (v > 0) row[x] = q * ((float)v - c) + z / 2.0f;
        else if (v < 0) row[x] = q * ((float)v + c) - z / 2.0f;
        else row[x] = 0.0f;
      }
    }
  }

  if ((st = reconstruct(&s, w, image, (float *)coeffs, &plan)) != ST_OK) return st;

  for (size_t i = 0; i < pixels; i++) {
    float v = st_fmaf(image[i], s.r_scale, s.m_shift);
    v += 0.5f;
    gray[i] = !(v >= 0.0f) ? 0 : v > 255.0f ? 255 : (uint8_t)v;
  }
  info->width = s.width, info->height = s.height, info->ppi = s.ppi;
  return ST_OK;
}
