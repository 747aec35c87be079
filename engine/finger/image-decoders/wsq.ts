import { InputError } from '../../errors.ts';
import { isNativeError, loadNative } from '../../native/index.ts';
import type { GrayImage } from '../gray-image.ts';
import { checkImageSize } from '../image-size.ts';
import { fingerParams } from '../params.ts';
import { startsWith, type ImageDecoder } from './image-decoder.ts';

function wsqError(err: unknown): never {
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

/**
 * WSQ (FBI IAFIS-IC-0110), decoded in the C core byte-exact with the NIST reference decoder; the frame is refused
 * over the pixel limit before its coefficients are decoded; the NIST_COM PPI is the stated resolution.
 */
export const wsqDecoder: ImageDecoder = {
  format: 'WSQ',
  sniff: (bytes) => startsWith(bytes, [0xff, 0xa0]),
  decode(bytes): GrayImage {
    let image;
    try {
      image = loadNative().decodeWsq(bytes, fingerParams.maxPixels);
    } catch (err) {
      wsqError(err);
    }
    const { width, height, ppi, pixels } = image;
    checkImageSize(width, height, 'image');
    return { pixels, width, height, ...(ppi > 0 && { resolution: { xDpi: ppi, yDpi: ppi } }) };
  },
};
