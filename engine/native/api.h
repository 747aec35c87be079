/* The core's functions as the bindings see them: one table (api.c) that the Node-API addon (binding.c) and the
 * WebAssembly exports (wasm/wasm_api.c) both serve, and one table of the numbers JavaScript needs (status codes,
 * template format ids, layouts), so no binding copies a constant or converts arguments of its own.
 *
 * A function takes up to ST_API_MAX_ARGS values, each bytes (a Uint8Array), an integer or minutiae (an Int32Array
 * of ST_MINUTIA_FIELDS groups); the binding checks the JavaScript types (a TypeError naming the argument, code
 * ST_E_ARGUMENT), the function checks everything else. It returns ST_OK, a positive st_status or a negative
 * st_match_status (st_api_status_name/message name both), and its result is bytes, int32 fields or a score.
 * Memory comes from the binding (st_api_memory): no libc here, the same file runs as freestanding WebAssembly. */
#ifndef ST_API_H
#define ST_API_H

#include <stddef.h>
#include <stdint.h>

#include "matcher.h"

/* Template format ids of importTemplate/exportTemplate. */
typedef enum { ST_FORMAT_SINHTRAC = 0, ST_FORMAT_ISO19794_2_2005 = 1, ST_FORMAT_ANSI378_2004 = 2 } st_template_format;

/* decodeTemplate's result: these int32 fields, then ST_MINUTIA_FIELDS per minutia. The extension is
 * input[extension offset, + extension bytes). */
enum {
  ST_DECODED_WIDTH,
  ST_DECODED_HEIGHT,
  ST_DECODED_QUALITY,
  ST_DECODED_POSITION,
  ST_DECODED_COUNT,
  ST_DECODED_EXTENSION_OFFSET,
  ST_DECODED_EXTENSION_BYTES,
  ST_DECODED_HEADER_FIELDS
};
/* One minutia as int32 fields (decodeTemplate's result, encodeTemplate's argument). */
enum { ST_MINUTIA_X, ST_MINUTIA_Y, ST_MINUTIA_ANGLE, ST_MINUTIA_TYPE, ST_MINUTIA_QUALITY, ST_MINUTIA_FIELDS };

/* decodeWsq's result: these int32 fields (little-endian), then width x height gray bytes, row-major. */
enum { ST_WSQ_RESULT_WIDTH, ST_WSQ_RESULT_HEIGHT, ST_WSQ_RESULT_PPI, ST_WSQ_RESULT_FIELDS };

#define ST_API_MAX_ARGS 6

typedef enum { ST_API_ARG_BYTES, ST_API_ARG_INT, ST_API_ARG_MINUTIAE } st_api_arg_kind;
typedef enum { ST_API_RESULT_BYTES, ST_API_RESULT_FIELDS, ST_API_RESULT_SCORE } st_api_result_kind;

typedef struct {
  st_api_arg_kind kind;
  /* TypeError message when the JavaScript value is not of this kind. */
  const char *type_error;
} st_api_arg;

/* One argument: bytes (data/length), minutiae (fields/field_count int32s, a multiple of ST_MINUTIA_FIELDS) or an
 * integer (value). Borrowed for the duration of the call. */
typedef struct {
  const uint8_t *data;
  size_t length;
  const int32_t *fields;
  size_t field_count;
  int32_t value;
} st_api_value;

/* Bytes or int32 fields (data/length in bytes, living until the binding has copied them), or a score. */
typedef struct {
  const uint8_t *data;
  size_t length;
  float score;
} st_api_result;

/* Memory a binding lends a call. alloc'd blocks live until the binding has copied the result (aligned for any
 * type); the scratch and the prepare buffer (st_prepared_max_size() bytes) are the thread's, kept between calls.
 * Each returns NULL when out of memory. */
typedef struct st_api_memory st_api_memory;
struct st_api_memory {
  void *(*alloc)(st_api_memory *memory, size_t bytes);
  st_match_scratch *(*match_scratch)(st_api_memory *memory);
  uint8_t *(*prepare_buffer)(st_api_memory *memory);
};

typedef int (*st_api_call)(st_api_memory *memory, const st_api_value *args, st_api_result *result);

typedef struct {
  const char *name; /* the JavaScript name */
  st_api_call call;
  st_api_result_kind result;
  uint32_t arg_count;
  st_api_arg args[ST_API_MAX_ARGS];
} st_api_function;

extern const st_api_function st_api_functions[];
extern const uint32_t st_api_function_count;

typedef struct {
  const char *name;
  int32_t value;
} st_api_constant;

/* Status codes (core and matcher), format ids, the decoded and minutia field layouts and the internal template's
 * header offsets: JavaScript reads them from here (engine/native/core-constants.ts is generated from this table). */
extern const st_api_constant st_api_constants[];
extern const uint32_t st_api_constant_count;

/* Name and message of a function's status: positive st_status, negative st_match_status. */
const char *st_api_status_name(int status);
const char *st_api_status_message(int status);

#endif
