import { describe, expect, it } from 'vitest';

import { InputError } from '../errors.ts';
import { compareFingerSets, compareFingerTemplates, prepareFingerTemplate } from './match.ts';
import { fuseFingerScores, tailFmr, tailScore } from './match-fusion.ts';
import type { ImpostorTail } from './match-fusion.ts';
import { encodeTemplate } from './template.ts';
import type { FingerTemplate, Minutia } from './template.ts';

/** Small deterministic PRNG (mulberry32), so every run sees the same generated fingers. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const width = 320;
const height = 440;

/** A generated finger: minutiae at least 12 px apart, directions following a smooth ridge flow with noise. */
function generateFinger(seed: number, count = 40): Minutia[] {
  const r = rng(seed);
  const flow = [r() * 2 * Math.PI, r() * 0.02, r() * 0.02];
  const out: Minutia[] = [];
  for (let tries = 0; out.length < count && tries < 5000; tries++) {
    const x = 30 + r() * (width - 60);
    const y = 30 + r() * (height - 60);
    if (out.some((m) => (m.x - x) ** 2 + (m.y - y) ** 2 < 144)) continue;
    const ridge = flow[0]! + flow[1]! * x + flow[2]! * y + (r() < 0.5 ? 0 : Math.PI);
    out.push({
      x: Math.round(x),
      y: Math.round(y),
      angleDeg: (((((ridge + (r() - 0.5) * 0.6) * 180) / Math.PI) % 360) + 360) % 360,
      type: r() < 0.5 ? 'ending' : 'bifurcation',
      quality: 80,
    });
  }
  return out;
}

interface Impression {
  rotationDeg: number;
  dx: number;
  dy: number;
  /** Peak elastic displacement, px. */
  distortionPx?: number;
  /** Keep only minutiae with y below this fraction of the height (partial overlap). */
  keepTop?: number;
  jitterPx?: number;
  seed?: number;
}

/** Another impression of the same finger: rotated about the centre, shifted, bent, cropped and jittered. */
function impression(minutiae: Minutia[], p: Impression): Minutia[] {
  const r = rng(p.seed ?? 7);
  const a = (p.rotationDeg * Math.PI) / 180;
  const cx = width / 2;
  const cy = height / 2;
  const out: Minutia[] = [];
  for (const m of minutiae) {
    if (p.keepTop !== undefined && m.y > p.keepTop * height) continue;
    const bend = p.distortionPx ?? 0;
    const bx = m.x + bend * Math.sin(m.y / 90);
    const by = m.y + bend * Math.sin(m.x / 110);
    const ox = bx - cx;
    const oy = by - cy;
    // Image y points down, so a counter-clockwise turn by a adds a to ISO angles.
    const x = cx + ox * Math.cos(a) + oy * Math.sin(a) + p.dx + (r() - 0.5) * 2 * (p.jitterPx ?? 1);
    const y = cy - ox * Math.sin(a) + oy * Math.cos(a) + p.dy + (r() - 0.5) * 2 * (p.jitterPx ?? 1);
    if (x < 0 || y < 0 || x >= width + 200 || y >= height + 200) continue;
    out.push({
      ...m,
      x: Math.round(x),
      y: Math.round(y),
      angleDeg: (m.angleDeg + p.rotationDeg + 360) % 360,
    });
  }
  return out;
}

function template(minutiae: Minutia[], position = 0): FingerTemplate {
  return encodeTemplate({ width: width + 200, height: height + 200, quality: 80, position, minutiae });
}

const unrelatedScores = (() => {
  const scores: number[] = [];
  const fingers = Array.from({ length: 12 }, (_, i) => template(generateFinger(1000 + i)));
  for (let i = 0; i < fingers.length; i++) {
    for (let j = i + 1; j < fingers.length; j++)
      scores.push(compareFingerTemplates(fingers[i]!, fingers[j]!));
  }
  return scores;
})();
const maxUnrelated = Math.max(...unrelatedScores);

