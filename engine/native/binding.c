/* Node-API binding: converts JavaScript arguments to core calls and results back, nothing else.
 * No mutable globals, so the addon loads in any number of worker threads at once. */
#include <node_api.h>
#include <stdlib.h>
#include <string.h>

#include "ansi378_2004.h"
#include "extract.h"
#include "iso19794_2_2005.h"
#include "status.h"
#include "template_codec.h"

/* Template format ids shared with engine/native/index.ts. */
enum { FORMAT_SINHTRAC = 0, FORMAT_ISO19794_2_2005 = 1, FORMAT_ANSI378_2004 = 2 };

#define MAX_ARGS 8

#define CALL(env, expr)                                                           \
  do {                                                                            \
    if ((expr) != napi_ok) {                                                      \
      bool pending = false;                                                       \
      napi_is_exception_pending((env), &pending);                                 \
      if (!pending) napi_throw_error((env), "ST_E_ARGUMENT", "Node-API call failed"); \
      return NULL;                                                                \
    }                                                                             \
  } while (0)

static napi_value throw_status(napi_env env, st_status s) {
  napi_throw_error(env, st_status_name(s), st_status_message(s));
  return NULL;
}

static napi_value throw_argument(napi_env env, const char *message) {
  napi_throw_type_error(env, "ST_E_ARGUMENT", message);
  return NULL;
}

static int get_args(napi_env env, napi_callback_info info, size_t expected, napi_value *argv) {
  size_t argc = MAX_ARGS;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return 0;
  if (argc < expected) {
    napi_throw_type_error(env, "ST_E_ARGUMENT", "too few arguments");
    return 0;
  }
  return 1;
}

/* Uint8Array (or Buffer) contents, borrowed for the duration of the call. */
static int get_bytes(napi_env env, napi_value v, const uint8_t **data, size_t *length) {
  bool is_typed = false;
  napi_is_typedarray(env, v, &is_typed);
  if (!is_typed) return 0;
  napi_typedarray_type type;
  void *p = NULL;
  if (napi_get_typedarray_info(env, v, &type, length, &p, NULL, NULL) != napi_ok) return 0;
  if (type != napi_uint8_array) return 0;
  *data = (const uint8_t *)p;
  return 1;
}

static int get_int(napi_env env, napi_value v, int32_t *out) {
  napi_valuetype t;
  if (napi_typeof(env, v, &t) != napi_ok || t != napi_number) return 0;
  return napi_get_value_int32(env, v, out) == napi_ok;
}

static napi_value make_bytes(napi_env env, const uint8_t *data, size_t length) {
  void *p = NULL;
  napi_value buffer, array;
  CALL(env, napi_create_arraybuffer(env, length, &p, &buffer));
  if (length) memcpy(p, data, length);
  CALL(env, napi_create_typedarray(env, napi_uint8_array, length, buffer, 0, &array));
  return array;
}

static napi_value encode_internal(napi_env env, const st_template *t, const uint8_t *ext, uint32_t ext_bytes) {
  size_t capacity = st_template_encoded_bytes(t, ext_bytes), written = 0;
  uint8_t *out = malloc(capacity);
  if (!out) return throw_status(env, ST_E_NO_MEMORY);
  st_status s = st_template_encode(t, ext, ext_bytes, out, capacity, &written);
  napi_value result = s == ST_OK ? make_bytes(env, out, written) : throw_status(env, s);
  free(out);
  return result;
}

