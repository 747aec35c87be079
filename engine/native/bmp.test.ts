import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { bmpStoredGray, writeBmp, type BmpOptions } from '../../fixtures/bmp.ts';
import { coreConstants as C } from './core-constants.ts';
import type { NativeCore } from './index.ts';
import { backends, wasmRequired } from './test/backends.ts';
import { drawSyntheticRidges } from './test/synthetic-ridges.ts';

const ridges = drawSyntheticRidges(203, 150, 3); // odd width: every bit depth gets row padding
const { width, height } = ridges;

/** The stored image through sharp's PNG path: what the BMP must decode to. */
async function viaPng(pixels: Uint8Array): Promise<Uint8Array> {
  const png = await sharp(Buffer.from(pixels), { raw: { width, height, channels: 1 } })
    .png()
    .toBuffer();
  const { data } = await sharp(png).grayscale().raw().toBuffer({ resolveWithObject: true });
  return new Uint8Array(data);
}

const variants: BmpOptions[] = [
  { bits: 1 },
  { bits: 4 },
  { bits: 8 },
  { bits: 8, topDown: true },
  { bits: 8, header: 'core' },
  { bits: 8, paletteCount: 256 },
  { bits: 16 },
  { bits: 16, topDown: true, header: 'v5' },
  { bits: 24 },
  { bits: 24, topDown: true },
  { bits: 24, header: 'core' },
  { bits: 24, header: 'v4' },
  { bits: 24, header: 'v5' },
  { bits: 32 },
  { bits: 32, bitfields: true },
  { bits: 32, bitfields: true, header: 'v5', topDown: true },
];

const label = (o: BmpOptions): string =>
  `${o.bits}-bit ${o.header ?? 'info'}${o.topDown ? ' top-down' : ''}${o.bitfields ? ' BI_BITFIELDS' : ''}`;

/** The st_status name a call fails with. */
function statusOf(call: () => unknown): string {
  try {
    call();
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
  return 'ok';
}

function patch(bytes: Uint8Array, at: number, value: number, size: 2 | 4 = 4): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  if (size === 2) view.setUint16(at, value, true);
  else view.setUint32(at, value >>> 0, true);
  return copy;
}