describe('compareFingerTemplates', () => {
  const finger = generateFinger(42);
  const original = template(finger);

  it('scores unrelated generated fingers low', () => {
    expect(unrelatedScores.length).toBe(66);
    expect(maxUnrelated).toBeLessThan(15);
  });

  it.each([
    { rotationDeg: 0, dx: 0, dy: 0 },
    { rotationDeg: 30, dx: 40, dy: -25 },
    { rotationDeg: -75, dx: -30, dy: 60 },
    { rotationDeg: 180, dx: 10, dy: 10 },
  ])('scores a rotated, shifted copy high: %o', (p) => {
    const score = compareFingerTemplates(original, template(impression(finger, p)));
    expect(score).toBeGreaterThan(4 * maxUnrelated);
  });

  it('tolerates elastic distortion and partial overlap', () => {
    const bent = template(
      impression(finger, { rotationDeg: 20, dx: 15, dy: 5, distortionPx: 8, jitterPx: 2 }),
    );
    const cropped = template(impression(finger, { rotationDeg: -10, dx: 0, dy: 30, keepTop: 0.6 }));
    expect(compareFingerTemplates(original, bent)).toBeGreaterThan(3 * maxUnrelated);
    expect(compareFingerTemplates(original, cropped)).toBeGreaterThan(3 * maxUnrelated);
  });

  it('is symmetric and deterministic', () => {
    const other = template(
      impression(finger, { rotationDeg: 12, dx: 5, dy: -8, distortionPx: 5, jitterPx: 2 }),
    );
    const ab = compareFingerTemplates(original, other);
    expect(compareFingerTemplates(other, original)).toBe(ab);
    expect(compareFingerTemplates(original, other)).toBe(ab);
    expect(compareFingerTemplates(original.bytes, other.bytes)).toBe(ab);
  });

  it('prepares a 40-minutia finger into a few kilobytes (prepared forms are cached with every record)', () => {
    const prepared = prepareFingerTemplate(original);
    expect(prepared.bytes.byteLength).toBeLessThan(16 * 1024);
    // Derived from the template alone: the same bytes every time.
    expect(prepareFingerTemplate(original.bytes.slice()).bytes).toEqual(prepared.bytes);
  });

  it('scores templates with 0 minutiae 0 and accepts prepared or raw bytes', () => {
    const empty = template([]);
    expect(compareFingerTemplates(empty, original)).toBe(0);
    expect(compareFingerTemplates(empty, empty)).toBe(0);
    const prepared = prepareFingerTemplate(original);
    expect(prepared.minutiaeCount).toBe(finger.length);
    expect(compareFingerTemplates(prepared, original)).toBe(compareFingerTemplates(original, original));
  });

  it('rejects bad templates with InputError, never a crash', () => {
    const bad = (t: Uint8Array) => () => compareFingerTemplates(t, original);
    expect(bad(new Uint8Array(0))).toThrow(InputError);
    expect(bad(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/INVALID_TEMPLATE|magic/i);
    const otherVersion = original.bytes.slice();
    otherVersion[4] = 99;
    expect(bad(otherVersion)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_TEMPLATE_VERSION' }));
    expect(bad(original.bytes.slice(0, 20))).toThrow(InputError);
    // A prepared buffer that is not one (or was damaged in a cache) is refused by the core, not trusted.
    const prepared = prepareFingerTemplate(original);
    const forged = (bytes: Uint8Array) => ({ ...prepared, bytes });
    expect(() => compareFingerTemplates(forged(new Uint8Array(64)), original)).toThrow(InputError);
    expect(() =>
      compareFingerTemplates(forged(prepared.bytes.slice(0, prepared.bytes.length - 2)), original),
    ).toThrow(InputError);
    const otherLayout = prepared.bytes.slice();
    otherLayout[4] = 77;
    expect(() => compareFingerTemplates(forged(otherLayout), original)).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_TEMPLATE_VERSION' }),
    );
  });

  it('refuses more minutiae than the template format carries', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({
      x: 10 + (i % 25) * 20,
      y: 10 + Math.floor(i / 25) * 20,
      angleDeg: 0,
      type: 'ending' as const,
      quality: 50,
    }));
    expect(() =>
      encodeTemplate({ width: 600, height: 600, quality: 50, position: 0, minutiae: many }),
    ).toThrow(InputError);
    // The most the format allows still prepares and matches itself.
    const full = encodeTemplate({
      width: 600,
      height: 600,
      quality: 50,
      position: 0,
      minutiae: many.slice(0, 255),
    });
    expect(compareFingerTemplates(full, full)).toBeGreaterThan(0);
  });

  it('refuses to compare two different known finger positions', () => {
    const a = template(finger, 2);
    const b = template(finger, 7);
    expect(() => compareFingerTemplates(a, b)).toThrow(
      expect.objectContaining({ code: 'FINGER_POSITION_MISMATCH' }),
    );
    expect(compareFingerTemplates(a, template(finger, 0))).toBeGreaterThan(0);
  });
});