/* extract(gray: Uint8Array, width, height, dpi, position) -> internal template bytes */
static napi_value extract(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  if (!get_args(env, info, 5, argv)) return NULL;
  const uint8_t *gray;
  size_t gray_bytes;
  int32_t width, height, dpi, position;
  if (!get_bytes(env, argv[0], &gray, &gray_bytes)) return throw_argument(env, "gray must be a Uint8Array");
  if (!get_int(env, argv[1], &width) || !get_int(env, argv[2], &height) || !get_int(env, argv[3], &dpi) ||
      !get_int(env, argv[4], &position))
    return throw_argument(env, "width, height, dpi and position must be integers");
  if (position < 0 || position > 10) return throw_status(env, ST_E_POSITION_RANGE);
  size_t workspace_bytes = st_extract_workspace_bytes(width, height, dpi);
  if (!workspace_bytes) return throw_status(env, dpi < 250 || dpi > 1000 ? ST_E_IMAGE_DPI : ST_E_IMAGE_SIZE);
  void *workspace = malloc(workspace_bytes);
  st_template *t = malloc(sizeof(st_template));
  if (!workspace || !t) {
    free(workspace);
    free(t);
    return throw_status(env, ST_E_NO_MEMORY);
  }
  st_status s = st_extract(gray, gray_bytes, width, height, dpi, (uint8_t)position, workspace, workspace_bytes, t);
  free(workspace);
  napi_value result = s == ST_OK ? encode_internal(env, t, NULL, 0) : throw_status(env, s);
  free(t);
  return result;
}

static st_status decode_any(const uint8_t *in, size_t length, int32_t format, st_template *t, const uint8_t **ext,
                            uint32_t *ext_bytes) {
  *ext = NULL;
  *ext_bytes = 0;
  switch (format) {
    case FORMAT_SINHTRAC: return st_template_decode(in, length, t, ext, ext_bytes);
    case FORMAT_ISO19794_2_2005: return st_iso19794_2_2005_decode(in, length, t);
    case FORMAT_ANSI378_2004: return st_ansi378_2004_decode(in, length, t);
    default: return ST_E_ARGUMENT;
  }
}

/* (templateBytes, formatId) arguments and a heap template to decode into; NULL after throwing. */
static st_template *template_and_format_args(napi_env env, napi_callback_info info, const uint8_t **in,
                                             size_t *length, int32_t *format) {
  napi_value argv[MAX_ARGS];
  if (!get_args(env, info, 2, argv)) return NULL;
  if (!get_bytes(env, argv[0], in, length)) {
    throw_argument(env, "template must be a Uint8Array");
    return NULL;
  }
  if (!get_int(env, argv[1], format)) {
    throw_argument(env, "format must be an integer");
    return NULL;
  }
  st_template *t = malloc(sizeof(st_template));
  if (!t) throw_status(env, ST_E_NO_MEMORY);
  return t;
}

/* importTemplate(bytes, format) -> internal template bytes */
static napi_value import_template(napi_env env, napi_callback_info info) {
  const uint8_t *in;
  size_t length;
  int32_t format;
  st_template *t = template_and_format_args(env, info, &in, &length, &format);
  if (!t) return NULL;
  const uint8_t *ext;
  uint32_t ext_bytes;
  st_status s = decode_any(in, length, format, t, &ext, &ext_bytes);
  napi_value result = s == ST_OK ? encode_internal(env, t, ext, ext_bytes) : throw_status(env, s);
  free(t);
  return result;
}

/* exportTemplate(internalBytes, format) -> bytes in that format */
static napi_value export_template(napi_env env, napi_callback_info info) {
  const uint8_t *in;
  size_t length;
  int32_t format;
  st_template *t = template_and_format_args(env, info, &in, &length, &format);
  if (!t) return NULL;
  const uint8_t *ext;
  uint32_t ext_bytes;
  st_status s = st_template_decode(in, length, t, &ext, &ext_bytes);
  napi_value result = NULL;
  if (s != ST_OK) {
    result = throw_status(env, s);
  } else if (format == FORMAT_SINHTRAC) {
    result = encode_internal(env, t, ext, ext_bytes);
  } else if (format == FORMAT_ISO19794_2_2005 || format == FORMAT_ANSI378_2004) {
    size_t capacity = format == FORMAT_ISO19794_2_2005 ? st_iso19794_2_2005_encoded_bytes(t)
                                                        : st_ansi378_2004_encoded_bytes(t);
    size_t written = 0;
    uint8_t *out = malloc(capacity);
    if (!out) {
      result = throw_status(env, ST_E_NO_MEMORY);
    } else {
      s = format == FORMAT_ISO19794_2_2005 ? st_iso19794_2_2005_encode(t, out, capacity, &written)
                                            : st_ansi378_2004_encode(t, out, capacity, &written);
      result = s == ST_OK ? make_bytes(env, out, written) : throw_status(env, s);
      free(out);
    }
  } else {
    result = throw_status(env, ST_E_ARGUMENT);
  }
  free(t);
  return result;
}

