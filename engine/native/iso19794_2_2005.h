/* ISO/IEC 19794-2:2005 finger minutiae record ("FMR\0" " 20\0", 4-byte length, 24-byte header). */
#ifndef ST_ISO19794_2_2005_H
#define ST_ISO19794_2_2005_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"
#include "template.h"

#define ST_ISO19794_2_2005_HEADER_BYTES 24

size_t st_iso19794_2_2005_encoded_bytes(const st_template *t);
st_status st_iso19794_2_2005_encode(const st_template *t, uint8_t *out, size_t capacity, size_t *written);
/* Keeps the first finger view; coordinates are rescaled to 500 dpi. */
st_status st_iso19794_2_2005_decode(const uint8_t *in, size_t length, st_template *out);

#endif
