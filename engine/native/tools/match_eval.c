/* Dev harness (never shipped): FVC-protocol EER and speed of the matcher on a folder of ISO 19794-2 templates.
 * Usage: match_eval <folder of .iso files> [--scores]
 * Build: gcc -std=c11 -D_POSIX_C_SOURCE=200809L -O3 -ffp-contract=off -g -I engine/native -o /tmp/match_eval \
 *          engine/native/tools/match_eval.c engine/native/match_*.c engine/native/matcher.c -lm
 * Instructions per prepared comparison (steady under load, unlike time):
 *   MATCH_EVAL_PROTOCOL_LOOPS=1 [MATCH_EVAL_PROTOCOL_KIND=genuine|impostor] valgrind --tool=callgrind \
 *     /tmp/match_eval <folder>   then st_match's inclusive count / protocol_comparisons */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../matcher.h"

typedef struct {
  char finger[64];
  int impression;
  st_template tpl;
  uint8_t *prepared;
  size_t prepared_size;
} sample;

/* Throwaway ISO/IEC 19794-2:2005 reader: first finger view only. */
static int read_iso(const char *path, st_template *t) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  uint8_t buf[4096];
  size_t n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  if (n < 30 || memcmp(buf, "FMR\0 20\0", 8) != 0) return -1;
  memset(t, 0, sizeof *t);
  t->width = (uint16_t)(buf[14] << 8 | buf[15]);
  t->height = (uint16_t)(buf[16] << 8 | buf[17]);
  t->position = buf[24];
  t->quality = buf[26];
  int count = buf[27];
  if (28 + (size_t)count * 6 > n) return -1;
  for (int i = 0; i < count; i++) {
    const uint8_t *m = buf + 28 + i * 6;
    int type = m[0] >> 6;
    t->minutiae[i].x = (int16_t)(((m[0] & 0x3F) << 8) | m[1]);
    t->minutiae[i].y = (int16_t)(((m[2] & 0x3F) << 8) | m[3]);
    t->minutiae[i].angle = m[4];
    t->minutiae[i].type = (uint8_t)(type == 1 ? ST_MINUTIA_ENDING : type == 2 ? ST_MINUTIA_BIFURCATION : 0);
    t->minutiae[i].quality = m[5];
  }
  t->count = (uint16_t)count;
  return 0;
}

static int cmp_sample(const void *x, const void *y) {
  const sample *a = x, *b = y;
  int c = strcmp(a->finger, b->finger);
  return c ? c : a->impression - b->impression;
}
static int cmp_float(const void *x, const void *y) {
  float a = *(const float *)x, b = *(const float *)y;
  return (a > b) - (a < b);
}

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); /* CPU time: the machine is shared */
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* EER: threshold where FMR and FNMR cross, averaged there. */
static double eer(float *gen, int ng, float *imp, int ni) {
  qsort(gen, ng, sizeof *gen, cmp_float);
  qsort(imp, ni, sizeof *imp, cmp_float);
  double best = 1, best_gap = 2;
  int gi = 0, ii = 0;
  /* thresholds: every score; accept when score >= t */
  for (int k = 0; k < ng + ni + 1; k++) {
    float t;
    if (k == ng + ni) t = 1e30f;
    else t = k < ng ? gen[k] : imp[k - ng];
    gi = 0; while (gi < ng && gen[gi] < t) gi++;
    ii = 0; while (ii < ni && imp[ii] < t) ii++;
    double fnmr = (double)gi / ng, fmr = (double)(ni - ii) / ni;
    double gap = fmr > fnmr ? fmr - fnmr : fnmr - fmr;
    if (gap < best_gap) { best_gap = gap; best = (fmr + fnmr) / 2; }
  }
  return best;
}

