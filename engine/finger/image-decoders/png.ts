import type { ImageResolution } from '../gray-image.ts';
import { dpiOfPerMetre, startsWith, type ImageDecoder } from './image-decoder.ts';
import { sharpGray } from './sharp-gray.ts';

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const unitMetre = 1;

/** The pHYs chunk (before the first IDAT, as the specification places it), when its unit is the metre. */
export function pngResolution(bytes: Uint8Array): ImageResolution | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = signature.length; at + 8 <= bytes.byteLength;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'IDAT' || type === 'IEND') return undefined;
    if (type === 'pHYs' && length === 9 && at + 17 <= bytes.byteLength) {
      if (bytes[at + 16] !== unitMetre) return undefined;
      return { xDpi: dpiOfPerMetre(view.getUint32(at + 8)), yDpi: dpiOfPerMetre(view.getUint32(at + 12)) };
    }
    at += 12 + length;
  }
  return undefined;
}

export const pngDecoder: ImageDecoder = {
  format: 'PNG',
  sniff: (bytes) => startsWith(bytes, signature),
  decode: (bytes) => sharpGray(bytes, 'PNG', pngResolution(bytes)),
};
