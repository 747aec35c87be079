import { InputError } from '../errors.ts';
import { isNativeError, loadNative } from '../native/index.ts';
import type { GrayImage } from './decode.ts';
import { fingerParams } from './params.ts';

/** A WSQ image decoded to gray, with the resolution its NIST_COM comment declares (undefined when none). */
export interface WsqGrayImage extends GrayImage {
  dpi?: number;
}

/** WSQ (FBI IAFIS-IC-0110) starts with its SOI marker FF A0; no image format sharp reads does. */
export function isWsq(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xa0;
}

/** Decodes WSQ in the C core (byte-exact with the NIST reference decoder), refusing frames over the limits. */
export function decodeWsqToGray(bytes: Uint8Array): WsqGrayImage {
  let image;
  try {
    image = loadNative().decodeWsq(bytes, fingerParams.maxPixels);
  } catch (err) {
    if (isNativeError(err)) {
      if (err.code === 'ST_E_IMAGE_SIZE') {
        throw new InputError(
          'INVALID_IMAGE',
          `WSQ frame size is out of range (at most ${fingerParams.maxPixels} pixels, and large enough for its wavelet transform)`,
          'image',
        );
      }
      throw new InputError(
        'INVALID_IMAGE',
        `WSQ image is not decodable: ${err.message} (${err.code})`,
        'image',
      );
    }
    throw err;
  }
  const { width, height, ppi, pixels } = image;
  if (width < fingerParams.minSidePx || height < fingerParams.minSidePx) {
    throw new InputError(
      'IMAGE_TOO_SMALL',
      `image is ${width}x${height}; at least ${fingerParams.minSidePx}px per side`,
      'image',
    );
  }
  if (width > fingerParams.maxSidePx || height > fingerParams.maxSidePx) {
    throw new InputError(
      'IMAGE_TOO_LARGE',
      `image is ${width}x${height}; at most ${fingerParams.maxSidePx}px per side`,
      'image',
    );
  }
  return { pixels, width, height, ...(ppi > 0 ? { dpi: ppi } : {}) };
}
