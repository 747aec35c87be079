/* Deterministic driver for the fuzz targets (no libFuzzer needed): valid records with every truncation and
 * every single-byte change, random bytes, and odd images (flat, noise, stripes, sizes at the limits). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../ansi378_2004.h"
#include "../extract.h"
#include "../iso19794_2_2005.h"
#include "../template_codec.h"

int fuzz_templates(const uint8_t *data, size_t size);
int fuzz_extract(const uint8_t *data, size_t size);

static uint32_t rng = 12345;
static uint8_t next_byte(void) {
  rng = rng * 1664525u + 1013904223u;
  return (uint8_t)(rng >> 24);
}

static long runs;

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
  runs++;
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
  printf("sanitize_main: %ld inputs, no sanitizer report\n", runs);
  return 0;
}
