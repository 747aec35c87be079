/* The internal, versioned sinhtrac template: a compact header, packed minutiae, then opaque matcher data. */
#ifndef ST_TEMPLATE_CODEC_H
#define ST_TEMPLATE_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"
#include "template.h"

/* Layout (little-endian):
 *   0  magic "STFT"
 *   4  u8 version (ST_TEMPLATE_VERSION)
 *   5  u8 reserved, 0
 *   6  u16 width, u16 height (pixels at 500 dpi)
 *  10  u8 quality 0..100, u8 finger position 0..10
 *  12  u16 minutiae count
 *  14  count x 6 bytes: u16 (type << 14 | x), u16 y, u8 angle, u8 quality
 *   .  u32 extension length, then that many bytes the matcher appends (opaque here) */
#define ST_TEMPLATE_VERSION 1
#define ST_TEMPLATE_HEADER_BYTES 14
/* Header fields a reader may take without decoding (engine/finger/template-header.ts, through api.c's table). */
#define ST_TEMPLATE_VERSION_OFFSET 4
#define ST_TEMPLATE_WIDTH_OFFSET 6
#define ST_TEMPLATE_HEIGHT_OFFSET 8
#define ST_TEMPLATE_QUALITY_OFFSET 10
#define ST_TEMPLATE_POSITION_OFFSET 11
#define ST_TEMPLATE_COUNT_OFFSET 12
#define ST_TEMPLATE_MINUTIA_BYTES 6
#define ST_TEMPLATE_MAX_COORDINATE 16383
#define ST_TEMPLATE_MAX_EXTENSION_BYTES (16u << 20)

/* Checks the fields every codec relies on: count, coordinates inside 14 bits, types, qualities, position. */
st_status st_template_validate(const st_template *t);

size_t st_template_encoded_bytes(const st_template *t, uint32_t extension_bytes);

st_status st_template_encode(const st_template *t, const uint8_t *extension, uint32_t extension_bytes,
                             uint8_t *out, size_t capacity, size_t *written);

/* extension/extension_bytes point into `in` (may be NULL if the caller does not need them). */
st_status st_template_decode(const uint8_t *in, size_t length, st_template *out, const uint8_t **extension,
                             uint32_t *extension_bytes);

#endif
