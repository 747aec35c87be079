import { describe, expect, it } from 'vitest';
import { alignDlibChip, fitSimilarity, invertSimilarity } from './align.ts';
import { intersectionOverUnion, nonMaximumSuppression, pickSubject } from './detect.ts';
import { arcfaceTemplate112, dlibChipPadding, dlibChipSidePx, dlibMeanFaceShape } from './params.ts';
import { warpAffineRgb } from './resample.ts';

describe('fitSimilarity', () => {
  it('recovers a known rotation, scale and shift exactly from the template points', () => {
    const angle = 0.3;
    const scale = 2.5;
    const from = arcfaceTemplate112.map(([x, y]) => ({
      x: scale * (Math.cos(angle) * x - Math.sin(angle) * y) + 40,
      y: scale * (Math.sin(angle) * x + Math.cos(angle) * y) - 7,
    }));
    const s = fitSimilarity(from, arcfaceTemplate112);
    // Mapping `from` must land on the template.
    from.forEach((p, i) => {
      expect(s.a * p.x - s.b * p.y + s.tx).toBeCloseTo(arcfaceTemplate112[i]![0], 6);
      expect(s.b * p.x + s.a * p.y + s.ty).toBeCloseTo(arcfaceTemplate112[i]![1], 6);
    });
    // The inverse takes template points back to the image.
    const inv = invertSimilarity(s);
    const [tx, ty] = arcfaceTemplate112[0]!;
    expect(inv.a * tx + inv.b * ty + inv.c).toBeCloseTo(from[0]!.x, 6);
    expect(inv.d * tx + inv.e * ty + inv.f).toBeCloseTo(from[0]!.y, 6);
  });
});

describe('alignDlibChip', () => {
  const side = dlibChipSidePx;
  /** dlib's mean face in chip pixels, mapped by x -> k x + t: the 68 landmarks of a face that far off the chip. */
  const landmarksAt = (k: number, t: number) => {
    const points = Array.from({ length: 68 }, () => ({ x: -1000, y: 1000 })); // unused indices: anywhere
    for (const [i, x, y] of dlibMeanFaceShape) {
      const chip = (v: number) => ((dlibChipPadding + v) / (2 * dlibChipPadding + 1)) * side;
      points[i] = { x: k * chip(x) + t, y: k * chip(y) + t };
    }
    return points;
  };
  /** A smooth image (R = x / 2, G = y / 2): resampling it anywhere inside gives back those values exactly. */
  const image = (width: number) => {
    const data = new Uint8Array(width * width * 3);
    for (let y = 0; y < width; y++)
      for (let x = 0; x < width; x++) data.set([x >> 1, y >> 1, 0], (y * width + x) * 3);
    return { data, width, height: width, scaleToOriginal: 1, originX: 0, originY: 0 };
  };

  it("cuts the identity when the landmarks already sit on dlib's mean face (eyebrows and jaw ignored)", () => {
    const src = image(side);
    const chip = alignDlibChip(src, landmarksAt(1, 0));
    expect(chip).toHaveLength(side * side * 3);
    for (let i = 0; i < chip.length; i += 997) expect(chip[i]).toBeCloseTo(src.data[i]!, 3);
  });

  it('undoes scale and shift: the chip of a face drawn 2x larger at an offset reads the same pixels', () => {
    const src = image(400);
    const chip = alignDlibChip(src, landmarksAt(2, 30));
    // Chip pixel (u, v) reads source (2u + 30, 2v + 30), averaged over a 2x2 grid around it.
    for (const [u, v] of [
      [10, 20],
      [75, 75],
      [140, 5],
    ] as const) {
      expect(chip[(v * side + u) * 3]).toBeCloseTo((2 * u + 30) / 2, -0.3);
      expect(chip[(v * side + u) * 3 + 1]).toBeCloseTo((2 * v + 30) / 2, -0.3);
    }
    expect(() => alignDlibChip(src, landmarksAt(1, 0).slice(0, 5))).toThrow(/68 landmarks/);
  });
});

describe('warpAffineRgb', () => {
  it('is the identity for the identity map and replicates edges outside', () => {
    const src = Uint8Array.from({ length: 4 * 3 * 3 }, (_, i) => (i * 37) % 256);
    const same = warpAffineRgb(src, 4, 3, { a: 1, b: 0, c: 0, d: 0, e: 1, f: 0 }, 4, 3);
    expect(Array.from(same)).toEqual(Array.from(src));
    const shifted = warpAffineRgb(src, 4, 3, { a: 1, b: 0, c: -10, d: 0, e: 1, f: 0 }, 1, 1);
    expect(Array.from(shifted)).toEqual(Array.from(src.subarray(0, 3)));
  });

  it('averages when shrinking instead of sampling one pixel', () => {
    // A 1-pixel checkerboard shrunk 4x must come out mid-gray, not black or white.
    const side = 16;
    const src = new Uint8Array(side * side * 3);
    for (let y = 0; y < side; y++)
      for (let x = 0; x < side; x++)
        src.fill((x + y) % 2 ? 255 : 0, (y * side + x) * 3, (y * side + x) * 3 + 3);
    const out = warpAffineRgb(src, side, side, { a: 4, b: 0, c: 1.5, d: 0, e: 4, f: 1.5 }, 4, 4);
    for (const v of out) expect(Math.abs(v - 127.5)).toBeLessThan(40);
  });
});

describe('detector post-processing', () => {
  const box = (x1: number, y1: number, x2: number, y2: number, confidence = 0.9) => ({
    x1,
    y1,
    x2,
    y2,
    confidence,
  });

  it('NMS keeps the best of overlapping boxes and separate faces', () => {
    const kept = nonMaximumSuppression(
      [box(0, 0, 10, 10, 0.99), box(1, 1, 11, 11, 0.95), box(50, 50, 60, 60, 0.9)],
      0.3,
    );
    expect(kept.map((b) => b.confidence)).toEqual([0.99, 0.9]);
    expect(intersectionOverUnion(box(0, 0, 10, 10), box(0, 0, 10, 10))).toBe(1);
    expect(intersectionOverUnion(box(0, 0, 10, 10), box(20, 20, 30, 30))).toBe(0);
  });

  it('picks the large central face over a slightly larger one at the edge', () => {
    const central = box(400, 300, 600, 500);
    const edge = box(0, 0, 210, 210);
    expect(pickSubject([edge, central], 1000, 800)).toBe(1);
    expect(pickSubject([], 1000, 800)).toBe(-1);
  });
});
