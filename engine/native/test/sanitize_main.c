/* Deterministic driver for the fuzz targets (no libFuzzer needed): valid records with every truncation and
 * every single-byte change, random bytes, and odd images (flat, noise, stripes, sizes at the limits). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../ansi378_2004.h"
#include "../api.h"
#include "../bmp.h"
#include "../extract.h"
#include "../iso19794_2_2005.h"
#include "../quality_features.h"
#include "../template_codec.h"
#include "../wsq.h"

int fuzz_templates(const uint8_t *data, size_t size);
int fuzz_extract(const uint8_t *data, size_t size);
int fuzz_wsq(const uint8_t *data, size_t size);
int fuzz_bmp(const uint8_t *data, size_t size);

static uint32_t rng = 12345;
static uint8_t next_byte(void) {
  rng = rng * 1664525u + 1013904223u;
  return (uint8_t)(rng >> 24);
}

static long runs, api_runs;

static void feed_record(int format, const uint8_t *rec, size_t n) {
  uint8_t buf[4096];
  buf[0] = (uint8_t)format;
  for (size_t cut = 0; cut <= n; cut++) {
    memcpy(buf + 1, rec, cut);
    fuzz_templates(buf, cut + 1), runs++;
  }
  for (size_t i = 0; i < n; i++)
    for (int v = 0; v < 256; v += 17) {
      memcpy(buf + 1, rec, n);
      buf[1 + i] = (uint8_t)v;
      fuzz_templates(buf, n + 1), runs++;
    }
}

static void check_image(const uint8_t *gray, int width, int height, int dpi) {
  size_t ws = st_extract_workspace_bytes(width, height, dpi);
  st_template t;
  if (!ws) {
    st_status s = st_extract(gray, (size_t)width * height, width, height, dpi, 0, &t, sizeof t, &t);
    if (s == ST_OK) abort();
    runs++;
    return;
  }
  void *w = malloc(ws);
  st_status s = st_extract(gray, (size_t)width * height, width, height, dpi, 0, w, ws, &t);
  if ((unsigned)s >= ST_STATUS_COUNT || (s == ST_OK && st_template_validate(&t) != ST_OK)) abort();
  /* a workspace one byte short is refused, not overrun */
  if (st_extract(gray, (size_t)width * height, width, height, dpi, 0, w, ws - 1, &t) != ST_E_NO_MEMORY) abort();
  free(w);
  /* quality features of the same image: exact workspace, then one byte short */
  size_t qs = st_quality_features_workspace_bytes(width, height, dpi);
  int32_t f[ST_QF_FIELDS];
  void *q = malloc(qs);
  s = st_quality_features(gray, (size_t)width * height, width, height, dpi, q, qs, f);
  if (s != ST_OK || f[ST_QF_RIDGE_BLOCKS] > f[ST_QF_CERTAIN_BLOCKS] || f[ST_QF_CERTAIN_BLOCKS] > f[ST_QF_BLOCKS]) abort();
  if (st_quality_features(gray, (size_t)width * height, width, height, dpi, q, qs - 1, f) != ST_E_NO_MEMORY) abort();
  free(q);
  runs++;
}


/* The bindings' dispatcher (api.c) over malloc: every block freed after the call, as binding.c does. */
typedef struct {
  st_api_memory base;
  void *blocks[16];
  int count;
  st_match_scratch *scratch;
  uint8_t *prepare;
} test_memory;

static void *test_alloc(st_api_memory *m, size_t bytes) {
  test_memory *t = (test_memory *)m;
  if (t->count == 16) return NULL;
  return t->blocks[t->count++] = malloc(bytes ? bytes : 1);
}
static st_match_scratch *test_scratch(st_api_memory *m) { return ((test_memory *)m)->scratch; }
static uint8_t *test_prepare(st_api_memory *m) { return ((test_memory *)m)->prepare; }

static test_memory api_memory;

/* Calls the named table function; the result is copied into out (up to capacity), its byte count returned. */
static int api_call(const char *name, const st_api_value *args, uint8_t *out, size_t capacity, size_t *length,
                    float *score) {
  for (uint32_t f = 0; f < st_api_function_count; f++) {
    if (strcmp(st_api_functions[f].name, name) != 0) continue;
    st_api_result r = {0, 0, 0};
    api_memory.count = 0;
    int status = st_api_functions[f].call(&api_memory.base, args, &r);
    if (status == ST_OK && out) {
      if (r.length > capacity) abort();
      memcpy(out, r.data, r.length);
      *length = r.length;
    }
    if (score) *score = r.score;
    if (!st_api_status_name(status) || !st_api_status_message(status)) abort();
    for (int i = 0; i < api_memory.count; i++) free(api_memory.blocks[i]);
    runs++, api_runs++;
    return status;
  }
  abort();
}