describe.each(backends)('BMP decoding ($name)', (backend) => {
  const run = backend.unavailable && !wasmRequired ? it.skip : it;
  const core = (): NativeCore => backend.load();

  run.each(variants.map((o) => [label(o), o] as const))(
    '%s decodes to the pixels of the PNG of the same image',
    async (_, o) => {
      const stored = bmpStoredGray(ridges.pixels, o.bits);
      const bmp = writeBmp(ridges.pixels, width, height, o);
      const gray = core().decodeBmp(bmp);
      expect(Buffer.from(gray).equals(Buffer.from(await viaPng(stored)))).toBe(true);
    },
  );

  run('16-bit 5-6-5 BI_BITFIELDS scales each channel to 8 bits', () => {
    const gray = core().decodeBmp(writeBmp(ridges.pixels, width, height, { bits: 16, bitfields: true }));
    let worst = 0;
    gray.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - ridges.pixels[i]!))));
    expect(worst).toBeGreaterThan(0); // 5 bits of red and blue lose detail
    expect(worst).toBeLessThanOrEqual(8);
  });

  run('reads size and pixels per metre as dpi', () => {
    const at = (ppm: number) =>
      Array.from(core().bmpInfo(writeBmp(ridges.pixels, width, height, { bits: 24, pixelsPerMetre: ppm })));
    const f = (w: number, h: number, x: number, y: number) => {
      const fields = new Array<number>(C.ST_IMAGE_INFO_FIELDS);
      fields[C.ST_IMAGE_INFO_WIDTH] = w;
      fields[C.ST_IMAGE_INFO_HEIGHT] = h;
      fields[C.ST_IMAGE_INFO_X_DPI] = x;
      fields[C.ST_IMAGE_INFO_Y_DPI] = y;
      return fields;
    };
    expect(at(19685)).toEqual(f(width, height, 500, 500));
    expect(at(22402)).toEqual(f(width, height, 569, 569));
    expect(at(39370)).toEqual(f(width, height, 1000, 1000));
    expect(at(0)).toEqual(f(width, height, 0, 0));
    expect(at(-5)).toEqual(f(width, height, 0, 0));
  });

  run('converts colour to luma (R = G = B keeps its value)', () => {
    const bmp = writeBmp(new Uint8Array(32 * 32), 32, 32, { bits: 24 });
    const pixels = 14 + 40;
    bmp.set([0, 0, 255], pixels); // blue, green, red of the bottom-left pixel: pure red
    bmp.set([255, 0, 0], pixels + 3); // pure blue
    const gray = core().decodeBmp(bmp);
    expect([gray[31 * 32], gray[31 * 32 + 1]]).toEqual([77, 29]);
  });

  run('refuses lying or unsupported headers with a status, never reading past the bytes', () => {
    const good = writeBmp(ridges.pixels, width, height, { bits: 8 });
    const good24 = writeBmp(ridges.pixels, width, height, { bits: 24 });
    const cases: [string, Uint8Array, string][] = [
      ['empty', new Uint8Array(0), 'ST_E_IMAGE_TRUNCATED'],
      ['file header only', good.subarray(0, 14), 'ST_E_IMAGE_TRUNCATED'],
      ['half an info header', good.subarray(0, 40), 'ST_E_IMAGE_TRUNCATED'],
      ['not BM', patch(good, 0, 0x4142, 2), 'ST_E_IMAGE_HEADER'],
      ['header size 20', patch(good, 14, 20), 'ST_E_IMAGE_UNSUPPORTED'],
      ['header size 4', patch(good, 14, 4), 'ST_E_IMAGE_HEADER'],
      ['width 0', patch(good, 18, 0), 'ST_E_IMAGE_HEADER'],
      ['negative width', patch(good, 18, -width), 'ST_E_IMAGE_HEADER'],
      ['height 0', patch(good, 22, 0), 'ST_E_IMAGE_HEADER'],
      ['height INT32_MIN', patch(good, 22, 0x80000000), 'ST_E_IMAGE_SIZE'],
      ['height past the pixels', patch(good, 22, height + 1), 'ST_E_IMAGE_TRUNCATED'],
      ['width past the pixels', patch(good24, 18, width + 4), 'ST_E_IMAGE_TRUNCATED'],
      ['65536 x 65536', patch(patch(good, 18, 65536), 22, 65536), 'ST_E_IMAGE_SIZE'],
      ['2 planes', patch(good, 26, 2, 2), 'ST_E_IMAGE_HEADER'],
      ['2 bits per pixel', patch(good, 28, 2, 2), 'ST_E_IMAGE_UNSUPPORTED'],
      ['0 bits per pixel (embedded JPEG/PNG)', patch(good, 28, 0, 2), 'ST_E_IMAGE_UNSUPPORTED'],
      ['RLE8', patch(good, 30, 1), 'ST_E_IMAGE_UNSUPPORTED'],
      ['BI_BITFIELDS at 8 bits', patch(good, 30, 3), 'ST_E_IMAGE_UNSUPPORTED'],
      ['257 palette entries', patch(good, 46, 257), 'ST_E_IMAGE_HEADER'],
      ['palette count past the bytes', patch(good.subarray(0, 600), 46, 256), 'ST_E_IMAGE_TRUNCATED'],
      ['pixel offset inside the palette', patch(good, 10, 14 + 40 + 100), 'ST_E_IMAGE_HEADER'],
      ['pixel offset past the end', patch(good, 10, good.byteLength + 1), 'ST_E_IMAGE_TRUNCATED'],
      ['pixel offset 2^32 - 1', patch(good, 10, 0xffffffff), 'ST_E_IMAGE_TRUNCATED'],
      ['last row cut', good.subarray(0, good.byteLength - 200), 'ST_E_IMAGE_TRUNCATED'],
      ['negative height: top-down, valid', patch(good, 22, -height), 'ok'],
    ];
    for (const [name, bytes, status] of cases) {
      expect([name, statusOf(() => core().bmpInfo(bytes))]).toEqual([name, status]);
      expect([name, statusOf(() => core().decodeBmp(bytes))]).toEqual([name, status]);
    }
  });

  run('refuses palette indices past a short palette and masks that are not one run of bits', () => {
    const shortPalette = writeBmp(ridges.pixels, width, height, { bits: 8, paletteCount: 100 });
    expect(statusOf(() => core().bmpInfo(shortPalette))).toBe('ok'); // the header itself is consistent
    expect(statusOf(() => core().decodeBmp(shortPalette))).toBe('ST_E_IMAGE_HEADER');
    const masked = writeBmp(ridges.pixels, width, height, { bits: 32, bitfields: true });
    expect(statusOf(() => core().decodeBmp(patch(masked, 54, 0x00f0f000)))).toBe('ST_E_IMAGE_HEADER');
    expect(statusOf(() => core().decodeBmp(patch(patch(patch(masked, 54, 0), 58, 0), 62, 0)))).toBe(
      'ST_E_IMAGE_HEADER',
    );
    const masked16 = writeBmp(ridges.pixels, width, height, { bits: 16, bitfields: true });
    expect(statusOf(() => core().decodeBmp(patch(masked16, 54, 0x1f0000)))).toBe('ST_E_IMAGE_HEADER');
    expect(statusOf(() => core().decodeBmp(masked16.subarray(0, 60)))).toBe('ST_E_IMAGE_TRUNCATED');
  });
});

describe('BMP decoding on both backends', () => {
  const wasm = backends.find((b) => b.name === 'wasm')!;
  const run = wasm.unavailable && !wasmRequired ? it.skip : it;
  run('gives the same bytes from the addon and the WebAssembly build', () => {
    const [addon, web] = [backends[0]!.load(), wasm.load()];
    for (const o of variants) {
      const bmp = writeBmp(ridges.pixels, width, height, o);
      expect(Buffer.from(web.decodeBmp(bmp)).equals(Buffer.from(addon.decodeBmp(bmp)))).toBe(true);
      expect(Array.from(web.bmpInfo(bmp))).toEqual(Array.from(addon.bmpInfo(bmp)));
    }
  });
});
