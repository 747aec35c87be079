import sharp from 'sharp';
import type { Sharp } from 'sharp';
import { InputError } from '../errors.ts';
import type { RgbImage } from './image.ts';
import type { JpegHeader } from './jpeg-header.ts';
import { readJpegHeader } from './jpeg-header.ts';
import { minImageSidePx } from './params.ts';

/** Caller bytes whose header passed the checks, with the oriented (EXIF applied) size. */
export interface CheckedImage {
  readonly bytes: Uint8Array;
  /** Of the oriented image, turned by `turnDegrees`. */
  readonly width: number;
  readonly height: number;
  readonly maxPixels: number;
  /** Clockwise turn applied after the EXIF orientation (orientation.ts: a portrait sent sideways): 0 unless set. */
  readonly turnDegrees?: QuarterTurn;
}

export type QuarterTurn = 0 | 90 | 180 | 270;

/** The same image turned clockwise by `degrees` more: every decode of the result is in the turned pixels. */
export function turned(image: CheckedImage, degrees: QuarterTurn): CheckedImage {
  const turnDegrees = (((image.turnDegrees ?? 0) + degrees) % 360) as QuarterTurn;
  const quarter = degrees === 90 || degrees === 270;
  return {
    ...image,
    width: quarter ? image.height : image.width,
    height: quarter ? image.width : image.height,
    turnDegrees,
  };
}

/** A rectangle in the oriented original's pixels. */
export interface PixelRegion {
  left: number;
  top: number;
  width: number;
  height: number;
}

async function headerByLibvips(bytes: Uint8Array): Promise<JpegHeader> {
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    return { width: meta.width ?? 0, height: meta.height ?? 0, orientation: meta.orientation ?? 1 };
  } catch {
    throw new InputError(
      'INVALID_IMAGE',
      'bytes are not a supported image (JPEG, PNG, WebP, TIFF...)',
      'image',
    );
  }
}

/**
 * Reads only the header: a decompression bomb is refused before any pixel is allocated, and an image too small to
 * hold a face before it is decoded.
 */
export async function checkImage(bytes: Uint8Array, maxPixels: number): Promise<CheckedImage> {
  if (bytes.byteLength === 0) throw new InputError('INVALID_IMAGE', 'image is empty', 'image');
  // A JPEG's markers are read here (a kiosk portrait: a libvips call saved, ~0.5 ms CPU); other formats by libvips.
  const meta = readJpegHeader(bytes) ?? (await headerByLibvips(bytes));
  // EXIF orientations 5-8 turn the image a quarter: width and height swap once applied.
  const quarterTurn = meta.orientation >= 5;
  const width = quarterTurn ? meta.height : meta.width;
  const height = quarterTurn ? meta.width : meta.height;
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
  return { bytes, width, height, maxPixels };
}

/**
 * Orientation applied at load, so that resize and extract work in the caller's (oriented) pixels; truncated or
 * corrupt data is refused, never half-decoded.
 */
function pipeline(image: CheckedImage): Sharp {
  const p = sharp(image.bytes, {
    limitInputPixels: image.maxPixels,
    failOn: 'truncated',
    autoOrient: true,
    sequentialRead: true,
  });
  // After autoOrient: the turn is of the image as the caller sees it.
  return image.turnDegrees ? p.rotate(image.turnDegrees) : p;
}

async function toRgb(p: Sharp, originX: number, originY: number, scaleToOriginal: number): Promise<RgbImage> {
  try {
    const { data, info } = await p
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`unexpected channel count ${info.channels}`);
    return {
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
      scaleToOriginal,
      originX,
      originY,
    };
  } catch {
    throw new InputError('INVALID_IMAGE', 'image data is truncated or corrupt', 'image');
  }
}

/**
 * The whole image as RGB, shrunk to fit inside maxWidth x maxHeight (never enlarged). Shrinking happens while
 * decoding where the format allows (JPEG DCT scaling): a 1920 px photo decodes to detector size ~3x cheaper.
 */
export function decodeFitting(image: CheckedImage, maxWidth: number, maxHeight: number): Promise<RgbImage> {
  if (image.width <= maxWidth && image.height <= maxHeight) return toRgb(pipeline(image), 0, 0, 1);
  const fit = Math.min(maxWidth / image.width, maxHeight / image.height);
  const width = Math.max(1, Math.round(image.width * fit));
  const height = Math.max(1, Math.round(image.height * fit));
  return toRgb(pipeline(image).resize(width, height, { fit: 'fill' }), 0, 0, image.width / width);
}

/**
 * One region of the image at `scale` output pixels per original pixel (<= 1). Cut first, then shrunk: libvips would
 * otherwise shrink the whole image (measured on a 1920 px photo: 57 ms CPU against 19). Only a shrink by 2 or more
 * goes the other way, where JPEG shrink-on-load makes shrinking the whole image first the cheaper of the two.
 */
export function decodeRegion(image: CheckedImage, region: PixelRegion, scale: number): Promise<RgbImage> {
  const s = Math.min(1, scale);
  if (s <= 0.5) return shrinkThenCut(image, region, s);
  const left = Math.max(0, Math.min(image.width - 1, Math.floor(region.left)));
  const top = Math.max(0, Math.min(image.height - 1, Math.floor(region.top)));
  const width = Math.max(1, Math.min(image.width, Math.ceil(region.left + region.width)) - left);
  const height = Math.max(1, Math.min(image.height, Math.ceil(region.top + region.height)) - top);
  let p = pipeline(image).extract({ left, top, width, height });
  const outWidth = Math.max(1, Math.round(width * s));
  if (outWidth !== width) {
    p = p.resize(outWidth, Math.max(1, Math.round(height * s)), { fit: 'fill' });
  }
  return toRgb(p, left, top, width / outWidth);
}

function shrinkThenCut(image: CheckedImage, region: PixelRegion, s: number): Promise<RgbImage> {
  const width = Math.max(1, Math.round(image.width * s));
  const height = Math.max(1, Math.round(image.height * s));
  const scaleToOriginal = image.width / width;
  const left = Math.max(0, Math.min(width - 1, Math.floor(region.left / scaleToOriginal)));
  const top = Math.max(0, Math.min(height - 1, Math.floor(region.top / scaleToOriginal)));
  const right = Math.min(width, Math.ceil((region.left + region.width) / scaleToOriginal));
  const bottom = Math.min(height, Math.ceil((region.top + region.height) / scaleToOriginal));
  const p = pipeline(image)
    .resize(width, height, { fit: 'fill' })
    .extract({ left, top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) });
  return toRgb(p, left * scaleToOriginal, top * scaleToOriginal, scaleToOriginal);
}
