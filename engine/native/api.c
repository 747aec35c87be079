/* The functions both bindings serve (api.h): argument checks beyond JavaScript types, core calls, results. */
#include "api.h"

#include "ansi378_2004.h"
#include "bmp.h"
#include "extract.h"
#include "iso19794_2_2005.h"
#include "quality_features.h"
#include "status.h"
#include "template_codec.h"
#include "wsq.h"

static int encode_internal(st_api_memory *m, const st_template *t, const uint8_t *ext, uint32_t ext_bytes,
                           st_api_result *result) {
  size_t capacity = st_template_encoded_bytes(t, ext_bytes), written = 0;
  uint8_t *out = m->alloc(m, capacity);
  if (!out) return ST_E_NO_MEMORY;
  st_status s = st_template_encode(t, ext, ext_bytes, out, capacity, &written);
  if (s == ST_OK) result->data = out, result->length = written;
  return s;
}

/* extract(gray, width, height, dpi, position) -> internal template bytes */
static int api_extract(st_api_memory *m, const st_api_value *a, st_api_result *result) {
  int32_t width = a[1].value, height = a[2].value, dpi = a[3].value, position = a[4].value;
  if (position < 0 || position > 10) return ST_E_POSITION_RANGE;
  size_t workspace_bytes = st_extract_workspace_bytes(width, height, dpi);
  if (!workspace_bytes) return dpi < 250 || dpi > 1000 ? ST_E_IMAGE_DPI : ST_E_IMAGE_SIZE;
  void *workspace = m->alloc(m, workspace_bytes);
  st_template *t = m->alloc(m, sizeof(st_template));
  if (!workspace || !t) return ST_E_NO_MEMORY;
  st_status s =
      st_extract(a[0].data, a[0].length, width, height, dpi, (uint8_t)position, workspace, workspace_bytes, t);
  return s == ST_OK ? encode_internal(m, t, 0, 0, result) : (int)s;
}

/* qualityFeatures(gray, width, height, dpi) -> int32 fields: ST_QF_* (quality_features.h) */
static int api_quality_features(st_api_memory *m, const st_api_value *a, st_api_result *result) {
  int32_t width = a[1].value, height = a[2].value, dpi = a[3].value;
  size_t workspace_bytes = st_quality_features_workspace_bytes(width, height, dpi);
  if (!workspace_bytes) return dpi < 250 || dpi > 1000 ? ST_E_IMAGE_DPI : ST_E_IMAGE_SIZE;
  void *workspace = m->alloc(m, workspace_bytes);
  int32_t *f = m->alloc(m, sizeof(int32_t) * ST_QF_FIELDS);
  if (!workspace || !f) return ST_E_NO_MEMORY;
  st_status s = st_quality_features(a[0].data, a[0].length, width, height, dpi, workspace, workspace_bytes, f);
  if (s == ST_OK) result->data = (const uint8_t *)f, result->length = sizeof(int32_t) * ST_QF_FIELDS;
  return s;
}

static st_status decode_any(const uint8_t *in, size_t length, int32_t format, st_template *t, const uint8_t **ext,
                            uint32_t *ext_bytes) {
  *ext = 0;
  *ext_bytes = 0;
  switch (format) {
    case ST_FORMAT_SINHTRAC: return st_template_decode(in, length, t, ext, ext_bytes);
    case ST_FORMAT_ISO19794_2_2005: return st_iso19794_2_2005_decode(in, length, t);
    case ST_FORMAT_ANSI378_2004: return st_ansi378_2004_decode(in, length, t);
    default: return ST_E_ARGUMENT;
  }
}

/* importTemplate(bytes, format) -> internal template bytes */
static int api_import(st_api_memory *m, const st_api_value *a, st_api_result *result) {
  st_template *t = m->alloc(m, sizeof(st_template));
  if (!t) return ST_E_NO_MEMORY;
  const uint8_t *ext;
  uint32_t ext_bytes;
  st_status s = decode_any(a[0].data, a[0].length, a[1].value, t, &ext, &ext_bytes);
  return s == ST_OK ? encode_internal(m, t, ext, ext_bytes, result) : (int)s;
}

