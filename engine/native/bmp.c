#include "bmp.h"

#include "bytes.h"
#include "params.h"

#define BMP_FILE_HEADER_BYTES 14
#define BI_RGB 0
#define BI_BITFIELDS 3
#define BI_ALPHABITFIELDS 6

typedef struct {
  int32_t width, height;
  int top_down;
  uint32_t bits;
  uint32_t masks[3]; /* red, green, blue for 16/32-bit pixels */
  size_t palette_offset;
  uint32_t palette_count;
  uint32_t palette_entry_bytes; /* 3 in BITMAPCOREHEADER files, else 4 */
  size_t pixel_offset;
  size_t stride; /* bytes per row, padded to 4 */
  int32_t x_ppm, y_ppm;
} bmp_header;

/* A colour mask must be one run of set bits (or empty: that channel reads as 0). */
static int mask_valid(uint32_t mask) {
  if (!mask) return 1;
  while (!(mask & 1)) mask >>= 1;
  return (mask & (mask + 1)) == 0;
}

static int32_t dpi_of_ppm(int32_t ppm) {
  return ppm <= 0 ? 0 : (int32_t)(((int64_t)ppm * 254 + 5000) / 10000);
}

static st_status parse_header(const uint8_t *data, size_t length, bmp_header *h) {
  st_reader r = st_reader_init(data, length);
  if (length < BMP_FILE_HEADER_BYTES + 4) return ST_E_IMAGE_TRUNCATED;
  if (st_read_u8(&r) != 'B' || st_read_u8(&r) != 'M') return ST_E_IMAGE_HEADER;
  st_reader_skip(&r, 8); /* file size (often wrong in SDK output: the real length is what counts), reserved */
  uint32_t pixel_offset = st_read_u32le(&r);
  uint32_t dib_bytes = st_read_u32le(&r);
  if (dib_bytes != 12 && dib_bytes != 40 && dib_bytes != 52 && dib_bytes != 56 && dib_bytes != 64 &&
      dib_bytes != 108 && dib_bytes != 124)
    return dib_bytes < 12 ? ST_E_IMAGE_HEADER : ST_E_IMAGE_UNSUPPORTED;
  if (length < BMP_FILE_HEADER_BYTES + (size_t)dib_bytes) return ST_E_IMAGE_TRUNCATED;
  uint32_t planes, compression = BI_RGB, colours_used = 0;
  int64_t width, height;
  h->x_ppm = h->y_ppm = 0;
  if (dib_bytes == 12) {
    width = st_read_u16le(&r);
    height = st_read_u16le(&r);
    planes = st_read_u16le(&r);
    h->bits = st_read_u16le(&r);
    h->palette_entry_bytes = 3;
  } else {
    width = (int32_t)st_read_u32le(&r);
    height = (int32_t)st_read_u32le(&r);
    planes = st_read_u16le(&r);
    h->bits = st_read_u16le(&r);
    compression = st_read_u32le(&r);
    st_reader_skip(&r, 4); /* image size: may be 0 for BI_RGB; the stride decides */
    h->x_ppm = (int32_t)st_read_u32le(&r);
    h->y_ppm = (int32_t)st_read_u32le(&r);
    colours_used = st_read_u32le(&r);
    st_reader_skip(&r, 4); /* important colours */
    h->palette_entry_bytes = 4;
  }
  if (r.overrun) return ST_E_IMAGE_TRUNCATED;
  if (planes != 1 || width <= 0 || height == 0) return ST_E_IMAGE_HEADER;
  h->top_down = height < 0;
  if (h->top_down) height = -height;
  if (width > ST_MAX_IMAGE_SIDE_PX || height > ST_MAX_IMAGE_SIDE_PX) return ST_E_IMAGE_SIZE;
  h->width = (int32_t)width, h->height = (int32_t)height;

  uint32_t b = h->bits;
  if (b != 1 && b != 4 && b != 8 && b != 16 && b != 24 && b != 32) return ST_E_IMAGE_UNSUPPORTED;
  int bitfields = compression == BI_BITFIELDS || compression == BI_ALPHABITFIELDS;
  /* OS/2 2.x (64-byte header) numbers its compressions differently: only uncompressed is read */
  if (compression != BI_RGB && (!bitfields || dib_bytes == 64)) return ST_E_IMAGE_UNSUPPORTED;
  if (bitfields && b != 16 && b != 32) return ST_E_IMAGE_UNSUPPORTED;

  size_t after_header = BMP_FILE_HEADER_BYTES + (size_t)dib_bytes;
  if (b == 16) h->masks[0] = 0x7C00, h->masks[1] = 0x03E0, h->masks[2] = 0x001F;
  else h->masks[0] = 0xFF0000, h->masks[1] = 0x00FF00, h->masks[2] = 0x0000FF;
  if (bitfields) {
    /* BITMAPINFOHEADER files put the masks after the header; V2 and later headers hold them */
    size_t at = dib_bytes == 40 ? after_header : BMP_FILE_HEADER_BYTES + 40;
    size_t mask_bytes = compression == BI_ALPHABITFIELDS ? 16 : 12;
    if (dib_bytes == 40) after_header += mask_bytes;
    st_reader m = st_reader_init(data, length);
    st_reader_skip(&m, at);
    for (int i = 0; i < 3; i++) h->masks[i] = st_read_u32le(&m);
    if (m.overrun || length < after_header) return ST_E_IMAGE_TRUNCATED;
    for (int i = 0; i < 3; i++)
      if (!mask_valid(h->masks[i]) || (b == 16 && h->masks[i] > 0xFFFF)) return ST_E_IMAGE_HEADER;
    if (!(h->masks[0] | h->masks[1] | h->masks[2])) return ST_E_IMAGE_HEADER;
  }

  h->palette_offset = after_header;
  h->palette_count = 0;
  if (b <= 8) {
    uint32_t full = 1u << b;
    if (colours_used > full) return ST_E_IMAGE_HEADER; /* more entries than the indices can reach */
    h->palette_count = colours_used ? colours_used : full;
    size_t palette_end = after_header + (size_t)h->palette_count * h->palette_entry_bytes;
    if (palette_end > length) return ST_E_IMAGE_TRUNCATED;
    after_header = palette_end;
  }
  /* the pixels may not start inside the headers, masks or palette */
  if (pixel_offset < after_header) return ST_E_IMAGE_HEADER;
  h->pixel_offset = pixel_offset;
  h->stride = (((size_t)h->width * b + 31) / 32) * 4;
  size_t last_row_bytes = ((size_t)h->width * b + 7) / 8;
  /* the last row's padding may be missing; its pixels may not */
  if (pixel_offset > length || length - pixel_offset < h->stride * (size_t)(h->height - 1) + last_row_bytes)
    return ST_E_IMAGE_TRUNCATED;
  return ST_OK;
}

