import sharp from 'sharp';
import { InputError } from '../../errors.ts';
import type { GrayImage, ImageResolution } from '../gray-image.ts';
import { checkImageSize } from '../image-size.ts';
import { fingerParams } from '../params.ts';

/**
 * PNG, JPEG and TIFF pixels through libvips (sharp): the size is checked from the header before any pixel is
 * decoded, EXIF orientation applied, colour reduced to gray. `resolution` is what the format's own reader found.
 */
export async function sharpGray(
  bytes: Uint8Array,
  format: string,
  resolution: ImageResolution | undefined,
): Promise<GrayImage> {
  let width: number;
  let height: number;
  try {
    const meta = await sharp(bytes, { limitInputPixels: fingerParams.maxPixels }).metadata();
    width = meta.width ?? 0;
    height = meta.height ?? 0;
  } catch {
    throw new InputError(
      'INVALID_IMAGE',
      `image bytes start like ${format} but are not a readable one`,
      'image',
    );
  }
  checkImageSize(width, height, 'image');
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: fingerParams.maxPixels })
      .rotate()
      .grayscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 1) throw new Error('unexpected channel count');
    checkImageSize(info.width, info.height, 'image');
    return {
      pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
      ...(resolution && { resolution }),
    };
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('INVALID_IMAGE', `${format} image could not be decoded`, 'image');
  }
}
