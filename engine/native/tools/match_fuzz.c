/* Dev harness (never shipped): st_prepare/st_match on random templates and on corrupted prepared buffers.
 * Build with -fsanitize=address,undefined; any report or crash is a bug. Usage: match_fuzz [iterations] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../matcher.h"

static uint32_t state = 12345;
static uint32_t next(void) {
  state ^= state << 13;
  state ^= state >> 17;
  state ^= state << 5;
  return state;
}

static void random_template(st_template *t) {
  memset(t, 0, sizeof *t);
  t->width = 500;
  t->height = 500;
  t->count = (uint16_t)(next() % (ST_MAX_MINUTIAE + 1));
  if (next() % 4 == 0) t->count = (uint16_t)(next() % 8);
  for (int i = 0; i < t->count; i++) {
    /* Clustered and duplicate points too: zero-length edges, ties in the neighbour search. */
    int spread = next() % 3 == 0 ? 20 : 500;
    t->minutiae[i].x = (int16_t)(next() % spread);
    t->minutiae[i].y = (int16_t)(next() % spread);
    t->minutiae[i].angle = (uint8_t)next();
    t->minutiae[i].type = (uint8_t)(next() % 3);
  }
}

int main(int argc, char **argv) {
  long iterations = argc > 1 ? atol(argv[1]) : 2000;
  size_t cap = st_prepared_max_size();
  uint8_t *a = malloc(cap), *b = malloc(cap), *c = malloc(cap);
  st_match_scratch *scratch = st_match_scratch_init(malloc(st_match_scratch_size()));
  st_template *t = malloc(sizeof *t);
  long errors = 0;
  for (long it = 0; it < iterations; it++) {
    random_template(t);
    long na = st_prepare(t, a, cap);
    random_template(t);
    long nb = st_prepare(t, b, cap);
    if (na < 0 || nb < 0) return 1;
    float s1, s2;
    if (st_match(a, (size_t)na, b, (size_t)nb, scratch, &s1) || st_match(b, (size_t)nb, a, (size_t)na, scratch, &s2))
      return 2;
    if (s1 != s2) {
      fprintf(stderr, "asymmetric %f %f\n", s1, s2);
      return 3;
    }
    /* Corrupt b: random bytes anywhere (header included), sizes kept or not. */
    memcpy(c, b, (size_t)nb);
    int flips = 1 + next() % 16;
    for (int k = 0; k < flips; k++) c[next() % (uint32_t)nb] = (uint8_t)next();
    size_t size = next() % 8 == 0 ? (size_t)(next() % (uint32_t)nb) : (size_t)nb;
    if (st_match(a, (size_t)na, c, size, scratch, &s1) != 0) errors++;
    if (st_match(c, size, a, (size_t)na, scratch, &s1) != 0) errors++;
  }
  /* Bad inputs with defined answers. */
  t->count = ST_MAX_MINUTIAE + 1;
  if (st_prepare(t, a, cap) != ST_MATCH_ERR_INVALID_TEMPLATE) return 4;
  t->count = 0;
  if (st_prepare(t, a, 10) != ST_MATCH_ERR_BUFFER_TOO_SMALL) return 5;
  printf("{\"iterations\":%ld,\"corrupt_rejected\":%ld}\n", iterations, errors);
  free(a);
  free(b);
  free(c);
  free(scratch);
  free(t);
  return 0;
}
