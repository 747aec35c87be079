/* Status codes of the native core: every failure has a code and a message a caller can read. */
#ifndef ST_STATUS_H
#define ST_STATUS_H

typedef enum {
  ST_OK = 0,
  /* template records */
  ST_E_TRUNCATED,
  ST_E_BAD_MAGIC,
  ST_E_BAD_VERSION,
  ST_E_LENGTH_MISMATCH,
  ST_E_NO_FINGER_VIEW,
  ST_E_COUNT_OVERRUN,
  ST_E_TOO_MANY_MINUTIAE,
  ST_E_ANGLE_RANGE,
  ST_E_COORDINATE_RANGE,
  ST_E_MINUTIA_TYPE,
  ST_E_QUALITY_RANGE,
  ST_E_POSITION_RANGE,
  ST_E_RESOLUTION,
  ST_E_IMAGE_SIZE_FIELD,
  ST_E_EXTENDED_DATA,
  /* images */
  ST_E_IMAGE_SIZE,
  ST_E_IMAGE_DPI,
  ST_E_IMAGE_BUFFER,
  ST_E_NO_FINGER,
  /* image files */
  ST_E_IMAGE_TRUNCATED,
  ST_E_IMAGE_HEADER,
  ST_E_IMAGE_UNSUPPORTED,
  /* resources */
  ST_E_OUTPUT_TOO_SMALL,
  ST_E_NO_MEMORY,
  ST_E_ARGUMENT,
  /* WSQ images (wsq.c) */
  ST_E_WSQ_TRUNCATED,
  ST_E_WSQ_MARKER,
  ST_E_WSQ_SEGMENT_LENGTH,
  ST_E_WSQ_TABLE,
  ST_E_WSQ_TABLE_MISSING,
  ST_E_WSQ_HUFFMAN,
  ST_STATUS_COUNT
} st_status;

/* Stable identifier (e.g. "ST_E_BAD_MAGIC") for programmatic checks. */
const char *st_status_name(st_status status);
/* One-line human-readable reason. */
const char *st_status_message(st_status status);

#endif