static st_api_value bytes_value(const uint8_t *data, size_t length) {
  return (st_api_value){data, length, NULL, 0, 0};
}
static st_api_value int_value(int32_t v) { return (st_api_value){NULL, 0, NULL, 0, v}; }

/* Every truncation of a record through import, then export, decode, encode, prepare and match of what it gave. */
static void check_api(int format, const uint8_t *rec, size_t n) {
  static uint8_t internal[8192], other[8192], prepared[2][1 << 16];
  static int32_t fields[ST_DECODED_HEADER_FIELDS + ST_MINUTIA_FIELDS * ST_MAX_MINUTIAE];
  size_t prepared_bytes[2] = {0, 0};
  for (size_t cut = 0; cut <= n; cut++) {
    uint8_t *copy = malloc(cut ? cut : 1);
    memcpy(copy, rec, cut);
    st_api_value a[2] = {bytes_value(copy, cut), int_value(format)};
    size_t length = 0, other_length = 0, fields_bytes = 0;
    int s = api_call("importTemplate", a, internal, sizeof internal, &length, NULL);
    free(copy);
    if (s != ST_OK) continue;
    for (int to = -1; to <= 3; to++) {
      st_api_value e[2] = {bytes_value(internal, length), int_value(to)};
      api_call("exportTemplate", e, other, sizeof other, &other_length, NULL);
    }
    st_api_value d[1] = {bytes_value(internal, length)};
    if (api_call("decodeTemplate", d, (uint8_t *)fields, sizeof fields, &fields_bytes, NULL) != ST_OK) abort();
    size_t field_count = (size_t)ST_MINUTIA_FIELDS * fields[ST_DECODED_COUNT];
    st_api_value c[5] = {int_value(fields[ST_DECODED_WIDTH]), int_value(fields[ST_DECODED_HEIGHT]),
                         int_value(fields[ST_DECODED_QUALITY]), int_value(fields[ST_DECODED_POSITION]),
                         {NULL, 0, fields + ST_DECODED_HEADER_FIELDS, field_count, 0}};
    if (api_call("encodeTemplate", c, other, sizeof other, &other_length, NULL) != ST_OK) abort();
    /* the header offsets JavaScript reads without decoding */
    if (other[ST_TEMPLATE_VERSION_OFFSET] != ST_TEMPLATE_VERSION ||
        (other[ST_TEMPLATE_WIDTH_OFFSET] | other[ST_TEMPLATE_WIDTH_OFFSET + 1] << 8) != fields[ST_DECODED_WIDTH] ||
        (other[ST_TEMPLATE_HEIGHT_OFFSET] | other[ST_TEMPLATE_HEIGHT_OFFSET + 1] << 8) != fields[ST_DECODED_HEIGHT] ||
        other[ST_TEMPLATE_QUALITY_OFFSET] != fields[ST_DECODED_QUALITY] ||
        other[ST_TEMPLATE_POSITION_OFFSET] != fields[ST_DECODED_POSITION] ||
        (other[ST_TEMPLATE_COUNT_OFFSET] | other[ST_TEMPLATE_COUNT_OFFSET + 1] << 8) != fields[ST_DECODED_COUNT])
      abort();
    int k = cut == n ? 1 : 0;
    if (api_call("prepareTemplate", d, prepared[k], sizeof prepared[k], &prepared_bytes[k], NULL) != ST_OK) abort();
  }
  if (!prepared_bytes[1]) return;
  /* matches of the whole record with itself and with its every truncation, at an even and an odd offset */
  static uint8_t shifted[(1 << 16) + 1];
  for (size_t cut = 0; cut <= prepared_bytes[1]; cut += 1 + cut / 16)
    for (int odd = 0; odd <= 1; odd++) {
      memcpy(shifted + odd, prepared[1], cut);
      st_api_value m[2] = {bytes_value(prepared[1], prepared_bytes[1]), bytes_value(shifted + odd, cut)};
      float score = -1;
      int s = api_call("matchPrepared", m, NULL, 0, NULL, &score);
      if (s == ST_OK && !(score >= 0)) abort();
    }
}

