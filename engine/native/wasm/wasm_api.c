/* WebAssembly exports: api.c's function and constant tables over linear memory (adding a core function needs no
 * line here). One instance serves one thread, so the allocator state below is per instance. JavaScript
 * (engine/native/wasm.ts) calls st_wasm_reset() before each call, copies inputs into st_wasm_alloc()ed blocks, sets
 * the arguments with st_wasm_arg_*, calls st_wasm_call and reads the result. */
#include <stddef.h>
#include <stdint.h>

#include "../api.h"
#include "../match_scratch.h"

#define EXPORT(name) __attribute__((export_name(name)))
#define WASM_PAGE_BYTES 65536u

extern unsigned char __heap_base;

static uintptr_t heap_top;
static st_api_value args[ST_API_MAX_ARGS];
static st_api_result result;

EXPORT("st_wasm_reset") void st_wasm_reset(void) {
  heap_top = ((uintptr_t)&__heap_base + 15) & ~(uintptr_t)15;
  for (int i = 0; i < ST_API_MAX_ARGS; i++) args[i] = (st_api_value){0, 0, 0, 0, 0};
  result = (st_api_result){0, 0, 0};
}

EXPORT("st_wasm_alloc") void *st_wasm_alloc(uint32_t bytes) {
  if (!heap_top) st_wasm_reset();
  uintptr_t p = heap_top, end = p + ((bytes + 15u) & ~15u);
  uintptr_t have = __builtin_wasm_memory_size(0) * WASM_PAGE_BYTES;
  if (end > have) {
    uintptr_t pages = (end - have + WASM_PAGE_BYTES - 1) / WASM_PAGE_BYTES;
    if (__builtin_wasm_memory_grow(0, pages) == (uintptr_t)-1) return 0;
  }
  heap_top = end;
  return (void *)p;
}

/* The tables, read once at load. */
EXPORT("st_wasm_function_count") uint32_t st_wasm_function_count(void) { return st_api_function_count; }
EXPORT("st_wasm_function_name") const char *st_wasm_function_name(uint32_t f) { return st_api_functions[f].name; }
EXPORT("st_wasm_function_result") int st_wasm_function_result(uint32_t f) { return st_api_functions[f].result; }
EXPORT("st_wasm_function_arg_count") uint32_t st_wasm_function_arg_count(uint32_t f) {
  return st_api_functions[f].arg_count;
}
EXPORT("st_wasm_function_arg_kind") int st_wasm_function_arg_kind(uint32_t f, uint32_t i) {
  return st_api_functions[f].args[i].kind;
}
EXPORT("st_wasm_function_arg_type_error") const char *st_wasm_function_arg_type_error(uint32_t f, uint32_t i) {
  return st_api_functions[f].args[i].type_error;
}
EXPORT("st_wasm_constant_count") uint32_t st_wasm_constant_count(void) { return st_api_constant_count; }
EXPORT("st_wasm_constant_name") const char *st_wasm_constant_name(uint32_t i) { return st_api_constants[i].name; }
EXPORT("st_wasm_constant_value") int32_t st_wasm_constant_value(uint32_t i) { return st_api_constants[i].value; }
EXPORT("st_wasm_status_name") const char *st_wasm_status_name(int s) { return st_api_status_name(s); }
EXPORT("st_wasm_status_message") const char *st_wasm_status_message(int s) { return st_api_status_message(s); }

/* Arguments of the next call (ST_API_ARG_MINUTIAE: count int32 fields at data). */
EXPORT("st_wasm_arg_bytes") void st_wasm_arg_bytes(uint32_t i, const uint8_t *data, uint32_t length) {
  args[i].data = data, args[i].length = length;
}
EXPORT("st_wasm_arg_fields") void st_wasm_arg_fields(uint32_t i, const int32_t *fields, uint32_t count) {
  args[i].fields = fields, args[i].field_count = count;
}
EXPORT("st_wasm_arg_int") void st_wasm_arg_int(uint32_t i, int32_t value) { args[i].value = value; }

static void *instance_alloc(st_api_memory *m, size_t bytes) { return st_wasm_alloc((uint32_t)bytes); }

/* One scratch per instance, outside the heap st_wasm_reset() rewinds: st_match leaves it clean, so it is cleared
 * once rather than on every comparison, as binding.c does per thread. */
static struct st_match_scratch scratch_memory;
static st_match_scratch *scratch;

static st_match_scratch *instance_match_scratch(st_api_memory *m) {
  if (!scratch) scratch = st_match_scratch_init(&scratch_memory);
  return scratch;
}

/* From the heap: a call's blocks are all rewound by the next st_wasm_reset(). */
static uint8_t *instance_prepare_buffer(st_api_memory *m) { return st_wasm_alloc((uint32_t)st_prepared_max_size()); }

/* Returns ST_OK, a positive st_status or a negative st_match_status; the result is read with st_wasm_result_*. */
EXPORT("st_wasm_call") int st_wasm_call(uint32_t f) {
  st_api_memory memory = {instance_alloc, instance_match_scratch, instance_prepare_buffer};
  return st_api_functions[f].call(&memory, args, &result);
}

EXPORT("st_wasm_result_data") const uint8_t *st_wasm_result_data(void) { return result.data; }
EXPORT("st_wasm_result_bytes") uint32_t st_wasm_result_bytes(void) { return (uint32_t)result.length; }
EXPORT("st_wasm_result_score") float st_wasm_result_score(void) { return result.score; }
