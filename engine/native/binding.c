/* Node-API binding: serves every function of api.c's table, converting JavaScript values by the table's argument
 * kinds and results back, nothing else (adding a core function needs no line here).
 * No mutable globals but thread-locals, so the addon loads in any number of worker threads at once. */
#include <node_api.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"

#define CALL(env, expr)                                                           \
  do {                                                                            \
    if ((expr) != napi_ok) {                                                      \
      bool pending = false;                                                       \
      napi_is_exception_pending((env), &pending);                                 \
      if (!pending) napi_throw_error((env), "ST_E_ARGUMENT", "Node-API call failed"); \
      return NULL;                                                                \
    }                                                                             \
  } while (0)

static napi_value throw_status(napi_env env, int status) {
  napi_throw_error(env, st_api_status_name(status), st_api_status_message(status));
  return NULL;
}

static napi_value throw_argument(napi_env env, const char *message) {
  napi_throw_type_error(env, "ST_E_ARGUMENT", message);
  return NULL;
}

/* Typed array contents of the given type, borrowed for the duration of the call; length in elements. */
static int get_typed(napi_env env, napi_value v, napi_typedarray_type want, void **data, size_t *length) {
  bool is_typed = false;
  napi_is_typedarray(env, v, &is_typed);
  if (!is_typed) return 0;
  napi_typedarray_type type;
  if (napi_get_typedarray_info(env, v, &type, length, data, NULL, NULL) != napi_ok) return 0;
  return type == want;
}

static int get_value(napi_env env, napi_value v, st_api_arg_kind kind, st_api_value *out) {
  void *p = NULL;
  switch (kind) {
    case ST_API_ARG_BYTES:
      if (!get_typed(env, v, napi_uint8_array, &p, &out->length)) return 0;
      out->data = p;
      return 1;
    case ST_API_ARG_MINUTIAE:
      if (!get_typed(env, v, napi_int32_array, &p, &out->field_count)) return 0;
      out->fields = p;
      return out->field_count % ST_MINUTIA_FIELDS == 0;
    case ST_API_ARG_INT: {
      napi_valuetype t;
      if (napi_typeof(env, v, &t) != napi_ok || t != napi_number) return 0;
      return napi_get_value_int32(env, v, &out->value) == napi_ok;
    }
  }
  return 0;
}

static napi_value make_typed(napi_env env, napi_typedarray_type type, const uint8_t *data, size_t bytes,
                             size_t elements) {
  void *p = NULL;
  napi_value buffer, array;
  CALL(env, napi_create_arraybuffer(env, bytes, &p, &buffer));
  if (bytes) memcpy(p, data, bytes);
  CALL(env, napi_create_typedarray(env, type, elements, buffer, 0, &array));
  return array;
}

/* One scratch and one prepare buffer per thread: the addon runs in several worker threads, and neither st_match
 * nor st_prepare should allocate per call (the prepare bound is large enough to be an mmap each time). Freed when
 * the thread's environment is torn down. */
static _Thread_local st_match_scratch *thread_scratch;
static _Thread_local uint8_t *thread_prepare_buffer;

static void free_thread_matcher_memory(void *arg) {
  (void)arg;
  free(thread_scratch);
  free(thread_prepare_buffer);
  thread_scratch = NULL;
  thread_prepare_buffer = NULL;
}

/* A call's memory: malloc'd blocks, freed once the result is copied to JavaScript. */
#define CALL_BLOCKS 8
typedef struct {
  st_api_memory base;
  napi_env env;
  void *blocks[CALL_BLOCKS];
  int count;
} call_memory;

static void *call_alloc(st_api_memory *m, size_t bytes) {
  call_memory *c = (call_memory *)m;
  if (c->count == CALL_BLOCKS) return NULL;
  void *p = malloc(bytes ? bytes : 1);
  if (p) c->blocks[c->count++] = p;
  return p;
}

static int thread_matcher_memory(call_memory *c) {
  if (thread_scratch) return 1;
  void *memory = malloc(st_match_scratch_size());
  uint8_t *buffer = malloc(st_prepared_max_size());
  if (!memory || !buffer || napi_add_env_cleanup_hook(c->env, free_thread_matcher_memory, NULL) != napi_ok) {
    free(memory);
    free(buffer);
    return 0;
  }
  thread_prepare_buffer = buffer;
  thread_scratch = st_match_scratch_init(memory);
  return 1;
}

static st_match_scratch *call_match_scratch(st_api_memory *m) {
  return thread_matcher_memory((call_memory *)m) ? thread_scratch : NULL;
}

static uint8_t *call_prepare_buffer(st_api_memory *m) {
  return thread_matcher_memory((call_memory *)m) ? thread_prepare_buffer : NULL;
}

static napi_value to_js(napi_env env, const st_api_function *f, const st_api_result *r) {
  napi_value score;
  switch (f->result) {
    case ST_API_RESULT_BYTES: return make_typed(env, napi_uint8_array, r->data, r->length, r->length);
    case ST_API_RESULT_FIELDS:
      return make_typed(env, napi_int32_array, r->data, r->length, r->length / sizeof(int32_t));
    case ST_API_RESULT_SCORE: CALL(env, napi_create_double(env, r->score, &score)); return score;
  }
  return NULL;
}

/* Every exported function: the table entry comes as the callback's data. */
static napi_value call_function(napi_env env, napi_callback_info info) {
  napi_value argv[ST_API_MAX_ARGS];
  size_t argc = ST_API_MAX_ARGS;
  void *data = NULL;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, &data) != napi_ok) return NULL;
  const st_api_function *f = data;
  if (argc < f->arg_count) return throw_argument(env, "too few arguments");
  st_api_value values[ST_API_MAX_ARGS];
  memset(values, 0, sizeof values);
  for (uint32_t i = 0; i < f->arg_count; i++)
    if (!get_value(env, argv[i], f->args[i].kind, &values[i])) return throw_argument(env, f->args[i].type_error);
  call_memory memory = {{call_alloc, call_match_scratch, call_prepare_buffer}, env, {0}, 0};
  st_api_result r = {0, 0, 0};
  int status = f->call(&memory.base, values, &r);
  napi_value result = status != 0 ? throw_status(env, status) : to_js(env, f, &r);
  for (int i = 0; i < memory.count; i++) free(memory.blocks[i]);
  return result;
}

/* exports.constants: api.c's table as a frozen {name: value} object. */
static napi_value make_constants(napi_env env) {
  napi_value obj, v;
  CALL(env, napi_create_object(env, &obj));
  for (uint32_t i = 0; i < st_api_constant_count; i++) {
    CALL(env, napi_create_int32(env, st_api_constants[i].value, &v));
    CALL(env, napi_set_named_property(env, obj, st_api_constants[i].name, v));
  }
  CALL(env, napi_object_freeze(env, obj));
  return obj;
}

NAPI_MODULE_INIT() {
  for (uint32_t i = 0; i < st_api_function_count; i++) {
    napi_property_descriptor d = {st_api_functions[i].name, NULL, call_function, NULL, NULL, NULL,
                                  napi_enumerable, (void *)&st_api_functions[i]};
    if (napi_define_properties(env, exports, 1, &d) != napi_ok) return NULL;
  }
  napi_value constants = make_constants(env);
  if (!constants) return NULL;
  napi_property_descriptor d = {"constants", NULL, NULL, NULL, NULL, constants, napi_enumerable, NULL};
  if (napi_define_properties(env, exports, 1, &d) != napi_ok) return NULL;
  return exports;
}
