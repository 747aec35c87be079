/* ANSI/INCITS 378-2004 finger minutiae record ("FMR\0" " 20\0", 2- or 6-byte length, CBEFF product id,
 * angles in 2-degree steps). */
#ifndef ST_ANSI378_2004_H
#define ST_ANSI378_2004_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"
#include "template.h"

size_t st_ansi378_2004_encoded_bytes(const st_template *t);
st_status st_ansi378_2004_encode(const st_template *t, uint8_t *out, size_t capacity, size_t *written);
/* Keeps the first finger view; coordinates are rescaled to 500 dpi. */
st_status st_ansi378_2004_decode(const uint8_t *in, size_t length, st_template *out);

#endif