static napi_status set_int(napi_env env, napi_value obj, const char *key, int32_t v) {
  napi_value n;
  napi_status s = napi_create_int32(env, v, &n);
  return s == napi_ok ? napi_set_named_property(env, obj, key, n) : s;
}

/* decodeTemplate(internalBytes) -> {width, height, quality, position, minutiae: Int32Array of
 * [x, y, angle, type, quality] per minutia, extension: Uint8Array} */
static napi_value decode_template(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  if (!get_args(env, info, 1, argv)) return NULL;
  const uint8_t *in;
  size_t length;
  if (!get_bytes(env, argv[0], &in, &length)) return throw_argument(env, "template must be a Uint8Array");
  st_template *t = malloc(sizeof(st_template));
  if (!t) return throw_status(env, ST_E_NO_MEMORY);
  const uint8_t *ext = NULL;
  uint32_t ext_bytes = 0;
  st_status s = st_template_decode(in, length, t, &ext, &ext_bytes);
  if (s != ST_OK) {
    free(t);
    return throw_status(env, s);
  }
  napi_value obj, buffer, minutiae, extension;
  void *p = NULL;
  napi_status ns = napi_create_object(env, &obj);
  if (ns == napi_ok) ns = set_int(env, obj, "width", t->width);
  if (ns == napi_ok) ns = set_int(env, obj, "height", t->height);
  if (ns == napi_ok) ns = set_int(env, obj, "quality", t->quality);
  if (ns == napi_ok) ns = set_int(env, obj, "position", t->position);
  if (ns == napi_ok) ns = napi_create_arraybuffer(env, (size_t)t->count * 5 * sizeof(int32_t), &p, &buffer);
  if (ns == napi_ok) {
    int32_t *fields = p;
    for (int i = 0; i < t->count; i++) {
      const st_minutia *m = &t->minutiae[i];
      fields[i * 5 + 0] = m->x;
      fields[i * 5 + 1] = m->y;
      fields[i * 5 + 2] = m->angle;
      fields[i * 5 + 3] = m->type;
      fields[i * 5 + 4] = m->quality;
    }
    ns = napi_create_typedarray(env, napi_int32_array, (size_t)t->count * 5, buffer, 0, &minutiae);
  }
  if (ns == napi_ok) ns = napi_set_named_property(env, obj, "minutiae", minutiae);
  free(t);
  if (ns != napi_ok) return throw_status(env, ST_E_NO_MEMORY);
  extension = make_bytes(env, ext, ext_bytes);
  if (!extension) return NULL;
  CALL(env, napi_set_named_property(env, obj, "extension", extension));
  return obj;
}