/* exportTemplate(internalBytes, format) -> bytes in that format */
static int api_export(st_api_memory *m, const st_api_value *a, st_api_result *result) {
  int32_t format = a[1].value;
  st_template *t = m->alloc(m, sizeof(st_template));
  if (!t) return ST_E_NO_MEMORY;
  const uint8_t *ext;
  uint32_t ext_bytes;
  st_status s = st_template_decode(a[0].data, a[0].length, t, &ext, &ext_bytes);
  if (s != ST_OK) return s;
  if (format == ST_FORMAT_SINHTRAC) return encode_internal(m, t, ext, ext_bytes, result);
  if (format != ST_FORMAT_ISO19794_2_2005 && format != ST_FORMAT_ANSI378_2004) return ST_E_ARGUMENT;
  int iso = format == ST_FORMAT_ISO19794_2_2005;
  size_t capacity = iso ? st_iso19794_2_2005_encoded_bytes(t) : st_ansi378_2004_encoded_bytes(t), written = 0;
  uint8_t *out = m->alloc(m, capacity);
  if (!out) return ST_E_NO_MEMORY;
  s = iso ? st_iso19794_2_2005_encode(t, out, capacity, &written) : st_ansi378_2004_encode(t, out, capacity, &written);
  if (s == ST_OK) result->data = out, result->length = written;
  return s;
}

/* decodeTemplate(internalBytes) -> int32 fields: ST_DECODED_* then ST_MINUTIA_* per minutia */
static int api_decode(st_api_memory *m, const st_api_value *a, st_api_result *result) {
  st_template *t = m->alloc(m, sizeof(st_template));
  if (!t) return ST_E_NO_MEMORY;
  const uint8_t *ext;
  uint32_t ext_bytes;
  st_status s = st_template_decode(a[0].data, a[0].length, t, &ext, &ext_bytes);
  if (s != ST_OK) return s;
  size_t bytes = (ST_DECODED_HEADER_FIELDS + (size_t)ST_MINUTIA_FIELDS * t->count) * sizeof(int32_t);
  int32_t *f = m->alloc(m, bytes);
  if (!f) return ST_E_NO_MEMORY;
  f[ST_DECODED_WIDTH] = t->width;
  f[ST_DECODED_HEIGHT] = t->height;
  f[ST_DECODED_QUALITY] = t->quality;
  f[ST_DECODED_POSITION] = t->position;
  f[ST_DECODED_COUNT] = t->count;
  f[ST_DECODED_EXTENSION_OFFSET] = ext ? (int32_t)(ext - a[0].data) : 0;
  f[ST_DECODED_EXTENSION_BYTES] = (int32_t)ext_bytes;
  for (int i = 0; i < t->count; i++) {
    const st_minutia *mi = &t->minutiae[i];
    int32_t *g = f + ST_DECODED_HEADER_FIELDS + ST_MINUTIA_FIELDS * i;
    g[ST_MINUTIA_X] = mi->x;
    g[ST_MINUTIA_Y] = mi->y;
    g[ST_MINUTIA_ANGLE] = mi->angle;
    g[ST_MINUTIA_TYPE] = mi->type;
    g[ST_MINUTIA_QUALITY] = mi->quality;
  }
  result->data = (const uint8_t *)f, result->length = bytes;
  return ST_OK;
}

