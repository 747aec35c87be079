/* WSQ (FBI IAFIS-IC-0110 v3.1) gray-scale fingerprint decoder: markers and tables, Huffman-coded quantised
 * wavelet coefficients, dequantisation, the 64-subband inverse wavelet transform with the filters the file's
 * transform table (DTT) carries, and the final scaling to 8-bit pixels, rounding as the NIST reference decoder
 * (NBIS dwsq) does so the pixels are the same bytes. Bounds-checked; memory only from the caller's workspace. */
#ifndef ST_WSQ_H
#define ST_WSQ_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"

/* A frame is at most this many pixels whatever the caller allows (the frame header could say 65535 x 65535). */
#define ST_WSQ_MAX_PIXELS (16 * 1024 * 1024)
/* Filter taps a transform table may declare per filter (the specification's filters have 7 to 9). */
#define ST_WSQ_MAX_TAPS 32

typedef struct {
  int32_t width, height;
  /* Pixels per inch from a NIST_COM comment's PPI line, -1 when the file does not say. */
  int32_t ppi;
} st_wsq_info;

/* Reads the frame header (and any NIST_COM before it) without decoding: what st_wsq_workspace_bytes needs. */
st_status st_wsq_read_info(const uint8_t *in, size_t length, st_wsq_info *info);

/* Workspace bytes st_wsq_decode needs for a frame of this size (0 when the size is out of range). */
size_t st_wsq_workspace_bytes(int32_t width, int32_t height);

/* Decodes the whole stream into gray (width x height bytes, row-major); info gets size and PPI. */
st_status st_wsq_decode(const uint8_t *in, size_t length, void *workspace, size_t workspace_bytes, uint8_t *gray,
                        size_t gray_bytes, st_wsq_info *info);

#endif
