import { InputError } from '../errors.ts';
import type { GrayImage } from './gray-image.ts';
import { imageDecoderOf, imageDecoders } from './image-decoders/index.ts';
import { checkImageSize } from './image-size.ts';
import { fingerParams } from './params.ts';

export type { GrayImage, ImageResolution } from './gray-image.ts';

/** Raw gray bytes as given by a scanner SDK. */
export interface RawGrayInput {
  raw: Uint8Array;
  width: number;
  height: number;
}

/** Checks declared raw gray dimensions against the bytes. */
export function rawToGray(input: RawGrayInput): GrayImage {
  const { raw, width, height } = input;
  if (!(raw instanceof Uint8Array)) throw new InputError('INVALID_FIELD', 'raw must be bytes', 'raw');
  for (const [name, v] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (!Number.isInteger(v) || v <= 0)
      throw new InputError('INVALID_FIELD', `${name} must be a positive integer`, name);
  }
  checkImageSize(width, height, 'raw');
  if (raw.byteLength !== width * height) {
    throw new InputError(
      'INVALID_IMAGE',
      `raw image has ${raw.byteLength} bytes but ${width}x${height} needs ${width * height}`,
      'raw',
    );
  }
  return { pixels: raw, width, height };
}

/**
 * Decodes an image file of any listed format (image-decoders/), recognised from its bytes, to 8-bit gray with the
 * resolution the file states; oversized images are refused before their pixels are decoded.
 */
export async function decodeToGray(bytes: Uint8Array): Promise<GrayImage> {
  if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0) {
    throw new InputError('INVALID_IMAGE', 'image is empty', 'image');
  }
  if (bytes.byteLength > fingerParams.maxImageBytes) {
    throw new InputError('IMAGE_TOO_LARGE', `image is over ${fingerParams.maxImageBytes} bytes`, 'image');
  }
  const decoder = imageDecoderOf(bytes);
  if (!decoder) {
    throw new InputError(
      'INVALID_IMAGE',
      `image bytes are not a ${imageDecoders.map((d) => d.format).join(', ')} file`,
      'image',
    );
  }
  return decoder.decode(bytes);
}
