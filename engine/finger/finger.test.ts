import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { drawSyntheticRidges, featureTolerancePx } from '../native/test/synthetic-ridges.ts';
import { encodeTemplate, exportTemplate, extractTemplate, importTemplate } from './index.ts';
import type { FingerTemplate } from './index.ts';

const synthetic = drawSyntheticRidges();

async function rejects(p: Promise<unknown> | (() => unknown), code: string, field?: string): Promise<void> {
  let caught: unknown;
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(InputError);
  expect((caught as InputError).code).toBe(code);
  if (field) expect((caught as InputError).field).toBe(field);
}

function pngOf(pixels: Uint8Array, width: number, height: number): Promise<Buffer> {
  return sharp(Buffer.from(pixels), { raw: { width, height, channels: 1 } })
    .png()
    .toBuffer();
}

describe('extractTemplate', () => {
  it('reads PNG and raw gray alike and finds the drawn ending', async () => {
    const { pixels, width, height, ending } = synthetic;
    const fromPng = await extractTemplate(await pngOf(pixels, width, height), { position: 7 });
    const fromRaw = await extractTemplate({ raw: pixels, width, height }, { position: 7 });
    expect(Buffer.from(fromPng.bytes).equals(Buffer.from(fromRaw.bytes))).toBe(true);
    expect(fromPng).toMatchObject({ format: 'sinhtrac', version: 1, width, height, position: 7 });
    expect(fromPng.quality).toBeGreaterThanOrEqual(0);
    expect(fromPng.quality).toBeLessThanOrEqual(100);
    const hit = fromPng.minutiae.find(
      (m) => Math.hypot(m.x - ending.x, m.y - ending.y) <= featureTolerancePx,
    );
    expect(hit?.type).toBe('ending');
  });

  it('decodes colour inputs to gray (JPEG here)', async () => {
    const { pixels, width, height } = synthetic;
    const jpeg = await sharp(Buffer.from(pixels), { raw: { width, height, channels: 1 } })
      .toColourspace('srgb')
      .jpeg({ quality: 95 })
      .toBuffer();
    const t = await extractTemplate(jpeg);
    expect(t.minutiae.length).toBeGreaterThan(0);
  });

  it('refuses bad images with clear errors', async () => {
    const { pixels, width, height } = synthetic;
    await rejects(extractTemplate(new Uint8Array([1, 2, 3, 4])), 'INVALID_IMAGE', 'image');
    await rejects(extractTemplate(new Uint8Array(0)), 'INVALID_IMAGE', 'image');
    await rejects(extractTemplate({ raw: pixels, width, height: height + 1 }), 'INVALID_IMAGE', 'raw');
    await rejects(extractTemplate({ raw: new Uint8Array(0), width: 0, height: 0 }), 'INVALID_FIELD', 'width');
    await rejects(
      extractTemplate({ raw: new Uint8Array(16), width: 10000, height: 10000 }),
      'IMAGE_TOO_LARGE',
    );
    await rejects(extractTemplate({ raw: pixels, width, height }, { dpi: 200 }), 'INVALID_FIELD', 'dpi');
    await rejects(
      extractTemplate({ raw: pixels, width, height }, { position: 11 }),
      'INVALID_FIELD',
      'position',
    );
    const white = new Uint8Array(300 * 300).fill(255);
    await rejects(extractTemplate({ raw: white, width: 300, height: 300 }), 'NO_FINGERPRINT', 'image');
    await rejects(
      extractTemplate(await pngOf(new Uint8Array(300 * 300), 300, 300)),
      'NO_FINGERPRINT',
      'image',
    );
    await rejects(extractTemplate(await pngOf(new Uint8Array(20 * 20), 20, 20)), 'IMAGE_TOO_SMALL', 'image');
  });
});

describe('templates', () => {
  const base: Omit<FingerTemplate, 'bytes' | 'format' | 'version'> = {
    width: 300,
    height: 400,
    quality: 60,
    position: 1,
    minutiae: [
      { x: 10, y: 20, angleDeg: 45, type: 'ending', quality: 50 },
      { x: 200, y: 300, angleDeg: 270, type: 'bifurcation', quality: 90 },
    ],
  };

  it('round-trips internal -> ISO -> internal and internal -> ANSI -> internal', () => {
    const t = encodeTemplate(base);
    for (const format of ['iso19794-2:2005', 'ansi378:2004'] as const) {
      const back = importTemplate(exportTemplate(t, format), format);
      expect(back.minutiae.map((m) => [m.x, m.y, m.type])).toEqual(t.minutiae.map((m) => [m.x, m.y, m.type]));
      back.minutiae.forEach((m, i) =>
        expect(Math.abs(m.angleDeg - t.minutiae[i]!.angleDeg)).toBeLessThanOrEqual(2),
      );
      expect([back.width, back.height, back.quality, back.position]).toEqual([300, 400, 60, 1]);
    }
    expect(importTemplate(t.bytes, 'sinhtrac')).toEqual(t);
  });

  it('maps codec failures to InputError', async () => {
    await rejects(
      () => importTemplate(new Uint8Array([0x46, 0x4d, 0x52, 0]), 'iso19794-2:2005'),
      'INVALID_TEMPLATE',
    );
    const wrongVersion = Uint8Array.from(encodeTemplate(base).bytes);
    wrongVersion[4] = 9;
    await rejects(() => importTemplate(wrongVersion, 'sinhtrac'), 'UNSUPPORTED_TEMPLATE_VERSION', 'template');
    await rejects(() => importTemplate(new Uint8Array(0), 'sinhtrac'), 'INVALID_TEMPLATE');
    await rejects(
      () => importTemplate(encodeTemplate(base).bytes, 'wsq' as never),
      'INVALID_FIELD',
      'format',
    );
    await rejects(
      () => encodeTemplate({ ...base, minutiae: [{ ...base.minutiae[0]!, x: 300 }] }),
      'INVALID_TEMPLATE',
    );
  });
});
