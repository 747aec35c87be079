import { describe, expect, it } from 'vitest';
import { resampleGray, warpAffineRgb } from './resample.ts';

describe('resampleGray', () => {
  it('samples like warpAffineRgb does (supersampled, edges replicated), on one channel', () => {
    const width = 37;
    const height = 29;
    const rgb = Uint8Array.from({ length: width * height * 3 }, (_, i) => (i * 53 + (i >> 7)) % 256);
    const gray = new Float32Array(width * height).map((_, i) => rgb[i * 3]!);
    // Shrinking 2.6x from slightly outside the top-left corner, and enlarging 0.7x.
    for (const [a, c, e, f, outW, outH] of [
      [2.6, -1.3, 2.6, -0.4, 16, 12],
      [0.7, 3.2, 0.7, 5.1, 20, 20],
    ] as const) {
      const expected = warpAffineRgb(rgb, width, height, { a, b: 0, c, d: 0, e, f }, outW, outH);
      const got = resampleGray(gray, width, height, { a, c, e, f }, outW, outH);
      got.forEach((v, i) => expect(v).toBeCloseTo(expected[i * 3]!, 3));
    }
  });
});