/* A WSQ stream like the tests' (test/wsq-stream.ts): NIST_COM, the 9/7 transform table, a quantisation table, one
 * Huffman table of 4-bit codes, the frame header and one block of a few coefficients. */
static size_t put16(uint8_t *p, size_t n, unsigned v) { p[n] = (uint8_t)(v >> 8), p[n + 1] = (uint8_t)v; return n + 2; }
static size_t wsq_sample(uint8_t *p, int width, int height) {
  static const uint32_t taps[9][3] = {{0, 9, 852698684u},  {0, 10, 3774028420u}, {1, 10, 1106244028u},
                                      {1, 11, 2384946495u}, {0, 11, 3782845661u}, {0, 9, 788485587u},
                                      {1, 10, 4180922806u}, {1, 11, 4068941623u}, {0, 10, 645388812u}};
  static const uint8_t symbols[12] = {106, 105, 101, 102, 103, 104, 179, 181, 178, 182, 1, 2};
  static const char comment[] = "NIST_COM 2\nPPI 500\n";
  size_t n = put16(p, 0, 0xffa0);
  n = put16(p, n, 0xffa8), n = put16(p, n, 2 + (unsigned)strlen(comment));
  memcpy(p + n, comment, strlen(comment)), n += strlen(comment);
  n = put16(p, n, 0xffa4), n = put16(p, n, 4 + 9 * 6), p[n++] = 9, p[n++] = 7;
  for (int i = 0; i < 9; i++) {
    p[n++] = (uint8_t)taps[i][0], p[n++] = (uint8_t)taps[i][1];
    n = put16(p, n, taps[i][2] >> 16), n = put16(p, n, taps[i][2] & 0xffff);
  }
  n = put16(p, n, 0xffa5), n = put16(p, n, 389), p[n++] = 2, n = put16(p, n, 44);
  for (int b = 0; b < 64; b++) p[n++] = 1, n = put16(p, n, b < 60 ? 10 : 0), p[n++] = 1, n = put16(p, n, b < 60 ? 12 : 0);
  n = put16(p, n, 0xffa6), n = put16(p, n, 2 + 1 + 16 + 12), p[n++] = 0;
  for (int i = 0; i < 16; i++) p[n++] = i == 3 ? 12 : 0;
  memcpy(p + n, symbols, 12), n += 12;
  n = put16(p, n, 0xffa2), n = put16(p, n, 17), p[n++] = 0, p[n++] = 255;
  n = put16(p, n, (unsigned)height), n = put16(p, n, (unsigned)width);
  p[n++] = 1, n = put16(p, n, 1275), p[n++] = 1, n = put16(p, n, 10), p[n++] = 2, n = put16(p, n, 0);
  n = put16(p, n, 0xffa3), n = put16(p, n, 3), p[n++] = 0;
  /* 4-bit symbol indexes, then escape bits: two zeros (106, 16 bits), +40 (101, 8 bits), -300 (104), +1 (181),
   * -2 (178), then 1-bit padding */
  static const uint8_t data[] = {0x00, 0x00, 0x22, 0x28, 0x50, 0x12, 0xc7, 0x8f};
  memcpy(p + n, data, sizeof data), n += sizeof data;
  return put16(p, n, 0xffa1);
}

/* Every truncation and single-byte change of a WSQ stream through the fuzz target; truncations also through
 * the api table's decodeWsq. */
static void check_wsq(void) {
  static uint8_t stream[1024], out[1 << 16];
  size_t n = wsq_sample(stream, 96, 80), length = 0;
  st_api_value whole[2] = {bytes_value(stream, n), int_value(1 << 20)};
  if (api_call("decodeWsq", whole, out, sizeof out, &length, NULL) != ST_OK) abort();
  if (length != 12 + 96 * 80) abort();
  for (size_t cut = 0; cut <= n; cut++) {
    uint8_t *copy = malloc(cut ? cut : 1);
    memcpy(copy, stream, cut);
    fuzz_wsq(copy, cut), runs++;
    st_api_value a[2] = {bytes_value(copy, cut), int_value(1 << 20)};
    int s = api_call("decodeWsq", a, out, sizeof out, &length, NULL);
    if (cut < n && s == ST_OK) abort();
    free(copy);
  }
  for (size_t i = 0; i < n; i++)
    for (int v = 0; v < 256; v += 15) {
      uint8_t copy[1024];
      memcpy(copy, stream, n);
      copy[i] = (uint8_t)v;
      fuzz_wsq(copy, n), runs++;
    }
  for (int k = 0; k < 20000; k++) { /* random bytes after the SOI and the tables */
    uint8_t copy[1024];
    memcpy(copy, stream, n);
    size_t at = 2 + next_byte() % (n - 2);
    for (int j = 0; j < 4; j++) copy[(at + j) % n] = next_byte();
    fuzz_wsq(copy, n), runs++;
  }
  FILE *seed = fopen(getenv("WSQ_SEED") ? getenv("WSQ_SEED") : "/dev/null", "wb");
  if (seed) fwrite(stream, 1, n, seed), fclose(seed);
}

