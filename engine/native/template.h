/* Minutiae template shared by the extractor, the codecs and the matcher. */
#ifndef ST_TEMPLATE_H
#define ST_TEMPLATE_H

#include <stdint.h>

/* ISO/IEC 19794-2 and ANSI 378 store the minutiae count in one byte. */
#define ST_MAX_MINUTIAE 255

/* Coordinates are always normalised to this resolution, whatever the capture dpi. */
#define ST_TEMPLATE_DPI 500

typedef enum {
  ST_MINUTIA_OTHER = 0,
  ST_MINUTIA_ENDING = 1,
  ST_MINUTIA_BIFURCATION = 2
} st_minutia_type;

typedef struct {
  int16_t x, y;    /* pixels at ST_TEMPLATE_DPI, origin top-left, y down */
  uint8_t angle;   /* ridge direction, 256 steps per turn, counter-clockwise from +x (ISO 19794-2 convention) */
  uint8_t type;    /* st_minutia_type */
  uint8_t quality; /* 0..100 */
} st_minutia;

typedef struct {
  uint16_t width, height; /* image size at ST_TEMPLATE_DPI */
  uint8_t quality;        /* overall image quality 0..100 */
  uint8_t position;       /* ISO finger position 0 (unknown) .. 10 */
  uint16_t count;
  st_minutia minutiae[ST_MAX_MINUTIAE];
} st_template;

#endif
