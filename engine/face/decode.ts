import sharp from 'sharp';
import { InputError } from '../errors.ts';
import type { RgbImage } from './image.ts';
import { decodeMaxLongSidePx, minImageSidePx } from './params.ts';

/**
 * Decodes caller bytes to RGB with EXIF orientation applied. The header is read first so that a decompression
 * bomb is refused before any pixel is allocated; truncated or corrupt data is refused, never half-decoded. Photos
 * with a long side above decodeMaxLongSidePx come out scaled down to it (see scaleToOriginal).
 */
export async function decodeImage(bytes: Uint8Array, maxPixels: number): Promise<RgbImage> {
  if (bytes.byteLength === 0) throw new InputError('INVALID_IMAGE', 'image is empty', 'image');
  let width: number;
  let height: number;
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    // EXIF orientations 5-8 turn the image a quarter: width and height swap once applied.
    const quarterTurn = (meta.orientation ?? 1) >= 5;
    width = (quarterTurn ? meta.height : meta.width) ?? 0;
    height = (quarterTurn ? meta.width : meta.height) ?? 0;
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
    let pipeline = sharp(bytes, { limitInputPixels: maxPixels, failOn: 'truncated' }).rotate();
    if (Math.max(width, height) > decodeMaxLongSidePx) {
      pipeline = pipeline.resize(decodeMaxLongSidePx, decodeMaxLongSidePx, { fit: 'inside' });
    }
    const { data, info } = await pipeline
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`unexpected channel count ${info.channels}`);
    return {
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
      scaleToOriginal: width / info.width,
    };
  } catch {
    throw new InputError('INVALID_IMAGE', 'image data is truncated or corrupt', 'image');
  }
}
