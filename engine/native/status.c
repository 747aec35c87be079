#include "status.h"

typedef struct {
  const char *name;
  const char *message;
} st_status_text;

static const st_status_text texts[ST_STATUS_COUNT] = {
    [ST_OK] = {"ST_OK", "ok"},
    [ST_E_TRUNCATED] = {"ST_E_TRUNCATED", "template record is truncated"},
    [ST_E_BAD_MAGIC] = {"ST_E_BAD_MAGIC", "template record does not start with the expected format identifier"},
    [ST_E_BAD_VERSION] = {"ST_E_BAD_VERSION", "template record has an unsupported format version"},
    [ST_E_LENGTH_MISMATCH] = {"ST_E_LENGTH_MISMATCH", "template record length field does not match the bytes given"},
    [ST_E_NO_FINGER_VIEW] = {"ST_E_NO_FINGER_VIEW", "template record holds no finger view"},
    [ST_E_COUNT_OVERRUN] = {"ST_E_COUNT_OVERRUN", "minutiae count overruns the template record"},
    [ST_E_TOO_MANY_MINUTIAE] = {"ST_E_TOO_MANY_MINUTIAE", "template holds more minutiae than the format allows"},
    [ST_E_ANGLE_RANGE] = {"ST_E_ANGLE_RANGE", "minutia angle is out of range"},
    [ST_E_COORDINATE_RANGE] = {"ST_E_COORDINATE_RANGE", "minutia position is outside the image"},
    [ST_E_MINUTIA_TYPE] = {"ST_E_MINUTIA_TYPE", "minutia type is reserved or unknown"},
    [ST_E_QUALITY_RANGE] = {"ST_E_QUALITY_RANGE", "quality value is out of range 0..100"},
    [ST_E_POSITION_RANGE] = {"ST_E_POSITION_RANGE", "finger position is out of range 0..10"},
    [ST_E_RESOLUTION] = {"ST_E_RESOLUTION", "template resolution is zero or implausible"},
    [ST_E_IMAGE_SIZE_FIELD] = {"ST_E_IMAGE_SIZE_FIELD", "template image size is zero or too large"},
    [ST_E_EXTENDED_DATA] = {"ST_E_EXTENDED_DATA", "template extended data block overruns the record"},
    [ST_E_IMAGE_SIZE] = {"ST_E_IMAGE_SIZE", "image size is out of the supported range"},
    [ST_E_IMAGE_DPI] = {"ST_E_IMAGE_DPI", "image resolution must be 250..1000 dpi"},
    [ST_E_IMAGE_BUFFER] = {"ST_E_IMAGE_BUFFER", "image buffer length does not match width x height"},
    [ST_E_NO_FINGER] = {"ST_E_NO_FINGER", "no fingerprint area found in the image"},
    [ST_E_IMAGE_TRUNCATED] = {"ST_E_IMAGE_TRUNCATED", "image file is shorter than its header says"},
    [ST_E_IMAGE_HEADER] = {"ST_E_IMAGE_HEADER", "image file header is malformed or its sizes, offsets or palette lie"},
    [ST_E_IMAGE_UNSUPPORTED] = {"ST_E_IMAGE_UNSUPPORTED", "image file uses a compression or bit depth that is not supported"},
    [ST_E_OUTPUT_TOO_SMALL] = {"ST_E_OUTPUT_TOO_SMALL", "output buffer is too small"},
    [ST_E_NO_MEMORY] = {"ST_E_NO_MEMORY", "out of memory"},
    [ST_E_ARGUMENT] = {"ST_E_ARGUMENT", "invalid argument"},
    [ST_E_WSQ_TRUNCATED] = {"ST_E_WSQ_TRUNCATED", "WSQ stream ends before its end-of-image marker"},
    [ST_E_WSQ_MARKER] = {"ST_E_WSQ_MARKER", "WSQ stream has a missing, unknown or out-of-place marker"},
    [ST_E_WSQ_SEGMENT_LENGTH] = {"ST_E_WSQ_SEGMENT_LENGTH", "WSQ segment length does not match its content"},
    [ST_E_WSQ_TABLE] = {"ST_E_WSQ_TABLE", "WSQ transform, quantisation or Huffman table is invalid"},
    [ST_E_WSQ_TABLE_MISSING] = {"ST_E_WSQ_TABLE_MISSING", "WSQ stream uses a table it does not define"},
    [ST_E_WSQ_HUFFMAN] = {"ST_E_WSQ_HUFFMAN", "WSQ coefficient data has an invalid code or overruns the image"},
};

const char *st_status_name(st_status status) {
  if ((unsigned)status >= ST_STATUS_COUNT) return "ST_E_UNKNOWN";
  return texts[status].name;
}

const char *st_status_message(st_status status) {
  if ((unsigned)status >= ST_STATUS_COUNT) return "unknown error";
  return texts[status].message;
}
