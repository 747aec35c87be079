import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readJpegHeader } from './jpeg-header.ts';

const require = createRequire(import.meta.url);
const sample1 = readFileSync(require.resolve('@vladmandic/face-api/demo/sample1.jpg'));

/** What libvips says, the answer the reader must give whenever it gives one. */
async function byLibvips(bytes: Uint8Array) {
  const meta = await sharp(bytes).metadata();
  return { width: meta.width, height: meta.height, orientation: meta.orientation ?? 1 };
}

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 90, g: 120, b: 200 } } });

/** A TIFF-style EXIF block holding only IFD0's orientation, in either byte order, as an APP1 segment. */
function exifApp1(orientation: number, bigEndian: boolean): Buffer {
  const tiff = Buffer.alloc(26);
  const u16 = (v: number, at: number) => (bigEndian ? tiff.writeUInt16BE(v, at) : tiff.writeUInt16LE(v, at));
  const u32 = (v: number, at: number) => (bigEndian ? tiff.writeUInt32BE(v, at) : tiff.writeUInt32LE(v, at));
  tiff.write(bigEndian ? 'MM' : 'II', 0, 'ascii');
  u16(42, 2);
  u32(8, 4);
  u16(1, 8); // one entry
  u16(0x0112, 10);
  u16(3, 12); // SHORT
  u32(1, 14);
  u16(orientation, 18);
  u32(0, 22); // no next IFD
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'binary'), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/** A JPEG with an APP1 EXIF segment spliced in right after SOI. */
const withExif = (jpeg: Buffer, app1: Buffer) => Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);

describe('readJpegHeader', () => {
  it('gives the size libvips gives, for baseline and progressive JPEGs', async () => {
    const progressive = await photo(123, 77).jpeg({ progressive: true }).toBuffer();
    const baseline = await photo(64, 200).jpeg().toBuffer();
    for (const bytes of [sample1, progressive, baseline]) {
      expect(readJpegHeader(bytes)).toEqual(await byLibvips(bytes));
    }
  });

  it('reads EXIF orientation 1-8 as libvips does, in both byte orders', async () => {
    const jpeg = await photo(40, 30).jpeg().toBuffer();
    for (const bigEndian of [false, true]) {
      for (let orientation = 1; orientation <= 8; orientation++) {
        const bytes = withExif(jpeg, exifApp1(orientation, bigEndian));
        expect(readJpegHeader(bytes)).toEqual({ width: 40, height: 30, orientation });
        expect(await byLibvips(bytes)).toEqual({ width: 40, height: 30, orientation });
      }
    }
    const bySharp = await photo(40, 30).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(readJpegHeader(bySharp)).toEqual(await byLibvips(bySharp));
  });

  it('leaves anything it is unsure about to libvips', async () => {
    const jpeg = await photo(40, 30).jpeg().toBuffer();
    const png = await photo(40, 30).png().toBuffer();
    expect(readJpegHeader(png)).toBeUndefined();
    expect(readJpegHeader(jpeg.subarray(0, 100))).toBeUndefined(); // cut before the scan
    expect(readJpegHeader(withExif(jpeg, exifApp1(9, false)))).toBeUndefined();
    const twice = withExif(withExif(jpeg, exifApp1(6, false)), exifApp1(1, false));
    expect(readJpegHeader(twice)).toBeUndefined();
    expect(readJpegHeader(new Uint8Array([0xff, 0xd8, 0xff]))).toBeUndefined();
  });
});
