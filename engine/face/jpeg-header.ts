/** What checkImage needs from a JPEG, read from its markers without libvips. */
export interface JpegHeader {
  /** As stored, before EXIF orientation is applied. */
  width: number;
  height: number;
  /** EXIF orientation 1-8 (1 when the file has none). */
  orientation: number;
}

const exifSignature = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic): C0-CF but DHT, JPG and DAC. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** IFD0 orientation of an EXIF block (TIFF after "Exif\0\0"): 1 when absent, undefined when unreadable. */
function exifOrientation(bytes: Uint8Array, start: number, end: number): number | undefined {
  const tiff = start + exifSignature.length;
  if (tiff + 8 > end) return undefined;
  const little = bytes[tiff] === 0x49 && bytes[tiff + 1] === 0x49;
  if (!little && !(bytes[tiff] === 0x4d && bytes[tiff + 1] === 0x4d)) return undefined;
  const u16 = (p: number) => (little ? bytes[p]! | (bytes[p + 1]! << 8) : (bytes[p]! << 8) | bytes[p + 1]!);
  const u32 = (p: number) => (little ? u16(p) + u16(p + 2) * 65536 : u16(p) * 65536 + u16(p + 2));
  if (u16(tiff + 2) !== 42) return undefined;
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > end) return undefined;
  const entries = u16(ifd);
  if (ifd + 2 + entries * 12 > end) return undefined;
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    if (u16(entry) !== 0x0112) continue;
    // SHORT, one value, stored in the entry itself.
    if (u16(entry + 2) !== 3 || u32(entry + 4) !== 1) return undefined;
    const orientation = u16(entry + 8);
    return orientation >= 1 && orientation <= 8 ? orientation : undefined;
  }
  return 1;
}

/**
 * Size and orientation of a JPEG from its markers (a few hundred bytes read, no pixel decoded). Undefined for
 * anything else, and for any JPEG this reader is not sure about (odd EXIF, two EXIF blocks, no frame before the
 * scan): the caller asks libvips then, so a wrong answer here can only cost time, not change a result.
 */
export function readJpegHeader(bytes: Uint8Array): JpegHeader | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let orientation: number | undefined;
  let exifBlocks = 0;
  let frame: { width: number; height: number } | undefined;
  let p = 2;
  while (p + 4 <= bytes.length) {
    if (bytes[p] !== 0xff) return undefined;
    const marker = bytes[p + 1]!;
    if (marker === 0xff) {
      p++; // fill byte
      continue;
    }
    if (marker === 0xda) break; // start of scan: every header is behind us
    if (marker === 0xd9 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) return undefined;
    const length = (bytes[p + 2]! << 8) | bytes[p + 3]!;
    const start = p + 4;
    const end = p + 2 + length;
    if (length < 2 || end > bytes.length) return undefined;
    if (isStartOfFrame(marker)) {
      if (frame !== undefined || start + 5 > end) return undefined;
      frame = {
        height: (bytes[start + 1]! << 8) | bytes[start + 2]!,
        width: (bytes[start + 3]! << 8) | bytes[start + 4]!,
      };
    } else if (marker === 0xe1 && exifSignature.every((b, i) => bytes[start + i] === b)) {
      exifBlocks++;
      orientation = exifOrientation(bytes, start, end);
      if (orientation === undefined || exifBlocks > 1) return undefined;
    }
    p = end;
  }
  if (frame === undefined || frame.width === 0 || frame.height === 0 || p + 4 > bytes.length)
    return undefined;
  return { ...frame, orientation: orientation ?? 1 };
}