/* encodeTemplate(width, height, quality, position, minutiae) -> internal template bytes */
static int api_encode(st_api_memory *m, const st_api_value *a, st_api_result *result) {
  int32_t width = a[0].value, height = a[1].value, quality = a[2].value, position = a[3].value;
  size_t count = a[4].field_count / ST_MINUTIA_FIELDS;
  if (count > ST_MAX_MINUTIAE) return ST_E_TOO_MANY_MINUTIAE;
  if (width < 1 || height < 1 || width > ST_TEMPLATE_MAX_COORDINATE || height > ST_TEMPLATE_MAX_COORDINATE)
    return ST_E_IMAGE_SIZE_FIELD;
  if (quality < 0 || quality > 100) return ST_E_QUALITY_RANGE;
  if (position < 0 || position > 10) return ST_E_POSITION_RANGE;
  st_template *t = m->alloc(m, sizeof(st_template));
  if (!t) return ST_E_NO_MEMORY;
  t->width = (uint16_t)width, t->height = (uint16_t)height;
  t->quality = (uint8_t)quality, t->position = (uint8_t)position, t->count = (uint16_t)count;
  for (size_t i = 0; i < count; i++) {
    const int32_t *g = a[4].fields + ST_MINUTIA_FIELDS * i;
    if (g[ST_MINUTIA_X] < 0 || g[ST_MINUTIA_X] >= width || g[ST_MINUTIA_Y] < 0 || g[ST_MINUTIA_Y] >= height)
      return ST_E_COORDINATE_RANGE;
    if (g[ST_MINUTIA_ANGLE] < 0 || g[ST_MINUTIA_ANGLE] > 255) return ST_E_ANGLE_RANGE;
    if (g[ST_MINUTIA_TYPE] < 0 || g[ST_MINUTIA_TYPE] > ST_MINUTIA_BIFURCATION) return ST_E_MINUTIA_TYPE;
    if (g[ST_MINUTIA_QUALITY] < 0 || g[ST_MINUTIA_QUALITY] > 100) return ST_E_QUALITY_RANGE;
    st_minutia *mi = &t->minutiae[i];
    mi->x = (int16_t)g[ST_MINUTIA_X], mi->y = (int16_t)g[ST_MINUTIA_Y];
    mi->angle = (uint8_t)g[ST_MINUTIA_ANGLE], mi->type = (uint8_t)g[ST_MINUTIA_TYPE];
    mi->quality = (uint8_t)g[ST_MINUTIA_QUALITY];
  }
  return encode_internal(m, t, 0, 0, result);
}

/* decodeWsq(bytes, maxPixels) -> ST_WSQ_RESULT_* fields, then the gray pixels (wsq.h) */
static int api_decode_wsq(st_api_memory *m, const st_api_value *a, st_api_result *result) {
  st_wsq_info info;
  st_status s = st_wsq_read_info(a[0].data, a[0].length, &info);
  if (s != ST_OK) return s;
  size_t pixels = (size_t)info.width * (size_t)info.height, header = ST_WSQ_RESULT_FIELDS * sizeof(int32_t);
  if (a[1].value < 1 || pixels > (size_t)a[1].value) return ST_E_IMAGE_SIZE;
  size_t workspace_bytes = st_wsq_workspace_bytes(info.width, info.height);
  void *workspace = m->alloc(m, workspace_bytes);
  uint8_t *out = m->alloc(m, header + pixels);
  if (!workspace || !out) return ST_E_NO_MEMORY;
  s = st_wsq_decode(a[0].data, a[0].length, workspace, workspace_bytes, out + header, pixels, &info);
  if (s != ST_OK) return s;
  const int32_t fields[ST_WSQ_RESULT_FIELDS] = {info.width, info.height, info.ppi};
  for (size_t i = 0; i < header; i++) out[i] = (uint8_t)((uint32_t)fields[i / 4] >> (8 * (i % 4)));
  result->data = out, result->length = header + pixels;
  return ST_OK;
}

/* --- matcher --- */

/* prepareTemplate(internalBytes) -> prepared template bytes (matcher search structures) */
static int api_prepare(st_api_memory *m, const st_api_value *a, st_api_result *result) {
  st_template *t = m->alloc(m, sizeof(st_template));
  uint8_t *out = m->prepare_buffer(m);
  if (!t || !out) return ST_E_NO_MEMORY;
  st_status s = st_template_decode(a[0].data, a[0].length, t, 0, 0);
  if (s != ST_OK) return s;
  long written = st_prepare(t, out, st_prepared_max_size());
  if (written < 0) return (int)written;
  result->data = out, result->length = (size_t)written;
  return ST_OK;
}

/* Prepared bytes must start on a 2-byte boundary; a view at an odd offset is copied. */
static const uint8_t *aligned_prepared(st_api_memory *m, const st_api_value *v) {
  if (((uintptr_t)v->data & 1) == 0) return v->data;
  uint8_t *copy = m->alloc(m, v->length ? v->length : 1);
  if (copy)
    for (size_t i = 0; i < v->length; i++) copy[i] = v->data[i];
  return copy;
}