/* encodeTemplate(width, height, quality, position, minutiae: Int32Array) -> internal template bytes */
static napi_value encode_template(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  if (!get_args(env, info, 5, argv)) return NULL;
  int32_t width, height, quality, position;
  if (!get_int(env, argv[0], &width) || !get_int(env, argv[1], &height) || !get_int(env, argv[2], &quality) ||
      !get_int(env, argv[3], &position))
    return throw_argument(env, "width, height, quality and position must be integers");
  bool is_typed = false;
  napi_is_typedarray(env, argv[4], &is_typed);
  napi_typedarray_type type;
  size_t n = 0;
  void *p = NULL;
  if (!is_typed || napi_get_typedarray_info(env, argv[4], &type, &n, &p, NULL, NULL) != napi_ok ||
      type != napi_int32_array || n % 5 != 0)
    return throw_argument(env, "minutiae must be an Int32Array of [x, y, angle, type, quality] groups");
  if (n / 5 > ST_MAX_MINUTIAE) return throw_status(env, ST_E_TOO_MANY_MINUTIAE);
  if (width < 1 || height < 1 || width > ST_TEMPLATE_MAX_COORDINATE || height > ST_TEMPLATE_MAX_COORDINATE)
    return throw_status(env, ST_E_IMAGE_SIZE_FIELD);
  if (quality < 0 || quality > 100) return throw_status(env, ST_E_QUALITY_RANGE);
  if (position < 0 || position > 10) return throw_status(env, ST_E_POSITION_RANGE);
  st_template *t = malloc(sizeof(st_template));
  if (!t) return throw_status(env, ST_E_NO_MEMORY);
  t->width = (uint16_t)width;
  t->height = (uint16_t)height;
  t->quality = (uint8_t)quality;
  t->position = (uint8_t)position;
  t->count = (uint16_t)(n / 5);
  const int32_t *f = p;
  st_status s = ST_OK;
  for (int i = 0; i < t->count && s == ST_OK; i++) {
    const int32_t *g = f + i * 5;
    if (g[0] < 0 || g[0] >= width || g[1] < 0 || g[1] >= height) s = ST_E_COORDINATE_RANGE;
    else if (g[2] < 0 || g[2] > 255) s = ST_E_ANGLE_RANGE;
    else if (g[3] < 0 || g[3] > ST_MINUTIA_BIFURCATION) s = ST_E_MINUTIA_TYPE;
    else if (g[4] < 0 || g[4] > 100) s = ST_E_QUALITY_RANGE;
    else {
      st_minutia *m = &t->minutiae[i];
      m->x = (int16_t)g[0];
      m->y = (int16_t)g[1];
      m->angle = (uint8_t)g[2];
      m->type = (uint8_t)g[3];
      m->quality = (uint8_t)g[4];
    }
  }
  napi_value result = s == ST_OK ? encode_internal(env, t, NULL, 0) : throw_status(env, s);
  free(t);
  return result;
}

/* --- matcher --- */
/* The matcher engineer registers their functions here (and only here): add entries to matcher_functions.
 * Prepared-template buffers cross to JavaScript as ArrayBuffers/Uint8Arrays. */
#include "matcher.h"

/* One scratch and one prepare buffer per thread: the addon runs in several worker threads, and neither
 * st_match nor st_prepare should allocate per call (the prepare bound is large enough to be an mmap each time).
 * Freed when the thread's environment is torn down. */
static _Thread_local st_match_scratch *thread_scratch;
static _Thread_local uint8_t *thread_prepare_buffer;

static void free_thread_matcher_memory(void *arg) {
  (void)arg;
  free(thread_scratch);
  free(thread_prepare_buffer);
  thread_scratch = NULL;
  thread_prepare_buffer = NULL;
}

static st_match_scratch *get_thread_scratch(napi_env env) {
  if (thread_scratch) return thread_scratch;
  void *memory = malloc(st_match_scratch_size());
  uint8_t *buffer = malloc(st_prepared_max_size());
  if (!memory || !buffer || napi_add_env_cleanup_hook(env, free_thread_matcher_memory, NULL) != napi_ok) {
    free(memory);
    free(buffer);
    return NULL;
  }
  thread_prepare_buffer = buffer;
  thread_scratch = st_match_scratch_init(memory);
  return thread_scratch;
}

