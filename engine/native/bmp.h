/* Windows/OS2 bitmap (BMP) files as scanner SDKs write them, to 8-bit gray: BITMAPCOREHEADER, BITMAPINFOHEADER
 * and its V2-V5 extensions; 1/4/8-bit palettes, 16/24/32-bit pixels (BI_RGB, BI_BITFIELDS, BI_ALPHABITFIELDS);
 * bottom-up and top-down rows. RLE, embedded JPEG/PNG and 2/64-bit files are refused as unsupported. Every size,
 * offset, palette count and mask is checked against the bytes given; nothing is allocated. */
#ifndef ST_BMP_H
#define ST_BMP_H

#include <stddef.h>
#include <stdint.h>

#include "image_file.h"
#include "status.h"

/* Size and stated resolution (pixels per metre, as dpi), after checking the whole header and that the pixel rows
 * it describes lie inside the bytes. */
st_status st_bmp_read_info(const uint8_t *data, size_t length, st_image_file_info *info);

/* Decodes to gray (luma of the palette entry or pixel; R = G = B gives that value): `gray` holds width x height
 * bytes, row-major, top row first; gray_bytes must be exactly that. */
st_status st_bmp_decode(const uint8_t *data, size_t length, uint8_t *gray, size_t gray_bytes);

#endif
