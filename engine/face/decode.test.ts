import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { checkImage, decodeFitting, decodeRegion } from './decode.ts';
import { defaultMaxPixels } from './params.ts';

const require = createRequire(import.meta.url);
const sample1 = readFileSync(require.resolve('@vladmandic/face-api/demo/sample1.jpg'));

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A ~70-byte PNG whose header declares the given size (a decompression bomb in miniature). */
function pngHeaderDeclaring(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(16))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The whole image, decoded at full size unless it is larger than maxSidePx. */
async function decodeWhole(bytes: Uint8Array, maxSidePx = Number.POSITIVE_INFINITY) {
  return decodeFitting(await checkImage(bytes, defaultMaxPixels), maxSidePx, maxSidePx);
}

/** Raw RGB with red = x >> shift, green = y >> shift, blue 0: where a pixel came from can be read off it. */
function gradient(width: number, height: number, shift: number): Sharp {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) pixels.set([x >> shift, y >> shift, 0], (y * width + x) * 3);
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

async function codeOf(bytes: Uint8Array): Promise<string> {
  try {
    await decodeWhole(bytes);
    return 'decoded';
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).code;
  }
}

describe('checkImage, decodeFitting, decodeRegion', () => {
  it('decodes a JPEG to 3-channel RGB of the right size', async () => {
    const image = await decodeWhole(sample1);
    expect(image.width).toBe(1920);
    expect(image.height).toBe(1280);
    expect(image.data.length).toBe(1920 * 1280 * 3);
  });

  it('applies EXIF orientation (90 degrees swaps width and height)', async () => {
    const rotated = await sharp({ create: { width: 64, height: 40, channels: 3, background: '#808080' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const image = await decodeWhole(rotated);
    expect([image.width, image.height]).toEqual([40, 64]);
  });

  it('gives 3 channels for grayscale and RGBA input', async () => {
    const gray = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#777' } })
      .greyscale()
      .png()
      .toBuffer();
    const rgba = await sharp({ create: { width: 50, height: 50, channels: 4, background: '#7777' } })
      .png()
      .toBuffer();
    expect((await decodeWhole(gray)).data.length).toBe(50 * 50 * 3);
    expect((await decodeWhole(rgba)).data.length).toBe(50 * 50 * 3);
  });

  it('decodes very large photos at reduced size and says by how much', async () => {
    const big = await sharp({ create: { width: 4096, height: 3072, channels: 3, background: '#404040' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const image = await decodeWhole(big, 2048);
    // Oriented 3072x4096, long side brought to 2048.
    expect([image.width, image.height]).toEqual([1536, 2048]);
    expect(image.scaleToOriginal).toBeCloseTo(2, 6);
    expect((await decodeWhole(sample1, 2048)).scaleToOriginal).toBe(1);
  });

  it('decodes to fit a box and a region at a scale, each saying where its pixels lie in the original', async () => {
    // A lossless gradient: red = x / 4, green = y / 4 in original pixels.
    const png = await gradient(1000, 800, 2).png().toBuffer();
    const checked = await checkImage(png, defaultMaxPixels);
    const frame = await decodeFitting(checked, 320, 240);
    expect([frame.width, frame.height, frame.scaleToOriginal]).toEqual([300, 240, 1000 / 300]);
    const region = await decodeRegion(checked, { left: 400, top: 200, width: 300, height: 200 }, 0.5);
    expect(region.scaleToOriginal).toBe(2);
    expect([region.originX, region.originY]).toEqual([400, 200]);
    expect([region.width, region.height]).toEqual([150, 100]);
    // Pixel (10, 20) of the region covers original x 420-421, y 240-241.
    const i = (20 * region.width + 10) * 3;
    expect(Math.abs(region.data[i]! - 420 / 4)).toBeLessThanOrEqual(1);
    expect(Math.abs(region.data[i + 1]! - 240 / 4)).toBeLessThanOrEqual(1);
    // A milder shrink cuts first: same mapping rules.
    const near = await decodeRegion(checked, { left: 400, top: 200, width: 300, height: 200 }, 0.8);
    expect([near.originX, near.originY, near.width, near.height]).toEqual([400, 200, 240, 160]);
    expect(near.scaleToOriginal).toBeCloseTo(1.25, 6);
    const j = (40 * near.width + 80) * 3; // original x 500, y 250
    expect(Math.abs(near.data[j]! - 500 / 4)).toBeLessThanOrEqual(1);
    expect(Math.abs(near.data[j + 1]! - 250 / 4)).toBeLessThanOrEqual(1);
  });

  it('cuts regions of the oriented picture (EXIF orientation 6: a quarter turn)', async () => {
    const jpeg = await gradient(400, 300, 1)
      .jpeg({ quality: 95 })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const upright = await sharp(jpeg).rotate().raw().toBuffer({ resolveWithObject: true });
    const checked = await checkImage(jpeg, defaultMaxPixels);
    expect([checked.width, checked.height]).toEqual([300, 400]);
    for (const scale of [1, 0.8, 0.4]) {
      const region = await decodeRegion(checked, { left: 100, top: 150, width: 120, height: 120 }, scale);
      const i = (10 * region.width + 12) * 3;
      const x = Math.floor(region.originX + 12.5 * region.scaleToOriginal);
      const y = Math.floor(region.originY + 10.5 * region.scaleToOriginal);
      const j = (y * upright.info.width + x) * 3;
      expect(Math.abs(region.data[i]! - upright.data[j]!)).toBeLessThanOrEqual(3);
      expect(Math.abs(region.data[i + 1]! - upright.data[j + 1]!)).toBeLessThanOrEqual(3);
    }
  });

  it('refuses non-image bytes', async () => {
    expect(await codeOf(Buffer.from('this is certainly not an image'))).toBe('INVALID_IMAGE');
    expect(await codeOf(new Uint8Array(0))).toBe('INVALID_IMAGE');
  });

  it('refuses a truncated JPEG', async () => {
    expect(await codeOf(sample1.subarray(0, Math.floor(sample1.length / 2)))).toBe('INVALID_IMAGE');
  });

  it('refuses a 1x1 image', async () => {
    const tiny = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    expect(await codeOf(tiny)).toBe('IMAGE_TOO_SMALL');
  });

  it('refuses a header declaring 20000x20000 before decoding any pixel', async () => {
    expect(await codeOf(pngHeaderDeclaring(20000, 20000))).toBe('IMAGE_TOO_LARGE');
  });
});
