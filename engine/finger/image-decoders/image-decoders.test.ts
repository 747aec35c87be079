import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { writeBmp } from '../../../fixtures/bmp.ts';
import { InputError } from '../../errors.ts';
import { drawSyntheticRidges } from '../../native/test/synthetic-ridges.ts';
import { decodeToGray, extractTemplate } from '../index.ts';
import { jpegResolution } from './jpeg.ts';
import { pngResolution } from './png.ts';
import { tiffResolution } from './tiff-resolution.ts';

const ridges = drawSyntheticRidges();
const { pixels, width, height } = ridges;
const gray = () => sharp(Buffer.from(pixels), { raw: { width, height, channels: 1 } });

async function refusal(p: Promise<unknown>): Promise<InputError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

/** A JPEG with an EXIF block (little-endian TIFF structure) stating XResolution/YResolution in `unit`. */
async function jpegWithExif(x: number, y: number, unit: number): Promise<Uint8Array> {
  const jpeg = new Uint8Array(await gray().jpeg().toBuffer());
  const tiff = new Uint8Array(8 + 2 + 3 * 12 + 4 + 16);
  const v = new DataView(tiff.buffer);
  tiff.set([0x49, 0x49, 42, 0]);
  v.setUint32(4, 8, true);
  v.setUint16(8, 3, true);
  const data = 8 + 2 + 3 * 12 + 4;
  const entry = (i: number, tag: number, type: number, value: number) => {
    v.setUint16(10 + 12 * i, tag, true);
    v.setUint16(12 + 12 * i, type, true);
    v.setUint32(14 + 12 * i, 1, true);
    v.setUint32(18 + 12 * i, value, true);
  };
  entry(0, 282, 5, data);
  entry(1, 283, 5, data + 8);
  entry(2, 296, 3, unit);
  v.setUint32(data, x, true);
  v.setUint32(data + 4, 1, true);
  v.setUint32(data + 8, y, true);
  v.setUint32(data + 12, 1, true);
  const body = new Uint8Array([...Buffer.from('Exif\0\0'), ...tiff]);
  const app1 = new Uint8Array([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 255, ...body]);
  // after SOI, before everything sharp wrote (its JFIF APP0 says unit 0: an aspect ratio, no resolution)
  return new Uint8Array([...jpeg.subarray(0, 2), ...app1, ...jpeg.subarray(2)]);
}

