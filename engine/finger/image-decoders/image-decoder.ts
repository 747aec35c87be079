import type { GrayImage } from '../gray-image.ts';

/**
 * One image file format the fingerprint intake reads: recognised from its first bytes (never from a name or a
 * declared type), decoded to gray with the resolution the file states. The list is in `index.ts`.
 */
export interface ImageDecoder {
  /** The name errors and responses use. */
  readonly format: string;
  /** True when the bytes start the way this format's files start. */
  sniff(bytes: Uint8Array): boolean;
  /** Gray pixels and the stated resolution; InputError (field `image`) when the file cannot be read. */
  decode(bytes: Uint8Array): Promise<GrayImage> | GrayImage;
}

/** True when `bytes` starts with `magic`. */
export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.byteLength >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Dots per inch of a density in dots per metre, as scanner headers round it (19685 per metre is 500 dpi). */
export function dpiOfPerMetre(perMetre: number): number {
  return perMetre > 0 ? Math.round(perMetre * 0.0254) : 0;
}
