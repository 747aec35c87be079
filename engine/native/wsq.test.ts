import { describe, expect, it } from 'vitest';
import type { NativeCore } from './index.ts';
import { backends, wasmRequired } from './test/backends.ts';
import {
  Marker,
  entropyCoded,
  frameHeader,
  huffmanTable,
  quantTable,
  segment,
  transformTable,
  wsqStream,
} from './test/wsq-stream.ts';

const maxPixels = 4_000_000;

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return (err as { code?: string }).code ?? 'NO_CODE';
  }
  return undefined;
}

/** A stream from parts (SOI and EOI added). */
const stream = (...parts: number[][]): Uint8Array =>
  new Uint8Array([0xff, 0xa0, ...parts.flat(), 0xff, 0xa1]);
const frame = { width: 96, height: 80 };
const block = (coefficients: number[] = [0]): number[] => [
  ...segment(Marker.SOB, [0]),
  ...entropyCoded(coefficients),
];

// A few coefficients in the lowest subbands and beyond: a smooth, not constant, image.
const coefficients = [0, 0, 3, -2, 0, 1, 40, -300, 2, -1, 0, 0, 0, 7, 1000, -7, 0, 2];

for (const backend of backends) {
  describe.skipIf(backend.unavailable !== undefined && !wasmRequired)(`WSQ decoder (${backend.name})`, () => {
    const core = (): NativeCore => {
      if (backend.unavailable) throw new Error(backend.unavailable);
      return backend.load();
    };

    it('decodes an all-zero coefficient image to the frame shift, rounded, with the PPI of its NIST_COM', () => {
      const image = core().decodeWsq(wsqStream({ ...frame, shiftTenths: 1005, ppi: 500 }), maxPixels);
      expect([image.width, image.height, image.ppi]).toEqual([96, 80, 500]);
      expect(image.pixels.length).toBe(96 * 80);
      expect(new Set(image.pixels)).toEqual(new Set([101])); // 100.5 + 0.5
    });

    it('reports PPI -1 without a NIST_COM and decodes coefficients to a varying image', () => {
      const image = core().decodeWsq(wsqStream({ ...frame, coefficients }), maxPixels);
      expect(image.ppi).toBe(-1);
      expect(new Set(image.pixels).size).toBeGreaterThan(10);
      // coefficients in the lowest subbands only change the top-left area's neighbourhood, not nothing at all
      expect(image.pixels.some((p) => p !== 128)).toBe(true);
    });

    it('accepts tables between blocks and several blocks, continuing the coefficient sequence', () => {
      const oneBlock = core().decodeWsq(wsqStream({ ...frame, coefficients }), maxPixels).pixels;
      const split = stream(
        transformTable(),
        quantTable(),
        huffmanTable(),
        frameHeader({ ...frame, shiftTenths: 1275 }),
        block(coefficients.slice(0, 7)),
        huffmanTable(1),
        [...segment(Marker.SOB, [1]), ...entropyCoded(coefficients.slice(7))],
      );
      expect(Buffer.from(core().decodeWsq(split, maxPixels).pixels).equals(Buffer.from(oneBlock))).toBe(true);
    });

    it('decodes with every filter pair length the transform table allows (odd/odd and even/even)', () => {
      // 13/11 needs every wavelet node at least 6 samples wide; smaller frames are refused (tested below)
      for (const [hi, lo] of [
        [9, 7],
        [7, 9],
        [5, 3],
        [3, 5],
        [13, 11],
        [2, 2],
        [4, 4],
        [6, 10],
        [10, 6],
      ] as const) {
        for (const size of [
          { width: 200, height: 196 },
          { width: 261, height: 203 },
        ]) {
          const bytes = stream(
            transformTable(hi, lo),
            quantTable(),
            huffmanTable(),
            frameHeader(size),
            block(coefficients),
          );
          const image = core().decodeWsq(bytes, maxPixels);
          expect([hi, lo, image.width, image.height]).toEqual([hi, lo, size.width, size.height]);
          expect(new Set(image.pixels).size, `${hi}/${lo}`).toBeGreaterThan(1);
        }
      }
    });

    it('refuses a truncation at every offset with a WSQ status, never a crash', () => {
      const bytes = wsqStream({ ...frame, coefficients, ppi: 500 });
      const codes = new Set<string | undefined>();
      for (let cut = 0; cut < bytes.length; cut++)
        codes.add(codeOf(() => core().decodeWsq(bytes.subarray(0, cut), maxPixels)));
      expect([...codes].every((c) => typeof c === 'string' && c.startsWith('ST_E_WSQ_'))).toBe(true);
      expect(codes).toContain('ST_E_WSQ_TRUNCATED');
    });

    it('refuses missing and undefined tables', () => {
      const noTransform = stream(quantTable(), huffmanTable(), frameHeader(frame), block());
      expect(codeOf(() => core().decodeWsq(noTransform, maxPixels))).toBe('ST_E_WSQ_TABLE_MISSING');
      const noQuant = stream(transformTable(), huffmanTable(), frameHeader(frame), block());
      expect(codeOf(() => core().decodeWsq(noQuant, maxPixels))).toBe('ST_E_WSQ_TABLE_MISSING');
      const wrongHuffman = stream(
        transformTable(),
        quantTable(),
        huffmanTable(2),
        frameHeader(frame),
        block(),
      );
      expect(codeOf(() => core().decodeWsq(wrongHuffman, maxPixels))).toBe('ST_E_WSQ_TABLE_MISSING');
      const noBlock = stream(transformTable(), quantTable(), huffmanTable(), frameHeader(frame));
      expect(codeOf(() => core().decodeWsq(noBlock, maxPixels))).toBe('ST_E_WSQ_MARKER');
    });

    it('refuses invalid tables: Huffman code lengths that overflow, a repeated id in one segment, odd/even filters', () => {
      const overfull = [0, 0, 0, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]; // 17 four-bit codes
      const badHuffman = stream(
        transformTable(),
        quantTable(),
        huffmanTable(0, overfull),
        frameHeader(frame),
        block(),
      );
      expect(codeOf(() => core().decodeWsq(badHuffman, maxPixels))).toBe('ST_E_WSQ_TABLE');
      const one = huffmanTable().slice(4);
      const repeated = stream(
        segment(Marker.DHT, [...one, ...one]),
        transformTable(),
        quantTable(),
        frameHeader(frame),
        block(),
      );
      expect(codeOf(() => core().decodeWsq(repeated, maxPixels))).toBe('ST_E_WSQ_TABLE');
      const mixed = transformTable();
      mixed[5] = 8; // 9 high-pass taps, 8 low-pass taps
      const mixedParity = stream(mixed, quantTable(), huffmanTable(), frameHeader(frame), block());
      expect(codeOf(() => core().decodeWsq(mixedParity, maxPixels))).toBe('ST_E_WSQ_TABLE');
    });

    it('refuses lying segment lengths and unknown markers', () => {
      const sof = frameHeader(frame);
      sof[3] = (sof[3] ?? 0) + 1; // one byte longer than a frame header
      const longFrame = stream(transformTable(), quantTable(), huffmanTable(), sof, [0], block());
      expect(codeOf(() => core().decodeWsq(longFrame, maxPixels))).toBe('ST_E_WSQ_SEGMENT_LENGTH');
      const dqt = quantTable();
      dqt[2] = 0xff; // the quantisation table claims 65 KB
      expect(codeOf(() => core().decodeWsq(stream(dqt), maxPixels))).toBe('ST_E_WSQ_TRUNCATED');
      const unknown = stream([0xff, 0xc0, 0, 2], transformTable());
      expect(codeOf(() => core().decodeWsq(unknown, maxPixels))).toBe('ST_E_WSQ_MARKER');
      expect(codeOf(() => core().decodeWsq(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), maxPixels))).toBe(
        'ST_E_WSQ_MARKER',
      );
    });

    it('refuses coefficients that overrun the image and symbols the table gives no meaning', () => {
      const tooMany = Array.from({ length: 96 * 80 + 1 }, () => 1);
      expect(codeOf(() => core().decodeWsq(wsqStream({ ...frame, coefficients: tooMany }), maxPixels))).toBe(
        'ST_E_WSQ_HUFFMAN',
      );
      const zeroSymbol = huffmanTable();
      zeroSymbol[4 + 1 + 16] = 0; // symbol 0 has no meaning in WSQ
      const bad = stream(transformTable(), quantTable(), zeroSymbol, frameHeader(frame), block([0]));
      expect(codeOf(() => core().decodeWsq(bad, maxPixels))).toBe('ST_E_WSQ_HUFFMAN');
    });

    it('bounds the frame size before allocating: over maxPixels, over the core limit, too small to transform', () => {
      expect(codeOf(() => core().decodeWsq(wsqStream(frame), 96 * 80 - 1))).toBe('ST_E_IMAGE_SIZE');
      expect(codeOf(() => core().decodeWsq(wsqStream({ width: 65535, height: 65535 }), 2 ** 31 - 1))).toBe(
        'ST_E_IMAGE_SIZE',
      );
      expect(codeOf(() => core().decodeWsq(wsqStream({ width: 20, height: 20 }), maxPixels))).toBe(
        'ST_E_IMAGE_SIZE',
      );
      expect(codeOf(() => core().decodeWsq(wsqStream({ width: 0, height: 20 }), maxPixels))).toBe(
        'ST_E_IMAGE_SIZE',
      );
    });
  });
}

describe.skipIf(backends.some((b) => b.unavailable !== undefined) && !wasmRequired)(
  'WSQ decoder, both builds',
  () => {
    it('gives the same bytes from the addon and the WebAssembly module', () => {
      const [addon, wasm] = backends.map((b) => b.load());
      for (const width of [64, 97, 130]) {
        const bytes = wsqStream({ width, height: 75, coefficients, scaleTenths: 37 });
        const a = addon?.decodeWsq(bytes, maxPixels);
        const w = wasm?.decodeWsq(bytes, maxPixels);
        expect(a && w && Buffer.from(a.pixels).equals(Buffer.from(w.pixels))).toBe(true);
      }
    });
  },
);