describe('compareFingerSets', () => {
  const f1 = generateFinger(101);
  const f2 = generateFinger(202);
  const probe = [
    { position: 2, template: template(impression(f1, { rotationDeg: 15, dx: 10, dy: 0, jitterPx: 2 })) },
    { position: 7, template: template(impression(f2, { rotationDeg: -20, dx: 0, dy: 12, jitterPx: 2 })) },
    { position: 3, template: template(generateFinger(303)) },
  ];
  const reference = [
    { position: 7, template: template(f2) },
    { position: 2, template: template(f1) },
  ];

  it('pairs fingers by position and reports the unpaired ones', () => {
    const result = compareFingerSets(probe, reference);
    expect(result.fingers.map((f) => f.position)).toEqual([2, 7]);
    expect(result.unpaired).toEqual([3]);
    for (const f of result.fingers) expect(f.score).toBeGreaterThan(4 * maxUnrelated);
    // Two agreeing fingers are stronger evidence than either alone.
    expect(result.score).toBeGreaterThan(Math.max(...result.fingers.map((f) => f.score)));
  });

  it('swapped fingers do not match', () => {
    const swapped = compareFingerSets(
      [{ position: 2, template: probe[1]!.template }],
      [{ position: 2, template: reference[1]!.template }],
    );
    expect(swapped.score).toBeLessThan(2 * maxUnrelated);
  });

  it('rejects bad sets', () => {
    expect(() => compareFingerSets([], reference)).toThrow(InputError);
    expect(() => compareFingerSets([{ position: 11, template: template(f1) }], reference)).toThrow(
      InputError,
    );
    expect(() =>
      compareFingerSets(
        [
          { position: 2, template: template(f1) },
          { position: 2, template: template(f1) },
        ],
        reference,
      ),
    ).toThrow(/twice/);
    expect(() => compareFingerSets([{ position: 5, template: template(f1) }], reference)).toThrow(/share no/);
    expect(() => compareFingerSets([{ position: 2, template: template(f1, 4) }], reference)).toThrow(
      expect.objectContaining({ code: 'FINGER_POSITION_MISMATCH' }),
    );
  });
});

describe('fuseFingerScores', () => {
  const tail: ImpostorTail = [
    [0, 1],
    [10, 1e-2],
    [20, 1e-4],
  ];

  it('maps scores to tails and back', () => {
    expect(tailFmr(tail, 10)).toBeCloseTo(1e-2, 10);
    expect(tailFmr(tail, 15)).toBeCloseTo(1e-3, 10);
    expect(tailScore(tail, 1e-3)).toBeCloseTo(15, 8);
    // Beyond the data: the last slope extended (the one rule of engine/decision/impostor-tail.ts).
    expect(tailFmr(tail, 30)).toBeCloseTo(1e-6, 10);
    expect(tailScore(tail, 1e-6)).toBeCloseTo(30, 8);
  });

  it('does not let a poor second capture pull a finger beyond the data under the threshold it meets alone', () => {
    const longer: ImpostorTail = [...tail, [30, 1e-5]];
    const threshold = 20; // the 1e-4 point
    // Clamped at the last point, [60, 0] fused to 19.5: Fisher's (1 - ln p) factor outweighed the capped tail.
    expect(fuseFingerScores([60, 0], longer)).toBeGreaterThanOrEqual(threshold);
    expect(fuseFingerScores([60, 0], longer)).toBeCloseTo(47.1, 1);
  });

  it('keeps one finger unchanged and lets agreeing fingers add up', () => {
    expect(fuseFingerScores([12.5], tail)).toBe(12.5);
    const two = fuseFingerScores([15, 15], tail);
    expect(two).toBeGreaterThan(15);
    // Fisher: two 1e-3 tails give 1e-6 * (1 + ln 1e6) ~ 1.48e-5.
    expect(tailFmr(tail, two)).toBeCloseTo(1e-6 * (1 + Math.log(1e6)), 8);
    expect(fuseFingerScores([0, 0], tail)).toBe(0);
  });
});