/* A valid BMP (13 x 7 gray ramp: every row padded) of header size dib, bit depth bits; masks when bitfields. */
static size_t write_bmp(uint8_t *out, uint32_t dib, uint32_t bits, int top_down, int bitfields) {
  const uint32_t w = 13, h = 7;
  size_t masks = dib == 40 && bitfields ? 12 : 0;
  size_t palette = bits <= 8 ? (size_t)(1u << bits) * (dib == 12 ? 3 : 4) : 0;
  size_t offset = 14 + dib + masks + palette, stride = ((w * bits + 31) / 32) * 4, total = offset + stride * h;
  memset(out, 0, total);
  out[0] = 'B', out[1] = 'M';
  uint8_t *p = out + 2;
  for (int i = 0; i < 4; i++) p[i] = (uint8_t)(total >> (8 * i)), out[10 + i] = (uint8_t)(offset >> (8 * i));
  out[14] = (uint8_t)dib;
  int32_t height = top_down ? -(int32_t)h : (int32_t)h;
  if (dib == 12) {
    out[18] = (uint8_t)w, out[20] = (uint8_t)h, out[22] = 1, out[24] = (uint8_t)bits;
  } else {
    out[18] = (uint8_t)w;
    for (int i = 0; i < 4; i++) out[22 + i] = (uint8_t)((uint32_t)height >> (8 * i));
    out[26] = 1, out[28] = (uint8_t)bits, out[30] = bitfields ? 3 : 0;
    out[39] = 0x4c, out[43] = 0x4c; /* 19456 pixels per metre */
  }
  if (bitfields) {
    static const uint32_t m16[3] = {0xF800, 0x07E0, 0x001F}, m32[3] = {0xFF0000, 0xFF00, 0xFF};
    for (int c = 0; c < 3; c++)
      for (int i = 0; i < 4; i++) out[54 + 4 * c + i] = (uint8_t)((bits == 16 ? m16 : m32)[c] >> (8 * i));
  }
  for (size_t i = 0; palette && i < (1u << bits); i++)
    memset(out + 14 + dib + masks + i * (dib == 12 ? 3 : 4), (int)(i * 255 / ((1u << bits) - 1)), 3);
  for (size_t i = offset; i < total; i++) out[i] = (uint8_t)(i * 37);
  return total;
}

/* Every truncation and a spread of single-byte changes of each variant, through the fuzz target. */
static void check_bmps(void) {
  static const uint32_t dibs[] = {12, 40, 108, 124}, depths[] = {1, 4, 8, 16, 24, 32};
  static uint8_t bmp[2048], buf[2049];
  for (unsigned d = 0; d < 4; d++)
    for (unsigned b = 0; b < 6; b++)
      for (int variant = 0; variant < 3; variant++) {
        int top_down = variant == 1, bitfields = variant == 2;
        if ((dibs[d] == 12 && (top_down || bitfields || depths[b] == 16 || depths[b] == 32)) ||
            (bitfields && depths[b] != 16 && depths[b] != 32))
          continue;
        size_t n = write_bmp(bmp, dibs[d], depths[b], top_down, bitfields);
        st_image_file_info info;
        if (st_bmp_read_info(bmp, n, &info) != ST_OK || info.width != 13 || info.height != 7) abort();
        buf[0] = 1; /* the file as is */
        for (size_t cut = 0; cut <= n; cut++) {
          memcpy(buf + 1, bmp, cut);
          fuzz_bmp(buf, cut + 1), runs++;
          /* and through the bindings' table, from a block of exactly that length */
          uint8_t *copy = malloc(cut ? cut : 1);
          memcpy(copy, bmp, cut);
          st_api_value a[1] = {bytes_value(copy, cut)};
          static uint8_t decoded[13 * 7];
          size_t length = 0;
          int info_status = api_call("bmpInfo", a, NULL, 0, NULL, NULL);
          int decode_status = api_call("decodeBmp", a, decoded, sizeof decoded, &length, NULL);
          if (info_status != decode_status || (decode_status == ST_OK && length != sizeof decoded)) abort();
          free(copy);
        }
        for (size_t i = 0; i < n && i < 160; i++)
          for (int v = 0; v < 256; v += 51) {
            memcpy(buf + 1, bmp, n);
            buf[1 + i] = (uint8_t)v;
            fuzz_bmp(buf, n + 1), runs++;
          }
      }
  for (int k = 0; k < 20000; k++) {
    uint8_t r[600];
    size_t len = next_byte() % sizeof r;
    for (size_t i = 0; i < len; i++) r[i] = next_byte();
    fuzz_bmp(r, len), runs++;
  }
}

