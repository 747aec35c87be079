import { startsWith, type ImageDecoder } from './image-decoder.ts';
import { sharpGray } from './sharp-gray.ts';
import { tiffResolution } from './tiff-resolution.ts';

/** TIFF (FVC and most AFIS exports): resolution from XResolution/ResolutionUnit, pixels through sharp. */
export const tiffDecoder: ImageDecoder = {
  format: 'TIFF',
  sniff: (bytes) =>
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]),
  decode: (bytes) => sharpGray(bytes, 'TIFF', tiffResolution(bytes)),
};