/* prepareTemplate(internalBytes) -> prepared template bytes (matcher search structures) */
static napi_value prepare_template(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  if (!get_args(env, info, 1, argv)) return NULL;
  const uint8_t *in;
  size_t length;
  if (!get_bytes(env, argv[0], &in, &length)) return throw_argument(env, "template must be a Uint8Array");
  st_template *t = malloc(sizeof(st_template));
  if (!t || !get_thread_scratch(env)) {
    free(t);
    return throw_status(env, ST_E_NO_MEMORY);
  }
  uint8_t *out = thread_prepare_buffer;
  napi_value result = NULL;
  st_status s = st_template_decode(in, length, t, NULL, NULL);
  if (s != ST_OK) {
    result = throw_status(env, s);
  } else {
    long written = st_prepare(t, out, st_prepared_max_size());
    if (written < 0) napi_throw_error(env, st_match_status_name((int)written), st_match_status_text((int)written));
    else result = make_bytes(env, out, (size_t)written);
  }
  free(t);
  return result;
}

/* Prepared bytes must start on a 2-byte boundary; a Uint8Array view at an odd offset is copied. */
static const uint8_t *aligned_prepared(const uint8_t *p, size_t length, uint8_t **copy) {
  *copy = NULL;
  if (((uintptr_t)p & 1) == 0) return p;
  *copy = malloc(length ? length : 1);
  if (*copy) memcpy(*copy, p, length);
  return *copy;
}

/* matchPrepared(preparedA, preparedB) -> similarity score >= 0 */
static napi_value match_prepared(napi_env env, napi_callback_info info) {
  napi_value argv[MAX_ARGS];
  if (!get_args(env, info, 2, argv)) return NULL;
  const uint8_t *a, *b;
  size_t a_length, b_length;
  if (!get_bytes(env, argv[0], &a, &a_length) || !get_bytes(env, argv[1], &b, &b_length))
    return throw_argument(env, "prepared templates must be Uint8Arrays");
  st_match_scratch *scratch = get_thread_scratch(env);
  if (!scratch) return throw_status(env, ST_E_NO_MEMORY);
  uint8_t *a_copy, *b_copy;
  const uint8_t *a_aligned = aligned_prepared(a, a_length, &a_copy);
  const uint8_t *b_aligned = aligned_prepared(b, b_length, &b_copy);
  float score = 0;
  int status = a_aligned && b_aligned ? st_match(a_aligned, a_length, b_aligned, b_length, scratch, &score)
                                      : ST_MATCH_ERR_BUFFER_TOO_SMALL;
  free(a_copy);
  free(b_copy);
  if (!a_aligned || !b_aligned) return throw_status(env, ST_E_NO_MEMORY);
  if (status != ST_MATCH_OK) {
    napi_throw_error(env, st_match_status_name(status), st_match_status_text(status));
    return NULL;
  }
  napi_value result;
  CALL(env, napi_create_double(env, score, &result));
  return result;
}

static const napi_property_descriptor matcher_functions[] = {
    {"prepareTemplate", NULL, prepare_template, NULL, NULL, NULL, napi_enumerable, NULL},
    {"matchPrepared", NULL, match_prepared, NULL, NULL, NULL, napi_enumerable, NULL},
};
static const size_t matcher_function_count = sizeof matcher_functions / sizeof matcher_functions[0];
/* --- end matcher --- */

NAPI_MODULE_INIT() {
  napi_property_descriptor core_functions[] = {
      {"extract", NULL, extract, NULL, NULL, NULL, napi_enumerable, NULL},
      {"importTemplate", NULL, import_template, NULL, NULL, NULL, napi_enumerable, NULL},
      {"exportTemplate", NULL, export_template, NULL, NULL, NULL, napi_enumerable, NULL},
      {"decodeTemplate", NULL, decode_template, NULL, NULL, NULL, napi_enumerable, NULL},
      {"encodeTemplate", NULL, encode_template, NULL, NULL, NULL, napi_enumerable, NULL},
  };
  if (napi_define_properties(env, exports, sizeof core_functions / sizeof core_functions[0], core_functions) !=
      napi_ok)
    return NULL;
  if (matcher_function_count &&
      napi_define_properties(env, exports, matcher_function_count, matcher_functions) != napi_ok)
    return NULL;
  return exports;
}
