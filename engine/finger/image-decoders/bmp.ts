import { InputError } from '../../errors.ts';
import { coreConstants as C } from '../../native/core-constants.ts';
import { isNativeError, loadNative } from '../../native/index.ts';
import type { GrayImage } from '../gray-image.ts';
import { checkImageSize } from '../image-size.ts';
import { startsWith, type ImageDecoder } from './image-decoder.ts';

function bmpError(err: unknown): never {
  if (isNativeError(err)) {
    if (err.code === 'ST_E_IMAGE_SIZE')
      throw new InputError('IMAGE_TOO_LARGE', `BMP image is too large: ${err.message}`, 'image');
    throw new InputError('INVALID_IMAGE', `BMP: ${err.message} (${err.code})`, 'image');
  }
  throw err;
}

/** BMP as Windows scanner SDKs write it, read by the C core (bmp.c): header first, so the size is checked before
 * the pixels are allocated; pixels per metre as the resolution. */
export const bmpDecoder: ImageDecoder = {
  format: 'BMP',
  sniff: (bytes) => startsWith(bytes, [0x42, 0x4d]),
  decode(bytes): GrayImage {
    const core = loadNative();
    let info: Int32Array;
    try {
      info = core.bmpInfo(bytes);
    } catch (err) {
      bmpError(err);
    }
    const width = info[C.ST_IMAGE_INFO_WIDTH]!;
    const height = info[C.ST_IMAGE_INFO_HEIGHT]!;
    checkImageSize(width, height, 'image');
    let pixels: Uint8Array;
    try {
      pixels = core.decodeBmp(bytes);
    } catch (err) {
      bmpError(err);
    }
    const xDpi = info[C.ST_IMAGE_INFO_X_DPI]!;
    const yDpi = info[C.ST_IMAGE_INFO_Y_DPI]!;
    return { pixels, width, height, ...((xDpi || yDpi) && { resolution: { xDpi, yDpi } }) };
  },
};