/* matchPrepared(preparedA, preparedB) -> similarity score >= 0 */
static int api_match(st_api_memory *m, const st_api_value *a, st_api_result *result) {
  st_match_scratch *scratch = m->match_scratch(m);
  if (!scratch) return ST_E_NO_MEMORY;
  const uint8_t *pa = aligned_prepared(m, &a[0]), *pb = aligned_prepared(m, &a[1]);
  if (!pa || !pb) return ST_E_NO_MEMORY;
  return st_match(pa, a[0].length, pb, a[1].length, scratch, &result->score);
}

/* --- end matcher --- */

/* --- image files --- */

static int info_fields(st_api_memory *m, const st_image_file_info *info, st_api_result *result) {
  int32_t *f = m->alloc(m, ST_IMAGE_INFO_FIELDS * sizeof(int32_t));
  if (!f) return ST_E_NO_MEMORY;
  f[ST_IMAGE_INFO_WIDTH] = info->width, f[ST_IMAGE_INFO_HEIGHT] = info->height;
  f[ST_IMAGE_INFO_X_DPI] = info->x_dpi, f[ST_IMAGE_INFO_Y_DPI] = info->y_dpi;
  result->data = (const uint8_t *)f, result->length = ST_IMAGE_INFO_FIELDS * sizeof(int32_t);
  return ST_OK;
}

/* bmpInfo(bytes) -> int32 fields ST_IMAGE_INFO_* (header checked, nothing decoded) */
static int api_bmp_info(st_api_memory *m, const st_api_value *a, st_api_result *result) {
  st_image_file_info info;
  st_status s = st_bmp_read_info(a[0].data, a[0].length, &info);
  return s == ST_OK ? info_fields(m, &info, result) : (int)s;
}

/* decodeBmp(bytes) -> gray bytes, width x height, top row first */
static int api_bmp_decode(st_api_memory *m, const st_api_value *a, st_api_result *result) {
  st_image_file_info info;
  st_status s = st_bmp_read_info(a[0].data, a[0].length, &info);
  if (s != ST_OK) return s;
  size_t bytes = (size_t)info.width * (size_t)info.height;
  uint8_t *gray = m->alloc(m, bytes);
  if (!gray) return ST_E_NO_MEMORY;
  s = st_bmp_decode(a[0].data, a[0].length, gray, bytes);
  if (s == ST_OK) result->data = gray, result->length = bytes;
  return s;
}

/* --- end image files --- */

#define BYTES(message) {ST_API_ARG_BYTES, message}
#define INT(message) {ST_API_ARG_INT, message}
#define MINUTIAE {ST_API_ARG_MINUTIAE, "minutiae must be an Int32Array of [x, y, angle, type, quality] groups"}
#define TEMPLATE BYTES("template must be a Uint8Array")
#define FORMAT INT("format must be an integer")
#define EXTRACT_INT INT("width, height, dpi and position must be integers")
#define QUALITY_INT INT("width, height and dpi must be integers")
#define ENCODE_INT INT("width, height, quality and position must be integers")
#define PREPARED BYTES("prepared templates must be Uint8Arrays")

