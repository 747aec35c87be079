/* The finger-view body shared by ISO/IEC 19794-2:2005 and ANSI/INCITS 378-2004 minutiae records:
 * both store 4-byte view headers, 6-byte minutiae and a 2-byte extended data length; they differ only in
 * the record header and the angle unit, which each codec passes in. */
#ifndef ST_FINGER_VIEW_H
#define ST_FINGER_VIEW_H

#include <stdint.h>

#include "bytes.h"
#include "status.h"
#include "template.h"

typedef struct {
  uint16_t width, height;  /* as declared in the record */
  uint16_t x_resolution_ppcm, y_resolution_ppcm;
  uint8_t views;
} st_record_header;

typedef enum { ST_ANGLE_ISO_256 = 0, ST_ANGLE_ANSI_2_DEGREES = 1 } st_angle_unit;

/* 197 px/cm is how both standards write 500 dpi. */
#define ST_PPCM_500_DPI 197
#define ST_PPCM_MIN 40
#define ST_PPCM_MAX 800

st_status st_record_header_check(const st_record_header *h);

/* "FMR\0 20\0": the format identifier both standards open a record with. */
void st_format_identifier_write(st_writer *w);
st_status st_format_identifier_read(st_reader *r);

/* The image fields after the format-specific ones (size, 500 dpi resolution, one view, reserved byte). */
void st_image_header_write(st_writer *w, const st_template *t);

/* Reads the image fields and every view; the record must end exactly there (`length` bytes in all). */
st_status st_image_and_views_read(st_reader *r, size_t length, st_angle_unit unit, st_template *out);

/* Reads every view (validating each); the first one lands in `out`, rescaled to 500 dpi. */
st_status st_finger_views_read(st_reader *r, const st_record_header *h, st_angle_unit unit, st_template *out);

/* Writes one view holding `t` (already at 500 dpi). */
st_status st_finger_view_write(st_writer *w, const st_template *t, st_angle_unit unit);

#endif
