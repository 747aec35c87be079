import sharp from 'sharp';
import { InputError } from '../errors.ts';
import { decodeWsqToGray, isWsq } from './decode-wsq.ts';
import { fingerParams } from './params.ts';

/** An 8-bit grayscale image, row-major, one byte per pixel. */
export interface GrayImage {
  pixels: Uint8Array;
  width: number;
  height: number;
}

/** Raw gray bytes as given by a scanner SDK. */
export interface RawGrayInput {
  raw: Uint8Array;
  width: number;
  height: number;
}

function checkSize(width: number, height: number, field: string): void {
  if (width < fingerParams.minSidePx || height < fingerParams.minSidePx) {
    throw new InputError(
      'IMAGE_TOO_SMALL',
      `image is ${width}x${height}; at least ${fingerParams.minSidePx}px per side`,
      field,
    );
  }
  if (
    width > fingerParams.maxSidePx ||
    height > fingerParams.maxSidePx ||
    width * height > fingerParams.maxPixels
  ) {
    throw new InputError(
      'IMAGE_TOO_LARGE',
      `image is ${width}x${height}; at most ${fingerParams.maxSidePx}px per side`,
      field,
    );
  }
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
  checkSize(width, height, 'raw');
  if (raw.byteLength !== width * height) {
    throw new InputError(
      'INVALID_IMAGE',
      `raw image has ${raw.byteLength} bytes but ${width}x${height} needs ${width * height}`,
      'raw',
    );
  }
  return { pixels: raw, width, height };
}

/** Decodes PNG/JPEG/TIFF/BMP (anything sharp reads) to 8-bit gray, refusing oversized images before decoding. */
export async function decodeToGray(bytes: Uint8Array): Promise<GrayImage> {
  if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0) {
    throw new InputError('INVALID_IMAGE', 'image is empty', 'image');
  }
  if (bytes.byteLength > fingerParams.maxImageBytes) {
    throw new InputError('IMAGE_TOO_LARGE', `image is over ${fingerParams.maxImageBytes} bytes`, 'image');
  }
  if (isWsq(bytes)) return decodeWsqToGray(bytes);
  let width: number;
  let height: number;
  try {
    const meta = await sharp(bytes, { limitInputPixels: fingerParams.maxPixels }).metadata();
    width = meta.width ?? 0;
    height = meta.height ?? 0;
  } catch {
    throw new InputError(
      'INVALID_IMAGE',
      'image bytes are not a readable PNG, JPEG, TIFF or BMP image',
      'image',
    );
  }
  checkSize(width, height, 'image');
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: fingerParams.maxPixels })
      .rotate()
      .grayscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 1) throw new Error('unexpected channel count');
    checkSize(info.width, info.height, 'image');
    return {
      pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
    };
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('INVALID_IMAGE', 'image could not be decoded', 'image');
  }
}
