/** The fingerprint image formats the service reads, one decoder per file; the first whose sniff matches decodes. */
import { bmpDecoder } from './bmp.ts';
import type { ImageDecoder } from './image-decoder.ts';
import { jpegDecoder } from './jpeg.ts';
import { pngDecoder } from './png.ts';
import { tiffDecoder } from './tiff.ts';
import { wsqDecoder } from './wsq.ts';

// One line per format (its magic bytes in the comment); the first decoder whose sniff matches reads the image.
export const imageDecoders: readonly ImageDecoder[] = [
  pngDecoder, // 89 'PNG' 0D 0A 1A 0A
  jpegDecoder, // FF D8 FF
  tiffDecoder, // 'II' 2A 00 or 'MM' 00 2A
  bmpDecoder, // 'BM'
  wsqDecoder, // FF A0 (SOI)
];

/** The decoder for these bytes, or undefined when no format listed here starts this way. */
export function imageDecoderOf(bytes: Uint8Array): ImageDecoder | undefined {
  return imageDecoders.find((d) => d.sniff(bytes));
}

export type { ImageDecoder } from './image-decoder.ts';
