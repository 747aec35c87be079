/* Dev harness (never shipped): the matcher built for wasm32 with static buffers, so tools/match-wasm-check.mts can
 * compare its scores with the native addon's. Build: see the header of match-wasm-check.mts. */
#include "matcher.h"
static st_template templates[2];
static _Alignas(8) uint8_t prepared[2][64 * 1024 * 4];
static _Alignas(16) uint8_t scratch_memory[400 * 1024];
__attribute__((export_name("template_ptr"))) st_template *template_ptr(int i) { return &templates[i]; }
__attribute__((export_name("sizes"))) int sizes(void) { return (int)(sizeof(st_template) * 1000 + st_match_scratch_size() / 1024); }
__attribute__((export_name("match_templates"))) float match_templates(void) {
  if (st_match_scratch_size() > sizeof scratch_memory || st_prepared_max_size() > sizeof prepared[0]) return -100;
  st_match_scratch *s = st_match_scratch_init(scratch_memory);
  long na = st_prepare(&templates[0], prepared[0], sizeof prepared[0]);
  long nb = st_prepare(&templates[1], prepared[1], sizeof prepared[1]);
  if (na < 0 || nb < 0) return -200;
  float score = -1;
  if (st_match(prepared[0], (size_t)na, prepared[1], (size_t)nb, s, &score) != 0) return -300;
  return score;
}
