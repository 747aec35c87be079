/** The fingerprint image formats the service reads, one decoder per file; the first whose sniff matches decodes. */
import { bmpDecoder } from './bmp.ts';
import type { ImageDecoder } from './image-decoder.ts';
import { jpegDecoder } from './jpeg.ts';
import { pngDecoder } from './png.ts';
import { tiffDecoder } from './tiff.ts';

export const imageDecoders: readonly ImageDecoder[] = [pngDecoder, jpegDecoder, tiffDecoder, bmpDecoder];

/** The decoder for these bytes, or undefined when no format listed here starts this way. */
export function imageDecoderOf(bytes: Uint8Array): ImageDecoder | undefined {
  return imageDecoders.find((d) => d.sniff(bytes));
}

export type { ImageDecoder } from './image-decoder.ts';