describe('image decoders', () => {
  it('recognises the format from the bytes and names the formats it reads when none matches', async () => {
    const err = await refusal(decodeToGray(new Uint8Array(Buffer.from('GIF89a........'))));
    expect(err).toMatchObject({ code: 'INVALID_IMAGE', field: 'image' });
    expect(err.message).toMatch(/PNG, JPEG, TIFF, BMP/);
    const png = new Uint8Array(await gray().png().toBuffer());
    const fromBmp = await decodeToGray(writeBmp(pixels, width, height, { bits: 24 }));
    expect(Buffer.from(fromBmp.pixels).equals(Buffer.from((await decodeToGray(png)).pixels))).toBe(true);
  });

  it('reads the resolution PNG pHYs, TIFF tags, JPEG JFIF and EXIF and BMP headers state', async () => {
    const at569 = { xDpi: 569, yDpi: 569 };
    expect(pngResolution(await gray().png().withMetadata({ density: 569 }).toBuffer())).toEqual(at569);
    // libvips writes 1 pixel per mm (25 dpi) when nobody set a resolution; capture-dpi.ts ignores it
    expect(pngResolution(await gray().png().toBuffer())).toEqual({ xDpi: 25, yDpi: 25 });
    expect((await extractTemplate(await gray().png().toBuffer())).capture.source).toBe('default');
    expect(tiffResolution(await gray().tiff().withMetadata({ density: 569 }).toBuffer())).toEqual(at569);
    // sharp's xres is in pixels per mm: 20 per mm is 200 per cm, 508 dpi
    const tiffCm = await gray().tiff({ xres: 20, yres: 20, resolutionUnit: 'cm' }).toBuffer();
    expect(tiffResolution(tiffCm)).toEqual({ xDpi: 508, yDpi: 508 });
    expect(jpegResolution(await gray().jpeg().withMetadata({ density: 569 }).toBuffer())).toEqual(at569);
    expect(jpegResolution(await gray().jpeg().toBuffer())).toBeUndefined(); // JFIF unit 0: aspect only
    expect(jpegResolution(await jpegWithExif(700, 700, 2))).toEqual({ xDpi: 700, yDpi: 700 });
    expect(jpegResolution(await jpegWithExif(200, 200, 3))).toEqual({ xDpi: 508, yDpi: 508 });
    expect(jpegResolution(await jpegWithExif(700, 700, 1))).toBeUndefined(); // unit 1: no absolute unit
    const bmp = await decodeToGray(writeBmp(pixels, width, height, { bits: 8, pixelsPerMetre: 22402 }));
    expect(bmp.resolution).toEqual(at569);
    // lying offsets and lengths leave the resolution unstated, never throw
    const tiff = new Uint8Array(await gray().tiff().withMetadata({ density: 569 }).toBuffer());
    const lying = tiff.slice();
    new DataView(lying.buffer).setUint32(4, 0xfffffff0, true);
    expect(tiffResolution(lying)).toBeUndefined();
    expect(tiffResolution(tiff.subarray(0, 12))).toBeUndefined();
    expect(
      pngResolution(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0xff, 0xff])),
    ).toBeUndefined();
    expect(jpegResolution(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xff, 0x4a]))).toBeUndefined();
  });

  it('extracts at the request dpi, else the stated one, else 500, and says which', async () => {
    const bmpAt = (ppm: number) => writeBmp(pixels, width, height, { bits: 24, pixelsPerMetre: ppm });
    const png = new Uint8Array(await gray().png().toBuffer());
    expect((await extractTemplate(png)).capture).toEqual({ dpi: 500, source: 'default' });
    expect((await extractTemplate(bmpAt(27559))).capture).toEqual({ dpi: 700, source: 'image' });
    expect((await extractTemplate(bmpAt(27559), { dpi: 500 })).capture).toEqual({
      dpi: 500,
      source: 'request',
    });
    // 96 dpi is what Windows writes when nobody set a resolution: not a capture resolution
    expect((await extractTemplate(bmpAt(3780))).capture).toEqual({ dpi: 500, source: 'default' });
    const at700 = await extractTemplate(bmpAt(27559));
    const asked700 = await extractTemplate(png, { dpi: 700 });
    expect(Buffer.from(at700.bytes).equals(Buffer.from(asked700.bytes))).toBe(true);
    const tooFine = await refusal(extractTemplate(bmpAt(47244))); // 1200 dpi
    expect(tooFine).toMatchObject({ code: 'INVALID_IMAGE', field: 'image' });
    expect(tooFine.message).toMatch(/1200 dpi.*send dpi/);
    expect((await extractTemplate(bmpAt(47244), { dpi: 1000 })).capture.source).toBe('request');
  });

  it('refuses malformed BMPs with the reason, and oversized ones before decoding', async () => {
    const bmp = writeBmp(pixels, width, height, { bits: 8 });
    const cut = await refusal(decodeToGray(bmp.subarray(0, 2000)));
    expect(cut).toMatchObject({ code: 'INVALID_IMAGE', field: 'image' });
    expect(cut.message).toMatch(/shorter than its header says.*ST_E_IMAGE_TRUNCATED/);
    const lyingPalette = bmp.slice();
    new DataView(lyingPalette.buffer).setUint32(46, 1000, true);
    expect((await refusal(decodeToGray(lyingPalette))).message).toMatch(/ST_E_IMAGE_HEADER/);
    const huge = bmp.slice();
    new DataView(huge.buffer).setInt32(18, 100000, true);
    expect(await refusal(decodeToGray(huge))).toMatchObject({ code: 'IMAGE_TOO_LARGE', field: 'image' });
    const small = writeBmp(new Uint8Array(20 * 20), 20, 20, { bits: 8 });
    expect(await refusal(decodeToGray(small))).toMatchObject({ code: 'IMAGE_TOO_SMALL', field: 'image' });
  });
});