/* Adding a core function: its api_ function above, one entry here, one line in NativeCore (core.ts); README.md. */
const st_api_function st_api_functions[] = {
    {"extract", api_extract, ST_API_RESULT_BYTES, 5,
     {BYTES("gray must be a Uint8Array"), EXTRACT_INT, EXTRACT_INT, EXTRACT_INT, EXTRACT_INT}},
    {"qualityFeatures", api_quality_features, ST_API_RESULT_FIELDS, 4,
     {BYTES("gray must be a Uint8Array"), QUALITY_INT, QUALITY_INT, QUALITY_INT}},
    {"importTemplate", api_import, ST_API_RESULT_BYTES, 2, {TEMPLATE, FORMAT}},
    {"exportTemplate", api_export, ST_API_RESULT_BYTES, 2, {TEMPLATE, FORMAT}},
    {"decodeTemplate", api_decode, ST_API_RESULT_FIELDS, 1, {TEMPLATE}},
    {"encodeTemplate", api_encode, ST_API_RESULT_BYTES, 5, {ENCODE_INT, ENCODE_INT, ENCODE_INT, ENCODE_INT, MINUTIAE}},
    {"prepareTemplate", api_prepare, ST_API_RESULT_BYTES, 1, {TEMPLATE}},
    {"matchPrepared", api_match, ST_API_RESULT_SCORE, 2, {PREPARED, PREPARED}},
    {"decodeWsq", api_decode_wsq, ST_API_RESULT_BYTES, 2, {BYTES("wsq must be a Uint8Array"), INT("maxPixels must be an integer")}},
    {"bmpInfo", api_bmp_info, ST_API_RESULT_FIELDS, 1, {BYTES("image must be a Uint8Array")}},
    {"decodeBmp", api_bmp_decode, ST_API_RESULT_BYTES, 1, {BYTES("image must be a Uint8Array")}},
};
const uint32_t st_api_function_count = sizeof st_api_functions / sizeof st_api_functions[0];