int main(int argc, char **argv) {
  if (argc < 2) return 2;
  int print_scores = argc > 2 && strcmp(argv[2], "--scores") == 0;
  DIR *d = opendir(argv[1]);
  if (!d) return 1;
  sample *samples = calloc(2000, sizeof(sample));
  int count = 0;
  struct dirent *e;
  while ((e = readdir(d)) && count < 2000) {
    size_t len = strlen(e->d_name);
    if (len < 5 || strcmp(e->d_name + len - 4, ".iso") != 0) continue;
    char name[256];
    snprintf(name, sizeof name, "%s", e->d_name);
    name[len - 4] = 0;
    char *last = strrchr(name, '_');
    if (!last) continue;
    *last = 0;
    sample *s = &samples[count];
    snprintf(s->finger, sizeof s->finger, "%s", name);
    s->impression = atoi(last + 1);
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", argv[1], e->d_name);
    if (read_iso(path, &s->tpl) != 0) { fprintf(stderr, "bad %s\n", path); continue; }
    count++;
  }
  closedir(d);
  qsort(samples, count, sizeof(sample), cmp_sample);
  size_t cap = st_prepared_max_size();
  uint8_t *tmp = malloc(cap);
  size_t total_prepared = 0;
  for (int i = 0; i < count; i++) {
    long n = st_prepare(&samples[i].tpl, tmp, cap);
    if (n < 0) { fprintf(stderr, "prepare failed %d\n", (int)n); return 1; }
    samples[i].prepared = malloc(n);
    memcpy(samples[i].prepared, tmp, n);
    samples[i].prepared_size = n;
    total_prepared += n;
  }
  st_match_scratch *scratch = st_match_scratch_init(malloc(st_match_scratch_size()));
  if (getenv("MATCH_EVAL_PROTOCOL_LOOPS")) {
    /* Instruction counting mode (perf stat): the FVC protocol's comparisons only, prepared, repeated. */
    int loops = atoi(getenv("MATCH_EVAL_PROTOCOL_LOOPS"));
    /* MATCH_EVAL_PROTOCOL_KIND=genuine|impostor counts one kind only: they cost differently. */
    const char *kind = getenv("MATCH_EVAL_PROTOCOL_KIND");
    int want_genuine = kind && strcmp(kind, "genuine") == 0, want_impostor = kind && strcmp(kind, "impostor") == 0;
    long n = 0;
    for (int loop = 0; loop < loops; loop++)
      for (int i = 0; i < count; i++)
        for (int j = i + 1; j < count; j++) {
          int same = strcmp(samples[i].finger, samples[j].finger) == 0;
          int first_i = i == 0 || strcmp(samples[i - 1].finger, samples[i].finger) != 0;
          int first_j = strcmp(samples[j - 1].finger, samples[j].finger) != 0;
          if (!same && !(first_i && first_j)) continue;
          if ((want_genuine && !same) || (want_impostor && same)) continue;
          float sc;
          st_match(samples[i].prepared, samples[i].prepared_size, samples[j].prepared, samples[j].prepared_size,
                   scratch, &sc);
          n++;
        }
    printf("{\"protocol_comparisons\":%ld}\n", n);
    return 0;
  }
  int max_pairs = count * count;
  float *gen = malloc(sizeof(float) * max_pairs), *imp = malloc(sizeof(float) * max_pairs);
  float *xgen = malloc(sizeof(float) * max_pairs), *ximp = malloc(sizeof(float) * max_pairs);
  int ng = 0, ni = 0, nxg = 0, nxi = 0;
  double t0 = now_s();
  long comparisons = 0;
  for (int i = 0; i < count; i++) {
    for (int j = i + 1; j < count; j++) {
      float sc;
      int same = strcmp(samples[i].finger, samples[j].finger) == 0;
      st_match(samples[i].prepared, samples[i].prepared_size, samples[j].prepared, samples[j].prepared_size,
               scratch, &sc);
      comparisons++;
      /* extended protocol: every same-finger pair, every cross-finger pair */
      if (same) xgen[nxg++] = sc; else ximp[nxi++] = sc;
      if (same) gen[ng++] = sc;
      else {
        int first_i = i == 0 || strcmp(samples[i - 1].finger, samples[i].finger) != 0;
        int first_j = strcmp(samples[j - 1].finger, samples[j].finger) != 0;
        if (first_i && first_j) imp[ni++] = sc;
      }
      if (print_scores) printf("%s_%d %s_%d %d %.4f\n", samples[i].finger, samples[i].impression, samples[j].finger, samples[j].impression, same, sc);
    }
  }
  double prepared_s = now_s() - t0;
  /* Speed including probe preparation: prepare i every time it is compared. */
  t0 = now_s();
  long full = 0;
  for (int i = 0; i < count && full < 200000; i++) {
    for (int j = 0; j < count; j++) {
      long n = st_prepare(&samples[i].tpl, tmp, cap);
      float sc;
      st_match(tmp, (size_t)n, samples[j].prepared, samples[j].prepared_size, scratch, &sc);
      full++;
    }
  }
  double full_s = now_s() - t0;
  fprintf(stdout, "{\"folder\":\"%s\",\"templates\":%d,\"genuine\":%d,\"impostor\":%d,\"eer\":%.4f,\"x_genuine\":%d,\"x_impostor\":%d,\"x_eer\":%.4f,\"prepared_per_s\":%.0f,\"full_per_s\":%.0f,\"prepared_bytes_mean\":%.0f}\n",
          argv[1], count, ng, ni, eer(gen, ng, imp, ni), nxg, nxi, eer(xgen, nxg, ximp, nxi), comparisons / prepared_s,
          full / full_s, (double)total_prepared / count);
  return 0;
}
