import sharp from 'sharp';
import { InputError } from '../errors.ts';
import type { RgbImage } from './image.ts';
import { minImageSidePx } from './params.ts';

/**
 * Decodes caller bytes to RGB with EXIF orientation applied. The header is read first so that a decompression
 * bomb is refused before any pixel is allocated; truncated or corrupt data is refused, never half-decoded.
 */
export async function decodeImage(bytes: Uint8Array, maxPixels: number): Promise<RgbImage> {
  if (bytes.byteLength === 0) throw new InputError('INVALID_IMAGE', 'image is empty', 'image');
  let width: number;
  let height: number;
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    width = meta.width ?? 0;
    height = meta.height ?? 0;
  } catch {
    throw new InputError(
      'INVALID_IMAGE',
      'bytes are not a supported image (JPEG, PNG, WebP, TIFF...)',
      'image',
    );
  }
  if (width * height > maxPixels) {
    throw new InputError(
      'IMAGE_TOO_LARGE',
      `image is ${width}x${height}, above the ${maxPixels}-pixel limit`,
      'image',
    );
  }
  if (width < minImageSidePx || height < minImageSidePx) {
    throw new InputError(
      'IMAGE_TOO_SMALL',
      `image is ${width}x${height}, below ${minImageSidePx} px a side`,
      'image',
    );
  }
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'truncated' })
      .rotate()
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`unexpected channel count ${info.channels}`);
    return {
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
    };
  } catch {
    throw new InputError('INVALID_IMAGE', 'image data is truncated or corrupt', 'image');
  }
}