#define CONSTANT(name) {#name, name}
const st_api_constant st_api_constants[] = {
    CONSTANT(ST_OK),
    CONSTANT(ST_E_TRUNCATED),
    CONSTANT(ST_E_BAD_MAGIC),
    CONSTANT(ST_E_BAD_VERSION),
    CONSTANT(ST_E_LENGTH_MISMATCH),
    CONSTANT(ST_E_NO_FINGER_VIEW),
    CONSTANT(ST_E_COUNT_OVERRUN),
    CONSTANT(ST_E_TOO_MANY_MINUTIAE),
    CONSTANT(ST_E_ANGLE_RANGE),
    CONSTANT(ST_E_COORDINATE_RANGE),
    CONSTANT(ST_E_MINUTIA_TYPE),
    CONSTANT(ST_E_QUALITY_RANGE),
    CONSTANT(ST_E_POSITION_RANGE),
    CONSTANT(ST_E_RESOLUTION),
    CONSTANT(ST_E_IMAGE_SIZE_FIELD),
    CONSTANT(ST_E_EXTENDED_DATA),
    CONSTANT(ST_E_IMAGE_SIZE),
    CONSTANT(ST_E_IMAGE_DPI),
    CONSTANT(ST_E_IMAGE_BUFFER),
    CONSTANT(ST_E_NO_FINGER),
    CONSTANT(ST_E_IMAGE_TRUNCATED),
    CONSTANT(ST_E_IMAGE_HEADER),
    CONSTANT(ST_E_IMAGE_UNSUPPORTED),
    CONSTANT(ST_E_OUTPUT_TOO_SMALL),
    CONSTANT(ST_E_NO_MEMORY),
    CONSTANT(ST_E_ARGUMENT),
    CONSTANT(ST_E_WSQ_TRUNCATED),
    CONSTANT(ST_E_WSQ_MARKER),
    CONSTANT(ST_E_WSQ_SEGMENT_LENGTH),
    CONSTANT(ST_E_WSQ_TABLE),
    CONSTANT(ST_E_WSQ_TABLE_MISSING),
    CONSTANT(ST_E_WSQ_HUFFMAN),
    CONSTANT(ST_STATUS_COUNT),
    CONSTANT(ST_MATCH_OK),
    CONSTANT(ST_MATCH_ERR_BUFFER_TOO_SMALL),
    CONSTANT(ST_MATCH_ERR_NOT_PREPARED),
    CONSTANT(ST_MATCH_ERR_VERSION),
    CONSTANT(ST_MATCH_ERR_CORRUPT),
    CONSTANT(ST_MATCH_ERR_MISALIGNED),
    CONSTANT(ST_MATCH_ERR_INVALID_TEMPLATE),
    CONSTANT(ST_FORMAT_SINHTRAC),
    CONSTANT(ST_FORMAT_ISO19794_2_2005),
    CONSTANT(ST_FORMAT_ANSI378_2004),
    CONSTANT(ST_DECODED_WIDTH),
    CONSTANT(ST_DECODED_HEIGHT),
    CONSTANT(ST_DECODED_QUALITY),
    CONSTANT(ST_DECODED_POSITION),
    CONSTANT(ST_DECODED_COUNT),
    CONSTANT(ST_DECODED_EXTENSION_OFFSET),
    CONSTANT(ST_DECODED_EXTENSION_BYTES),
    CONSTANT(ST_DECODED_HEADER_FIELDS),
    CONSTANT(ST_MINUTIA_X),
    CONSTANT(ST_MINUTIA_Y),
    CONSTANT(ST_MINUTIA_ANGLE),
    CONSTANT(ST_MINUTIA_TYPE),
    CONSTANT(ST_MINUTIA_QUALITY),
    CONSTANT(ST_MINUTIA_FIELDS),
    CONSTANT(ST_IMAGE_INFO_WIDTH),
    CONSTANT(ST_IMAGE_INFO_HEIGHT),
    CONSTANT(ST_IMAGE_INFO_X_DPI),
    CONSTANT(ST_IMAGE_INFO_Y_DPI),
    CONSTANT(ST_IMAGE_INFO_FIELDS),
    CONSTANT(ST_MINUTIA_OTHER),
    CONSTANT(ST_MINUTIA_ENDING),
    CONSTANT(ST_MINUTIA_BIFURCATION),
    CONSTANT(ST_MAX_MINUTIAE),
    CONSTANT(ST_QF_WIDTH),
    CONSTANT(ST_QF_HEIGHT),
    CONSTANT(ST_QF_MEAN_GRAY),
    CONSTANT(ST_QF_GRAY_P05),
    CONSTANT(ST_QF_GRAY_P95),
    CONSTANT(ST_QF_BLOCKS),
    CONSTANT(ST_QF_FOREGROUND_BLOCKS),
    CONSTANT(ST_QF_CERTAIN_BLOCKS),
    CONSTANT(ST_QF_RIDGE_BLOCKS),
    CONSTANT(ST_QF_RIDGE_CENTRE_X_PERMILLE),
    CONSTANT(ST_QF_RIDGE_CENTRE_Y_PERMILLE),
    CONSTANT(ST_QF_MEDIAN_PERIOD_CENTIPX),
    CONSTANT(ST_QF_CLARITY_PERMILLE),
    CONSTANT(ST_QF_DARK_PERMILLE),
    CONSTANT(ST_QF_FLOW_BLOCKS),
    CONSTANT(ST_QF_FIELDS),
    CONSTANT(ST_TEMPLATE_DPI),
    CONSTANT(ST_TEMPLATE_VERSION),
    CONSTANT(ST_TEMPLATE_HEADER_BYTES),
    CONSTANT(ST_TEMPLATE_VERSION_OFFSET),
    CONSTANT(ST_TEMPLATE_WIDTH_OFFSET),
    CONSTANT(ST_TEMPLATE_HEIGHT_OFFSET),
    CONSTANT(ST_TEMPLATE_QUALITY_OFFSET),
    CONSTANT(ST_TEMPLATE_POSITION_OFFSET),
    CONSTANT(ST_TEMPLATE_COUNT_OFFSET),
    CONSTANT(ST_PREPARED_VERSION),
    CONSTANT(ST_WSQ_RESULT_WIDTH),
    CONSTANT(ST_WSQ_RESULT_HEIGHT),
    CONSTANT(ST_WSQ_RESULT_PPI),
    CONSTANT(ST_WSQ_RESULT_FIELDS),
    CONSTANT(ST_WSQ_MAX_PIXELS),
    CONSTANT(ST_API_ARG_BYTES),
    CONSTANT(ST_API_ARG_INT),
    CONSTANT(ST_API_ARG_MINUTIAE),
    CONSTANT(ST_API_RESULT_BYTES),
    CONSTANT(ST_API_RESULT_FIELDS),
    CONSTANT(ST_API_RESULT_SCORE),
};
const uint32_t st_api_constant_count = sizeof st_api_constants / sizeof st_api_constants[0];

const char *st_api_status_name(int status) {
  return status < 0 ? st_match_status_name(status) : st_status_name((st_status)status);
}

const char *st_api_status_message(int status) {
  return status < 0 ? st_match_status_text(status) : st_status_message((st_status)status);
}
