import type { ImageResolution } from '../gray-image.ts';
import { startsWith, type ImageDecoder } from './image-decoder.ts';
import { sharpGray } from './sharp-gray.ts';
import { tiffResolution } from './tiff-resolution.ts';

const SOI = 0xd8;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const jfifUnitInch = 1;
const jfifUnitCentimetre = 2;

const ascii = (bytes: Uint8Array, at: number, text: string): boolean =>
  [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

/**
 * JFIF density (APP0) when its unit is the inch or the centimetre (unit 0 is an aspect ratio), else the EXIF
 * XResolution/ResolutionUnit (APP1); the markers are walked up to the first scan.
 */
export function jpegResolution(bytes: Uint8Array): ImageResolution | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let exif: ImageResolution | undefined;
  for (let at = 2; at + 4 <= bytes.byteLength;) {
    if (bytes[at] !== 0xff) return exif;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === SOS) return exif;
    const length = view.getUint16(at + 2);
    const body = at + 4;
    if (marker === APP0 && length >= 14 && body + 12 <= bytes.byteLength && ascii(bytes, body, 'JFIF\0')) {
      const unit = bytes[body + 7];
      const perInch = unit === jfifUnitInch ? 1 : unit === jfifUnitCentimetre ? 2.54 : 0;
      if (perInch) {
        const x = view.getUint16(body + 8);
        const y = view.getUint16(body + 10);
        return { xDpi: Math.round(x * perInch), yDpi: Math.round(y * perInch) };
      }
    }
    if (marker === APP1 && !exif && length >= 8 && ascii(bytes, body, 'Exif\0\0')) {
      exif = tiffResolution(bytes.subarray(0, Math.min(bytes.byteLength, at + 2 + length)), body + 6);
    }
    at += 2 + length;
  }
  return exif;
}

export const jpegDecoder: ImageDecoder = {
  format: 'JPEG',
  sniff: (bytes) => startsWith(bytes, [0xff, SOI, 0xff]),
  decode: (bytes) => sharpGray(bytes, 'JPEG', jpegResolution(bytes)),
};