st_status st_bmp_read_info(const uint8_t *data, size_t length, st_image_file_info *info) {
  bmp_header h;
  st_status s = parse_header(data, length, &h);
  if (s != ST_OK) return s;
  info->width = h.width, info->height = h.height;
  info->x_dpi = dpi_of_ppm(h.x_ppm), info->y_dpi = dpi_of_ppm(h.y_ppm);
  return ST_OK;
}

/* Rec. 601 luma in 8.8 fixed point; the weights sum to 256, so a gray colour keeps its value. */
static uint8_t luma(uint32_t red, uint32_t green, uint32_t blue) {
  return (uint8_t)((77 * red + 150 * green + 29 * blue + 128) >> 8);
}

typedef struct {
  uint32_t shift, max;
} channel;

static channel channel_of(uint32_t mask) {
  channel c = {0, 0};
  if (!mask) return c;
  while (!((mask >> c.shift) & 1)) c.shift++;
  c.max = mask >> c.shift;
  return c;
}

static uint32_t channel_8bit(uint32_t pixel, uint32_t mask, channel c) {
  if (!c.max) return 0;
  uint64_t v = (pixel & mask) >> c.shift;
  return (uint32_t)((v * 255 + c.max / 2) / c.max);
}

st_status st_bmp_decode(const uint8_t *data, size_t length, uint8_t *gray, size_t gray_bytes) {
  bmp_header h;
  st_status s = parse_header(data, length, &h);
  if (s != ST_OK) return s;
  size_t width = (size_t)h.width, height = (size_t)h.height;
  if (!gray || gray_bytes != width * height) return ST_E_IMAGE_BUFFER;
  uint8_t lut[256];
  for (uint32_t i = 0; i < h.palette_count; i++) {
    const uint8_t *e = data + h.palette_offset + (size_t)i * h.palette_entry_bytes; /* blue, green, red */
    lut[i] = luma(e[2], e[1], e[0]);
  }
  channel ch[3] = {channel_of(h.masks[0]), channel_of(h.masks[1]), channel_of(h.masks[2])};
  for (size_t y = 0; y < height; y++) {
    const uint8_t *row = data + h.pixel_offset + y * h.stride;
    uint8_t *out = gray + (h.top_down ? y : height - 1 - y) * width;
    switch (h.bits) {
      case 8:
        for (size_t x = 0; x < width; x++) {
          if (row[x] >= h.palette_count) return ST_E_IMAGE_HEADER;
          out[x] = lut[row[x]];
        }
        break;
      case 1:
      case 4: {
        uint32_t per_byte = 8 / h.bits, index_mask = (1u << h.bits) - 1;
        for (size_t x = 0; x < width; x++) {
          uint32_t shift = 8 - h.bits * (uint32_t)(x % per_byte + 1); /* leftmost pixel in the high bits */
          uint32_t index = (row[x / per_byte] >> shift) & index_mask;
          if (index >= h.palette_count) return ST_E_IMAGE_HEADER;
          out[x] = lut[index];
        }
        break;
      }
      case 16:
      case 32:
        for (size_t x = 0; x < width; x++) {
          const uint8_t *p = row + x * (h.bits / 8);
          uint32_t pixel = h.bits == 16 ? (uint32_t)(p[0] | p[1] << 8)
                                        : (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
                                              (uint32_t)p[3] << 24;
          out[x] = luma(channel_8bit(pixel, h.masks[0], ch[0]), channel_8bit(pixel, h.masks[1], ch[1]),
                        channel_8bit(pixel, h.masks[2], ch[2]));
        }
        break;
      default: /* 24 */
        for (size_t x = 0; x < width; x++) out[x] = luma(row[3 * x + 2], row[3 * x + 1], row[3 * x]);
    }
  }
  return ST_OK;
}
