import type { ImageResolution } from '../gray-image.ts';

const XResolution = 282;
const YResolution = 283;
const ResolutionUnit = 296;
const RATIONAL = 5;
const unitInch = 2;
const unitCentimetre = 3;

/**
 * XResolution/YResolution/ResolutionUnit of the first image file directory of a TIFF structure starting at
 * `start` (a TIFF file, or the EXIF block of a JPEG). Undefined when the directory states no resolution in inches
 * or centimetres (unit 1 is an aspect ratio) or any offset lies: pixels are sharp's business, this reads tags only.
 */
export function tiffResolution(bytes: Uint8Array, start = 0): ImageResolution | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fits = (at: number, n: number): boolean => at >= 0 && at + n <= bytes.byteLength;
  if (!fits(start, 8)) return undefined;
  const order = view.getUint16(start);
  if (order !== 0x4949 && order !== 0x4d4d) return undefined;
  const le = order === 0x4949;
  if (view.getUint16(start + 2, le) !== 42) return undefined; // 43 is BigTIFF: its offsets are 64-bit
  const ifd = start + view.getUint32(start + 4, le);
  if (!fits(ifd, 2)) return undefined;
  const entries = view.getUint16(ifd, le);
  let x: number | undefined;
  let y: number | undefined;
  let unit = unitInch; // the TIFF default
  for (let i = 0; i < entries; i++) {
    const e = ifd + 2 + 12 * i;
    if (!fits(e, 12)) return undefined;
    const tag = view.getUint16(e, le);
    const type = view.getUint16(e + 2, le);
    if (tag === ResolutionUnit) unit = view.getUint16(e + 8, le);
    if ((tag === XResolution || tag === YResolution) && type === RATIONAL) {
      const at = start + view.getUint32(e + 8, le);
      if (!fits(at, 8)) return undefined;
      const denominator = view.getUint32(at + 4, le);
      const value = denominator ? view.getUint32(at, le) / denominator : 0;
      if (tag === XResolution) x = value;
      else y = value;
    }
  }
  if (x === undefined || (unit !== unitInch && unit !== unitCentimetre)) return undefined;
  const perInch = unit === unitCentimetre ? 2.54 : 1;
  return { xDpi: Math.round(x * perInch), yDpi: Math.round((y ?? x) * perInch) };
}
