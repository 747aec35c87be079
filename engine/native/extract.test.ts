import { describe, expect, it } from 'vitest';
import type { NativeCore } from './index.ts';
import { drawSyntheticRidges, featureTolerancePx } from './test/synthetic-ridges.ts';
import { backends, wasmRequired } from './test/backends.ts';

const synthetic = drawSyntheticRidges();

interface Found {
  x: number;
  y: number;
  angleDeg: number;
  type: number;
}

function minutiaeOf(core: NativeCore, bytes: Uint8Array): Found[] {
  const f = core.decodeTemplate(bytes).minutiae;
  const out: Found[] = [];
  for (let i = 0; i < f.length; i += 5) {
    out.push({ x: f[i]!, y: f[i + 1]!, angleDeg: (f[i + 2]! * 360) / 256, type: f[i + 3]! });
  }
  return out;
}

function expectCode(fn: () => unknown, code: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect((caught as { code?: string } | undefined)?.code, `expected ${code}`).toBe(code);
}

const outputs = new Map<string, Uint8Array>();

for (const backend of backends) {
  describe.skipIf(backend.unavailable !== undefined && !wasmRequired)(`extraction (${backend.name})`, () => {
    const core = (): NativeCore => {
      if (backend.unavailable) throw new Error(backend.unavailable);
      return backend.load();
    };

    it('finds the drawn ridge ending with its direction', () => {
      const { pixels, width, height, ending } = synthetic;
      const bytes = core().extract(pixels, width, height, 500, 2);
      outputs.set(backend.name, bytes);
      const decoded = core().decodeTemplate(bytes);
      expect([decoded.width, decoded.height, decoded.position]).toEqual([width, height, 2]);
      const found = minutiaeOf(core(), bytes);
      const near = found.filter((m) => Math.hypot(m.x - ending.x, m.y - ending.y) <= featureTolerancePx);
      expect(near.length, JSON.stringify(found)).toBeGreaterThanOrEqual(1);
      expect(near[0]!.type).toBe(1);
      const diff = Math.abs(((near[0]!.angleDeg - ending.angleDeg + 540) % 360) - 180);
      expect(diff).toBeLessThan(20);
      // straight parallel ridges elsewhere: no crowd of false minutiae
      expect(found.length).toBeLessThanOrEqual(4);
    });

    it('finds a fork as a bifurcation between its arms, pointing away from the stem', () => {
      const img = drawSyntheticRidges(320, 360, 7, 'fork');
      const found = minutiaeOf(core(), core().extract(img.pixels, img.width, img.height, 500, 0));
      const near = found.filter(
        (m) => Math.hypot(m.x - img.ending.x, m.y - img.ending.y) <= featureTolerancePx,
      );
      expect(near.length, JSON.stringify(found)).toBeGreaterThanOrEqual(1);
      expect(near[0]!.type).toBe(2);
      const diff = Math.abs(((near[0]!.angleDeg - img.ending.angleDeg + 540) % 360) - 180);
      expect(diff).toBeLessThan(20);
      expect(found.length).toBeLessThanOrEqual(4);
    });

    it.each(['gap', 'bridge', 'island'] as const)('reports no minutia for a ridge %s artefact', (feature) => {
      const img = drawSyntheticRidges(320, 360, 7, feature);
      const found = minutiaeOf(core(), core().extract(img.pixels, img.width, img.height, 500, 0));
      expect(found.filter((m) => Math.hypot(m.x - img.ending.x, m.y - img.ending.y) <= 20)).toEqual([]);
    });

    it('is deterministic', () => {
      const { pixels, width, height } = synthetic;
      const a = core().extract(pixels, width, height, 500, 0);
      const b = core().extract(pixels, width, height, 500, 0);
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    });

    it('normalises other resolutions to 500 dpi', () => {
      // the same print captured at 1000 dpi: twice the pixels, minutiae at the same 500 dpi position
      const { pixels, width, height, ending } = synthetic;
      const big = new Uint8Array(width * 2 * height * 2);
      for (let y = 0; y < height * 2; y++)
        for (let x = 0; x < width * 2; x++) big[y * width * 2 + x] = pixels[(y >> 1) * width + (x >> 1)]!;
      const bytes = core().extract(big, width * 2, height * 2, 1000, 0);
      const decoded = core().decodeTemplate(bytes);
      expect([decoded.width, decoded.height]).toEqual([width, height]);
      const found = minutiaeOf(core(), bytes);
      expect(
        found.some((m) => Math.hypot(m.x - ending.x, m.y - ending.y) <= featureTolerancePx && m.type === 1),
      ).toBe(true);
    });

    it('rejects bad images with a code', () => {
      const { pixels, width, height } = synthetic;
      expectCode(() => core().extract(pixels, width, height + 1, 500, 0), 'ST_E_IMAGE_BUFFER');
      expectCode(() => core().extract(new Uint8Array(0), 0, 0, 500, 0), 'ST_E_IMAGE_SIZE');
      expectCode(() => core().extract(new Uint8Array(16), 10000, 10000, 500, 0), 'ST_E_IMAGE_SIZE');
      expectCode(() => core().extract(pixels, width, height, 200, 0), 'ST_E_IMAGE_DPI');
      expectCode(() => core().extract(pixels, width, height, 500, 11), 'ST_E_POSITION_RANGE');
      expectCode(
        () => core().extract(new Uint8Array(300 * 300).fill(255), 300, 300, 500, 0),
        'ST_E_NO_FINGER',
      );
      expectCode(() => core().extract(new Uint8Array(300 * 300), 300, 300, 500, 0), 'ST_E_NO_FINGER');
    });
  });
}

describe.skipIf(backends.some((b) => b.unavailable !== undefined) && !wasmRequired)(
  'golden: addon and wasm agree',
  () => {
    it('extract the same template bytes from the same image', () => {
      const [addon, wasm] = backends.map((b) => b.load());
      const { pixels, width, height } = synthetic;
      const a = outputs.get('addon') ?? addon!.extract(pixels, width, height, 500, 2);
      const b = outputs.get('wasm') ?? wasm!.extract(pixels, width, height, 500, 2);
      expect(Buffer.from(b).toString('hex')).toBe(Buffer.from(a).toString('hex'));
    });
  },
);