int main(void) {
  /* records: a template with minutiae at the edges of every range */
  st_template t = {.width = 400, .height = 500, .quality = 55, .position = 4, .count = 0};
  for (int i = 0; i < 40; i++) {
    st_minutia *m = &t.minutiae[t.count++];
    m->x = (int16_t)(i * 10 % 400), m->y = (int16_t)(i * 37 % 500);
    m->angle = (uint8_t)(i * 29), m->type = (uint8_t)(i % 3), m->quality = (uint8_t)(i * 7 % 101);
  }
  uint8_t rec[4096];
  size_t n = 0;
  if (st_iso19794_2_2005_encode(&t, rec, sizeof rec, &n) != ST_OK) abort();
  feed_record(1, rec, n);
  if (st_ansi378_2004_encode(&t, rec, sizeof rec, &n) != ST_OK) abort();
  feed_record(2, rec, n);
  if (st_template_encode(&t, (const uint8_t *)"matcher", 7, rec, sizeof rec, &n) != ST_OK) abort();
  feed_record(0, rec, n);
  api_memory.base = (st_api_memory){test_alloc, test_scratch, test_prepare};
  api_memory.scratch = st_match_scratch_init(malloc(st_match_scratch_size()));
  api_memory.prepare = malloc(st_prepared_max_size());
  check_api(ST_FORMAT_SINHTRAC, rec, n);
  if (st_iso19794_2_2005_encode(&t, rec, sizeof rec, &n) != ST_OK) abort();
  check_api(ST_FORMAT_ISO19794_2_2005, rec, n);
  if (st_ansi378_2004_encode(&t, rec, sizeof rec, &n) != ST_OK) abort();
  check_api(ST_FORMAT_ANSI378_2004, rec, n);
  check_wsq();
  for (int k = 0; k < 20000; k++) {
    uint8_t buf[300];
    size_t len = next_byte() % sizeof buf;
    for (size_t i = 0; i < len; i++) buf[i] = next_byte();
    if (len > 9) memcpy(buf + 1, "FMR\0 20\0", 8); /* get past the magic more often */
    fuzz_templates(buf, len), runs++;
  }
  /* images */
  static const int sizes[][2] = {{32, 32}, {33, 500}, {640, 480}, {31, 100}, {4000, 32}, {4001, 40}, {1, 1}};
  static const int dpis[] = {250, 500, 512, 1000, 249, 1001};
  for (unsigned s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
    for (unsigned d = 0; d < sizeof dpis / sizeof dpis[0]; d++)
      for (int pattern = 0; pattern < 4; pattern++) {
        int w = sizes[s][0], h = sizes[s][1];
        if ((long)w * h > 4000 * 100 && pattern > 1) continue;
        uint8_t *g = malloc((size_t)w * h);
        for (long i = 0; i < (long)w * h; i++)
          g[i] = pattern == 0 ? 255 : pattern == 1 ? 0 : pattern == 2 ? next_byte() : (uint8_t)((i % w) % 9 < 4 ? 40 : 220);
        check_image(g, w, h, dpis[d]);
        free(g);
      }
  for (int k = 0; k < 300; k++) {
    uint8_t buf[512];
    size_t len = 4 + next_byte() % 500;
    for (size_t i = 0; i < len; i++) buf[i] = next_byte();
    fuzz_extract(buf, len), runs++;
  }
  check_bmps();
  printf("sanitize_main: %ld inputs (%ld through api.c), no sanitizer report\n", runs,
         api_runs);
  return 0;
}
