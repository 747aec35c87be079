import { describe, expect, it } from 'vitest';
import { parseCalibration } from './calibration.ts';
import { fusedScore, fusedThreshold, impostorTail, productTailProbability } from './fusion.ts';
import { decideVerification, faceUnusable, fingerUnusable, policyFor } from './policy.ts';

function calibration(modality: 'face' | 'finger', points: [number, number][]) {
  return parseCalibration(modality, {
    modality,
    model: 'test',
    template_version: 1,
    score: 'test',
    method: 'test',
    dataset: 'test',
    genuine_pairs: 100,
    impostor_pairs: 1_000_000,
    default_target_fmr: 1e-4,
    thresholds: points.map(([target_fmr, threshold]) => ({
      target_fmr,
      threshold,
      measured_fmr: target_fmr,
      measured_fnmr: 0.01,
    })),
  });
}

const face = calibration('face', [
  [1e-2, 0.3],
  [1e-3, 0.4],
  [1e-4, 0.5],
  [1e-5, 0.6],
]);
const finger = calibration('finger', [
  [1e-2, 20],
  [1e-3, 30],
  [1e-4, 40],
  [1e-5, 50],
]);

describe('impostor tail', () => {
  it('hits the calibrated points and interpolates in log space between them', () => {
    expect(impostorTail(face, 0.4)).toBeCloseTo(1e-3, 12);
    expect(Math.log10(impostorTail(face, 0.45))).toBeCloseTo(-3.5, 9);
  });

  it('gives no evidence below the calibrated range and extends the last slope beyond it', () => {
    expect(impostorTail(face, 0.29)).toBe(1);
    expect(impostorTail(face, Number.NaN)).toBe(1);
    // The last segment (0.5: 1e-4, 0.6: 1e-5) extended: one decade per 0.1.
    expect(Math.log10(impostorTail(face, 0.65))).toBeCloseTo(-5.5, 9);
    expect(Math.log10(impostorTail(face, 0.99))).toBeCloseTo(-8.9, 9);
    expect(impostorTail(face, Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('never increases with the score', () => {
    let last = 1;
    for (let s = 0; s <= 1; s += 0.01) {
      const p = impostorTail(face, s);
      expect(p).toBeLessThanOrEqual(last * (1 + 1e-12));
      last = p;
    }
  });
});

describe('impostor tail from a measured tail', () => {
  it('prefers the impostor_tail points when the calibration has them', () => {
    const withTail = parseCalibration('finger', {
      ...finger,
      impostor_tail: [
        [0, 1],
        [10, 1e-2],
        [20, 1e-4],
        [30, 1e-6],
      ],
    });
    expect(impostorTail(withTail, 10)).toBeCloseTo(1e-2, 12);
    expect(Math.log10(impostorTail(withTail, 15))).toBeCloseTo(-3, 9);
    expect(Math.log10(impostorTail(withTail, 40))).toBeCloseTo(-8, 9);
    expect(impostorTail(finger, 15)).toBe(1); // thresholds only: below the loosest point, no evidence
  });

  it('is a declared part of the calibration: a malformed one stops the loading, like a bad threshold', () => {
    for (const impostor_tail of [[[0, 1], [10]], { 0: 1 }, [['10', 1e-2]]])
      expect(() => parseCalibration('finger', { ...finger, impostor_tail })).toThrow(/impostor_tail/);
  });
});

describe('fused threshold', () => {
  it('is -log10(target) for one modality', () => {
    expect(fusedThreshold(1e-4, 1)).toBeCloseTo(4, 6);
  });

  it('keeps the target FMR for two independent modalities', () => {
    const t = fusedThreshold(1e-4, 2);
    expect(productTailProbability(10 ** -t, 2)).toBeCloseTo(1e-4, 9);
    expect(t).toBeGreaterThan(4);
  });

  it('matches a Monte-Carlo estimate of the product of two uniform tails', () => {
    const target = 1e-2;
    const t = fusedThreshold(target, 2);
    let seed = 12345;
    const uniform = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) + 1) / (2 ** 31 + 1);
    const n = 200_000;
    let hits = 0;
    for (let i = 0; i < n; i++) if (fusedScore([uniform(), uniform()]) >= t) hits++;
    expect(hits / n).toBeGreaterThan(target * 0.85);
    expect(hits / n).toBeLessThan(target * 1.15);
  });
});

describe('level-2 policy', () => {
  const level2 = policyFor(2, 2);
  const calibrations = { face, finger };

  it('matches when both modalities bring evidence', () => {
    const out = decideVerification(
      level2,
      { score: 0.55 },
      { usableCount: 2, score: 45, unusable: [] },
      calibrations,
      1e-4,
    );
    expect(out.decision).toBe('MATCH');
    expect(out.reasons).toEqual([]);
    expect(out.score).toBeGreaterThan(out.threshold);
  });

  it('does not match on a strong face alone at level 2', () => {
    const out = decideVerification(
      level2,
      { score: 0.99 },
      { usableCount: 2, score: 5, unusable: [] },
      calibrations,
      1e-4,
    );
    expect(out.decision).toBe('NO_MATCH');
    expect(out.reasons).toEqual(['FINGERS_NO_MATCH']);
  });

  it('does not match on overwhelming fingers with a face that does not match', () => {
    // A finger calibration measured far down the impostor tail (1e-8), so the fingers alone pass the fused rule.
    const deep = {
      face,
      finger: calibration('finger', [
        [1e-2, 20],
        [1e-4, 40],
        [1e-8, 80],
      ]),
    };
    const fingers = { usableCount: 2, score: 99, unusable: [] };
    const out = decideVerification(level2, { score: 0.2 }, fingers, deep, 1e-4);
    expect(out.score).toBeGreaterThan(out.threshold); // the fused score alone would pass
    expect(out).toMatchObject({ decision: 'NO_MATCH', reasons: ['FACE_NO_MATCH'] });
    // A weak face (tail ~3e-3) still brings evidence of its own: MATCH.
    expect(decideVerification(level2, { score: 0.35 }, fingers, deep, 1e-4).decision).toBe('MATCH');
  });

  it('asks for a recapture with reasons when the capture is incomplete', () => {
    const noFace = decideVerification(
      level2,
      { unusable: 'NO_FACE' },
      { usableCount: 2, score: 45, unusable: [] },
      calibrations,
      1e-4,
    );
    expect(noFace).toMatchObject({ decision: 'RECAPTURE', reasons: ['NO_FACE'] });
    const fewFingers = decideVerification(
      level2,
      { score: 0.7 },
      { usableCount: 1, score: 45, unusable: ['LOW_FINGER_QUALITY', 'LOW_FINGER_QUALITY'] },
      calibrations,
      1e-4,
    );
    expect(fewFingers).toMatchObject({
      decision: 'RECAPTURE',
      reasons: ['TOO_FEW_FINGERS', 'LOW_FINGER_QUALITY'],
    });
  });

  it('level 1 decides on the face alone at the face threshold', () => {
    const level1 = policyFor(1);
    expect(
      decideVerification(level1, { score: 0.51 }, { usableCount: 0, unusable: [] }, { face }, 1e-4).decision,
    ).toBe('MATCH');
    expect(
      decideVerification(level1, { score: 0.49 }, { usableCount: 0, unusable: [] }, { face }, 1e-4),
    ).toMatchObject({
      decision: 'NO_MATCH',
      reasons: ['FACE_NO_MATCH'],
    });
  });

  it('gates captures on quality facts', () => {
    expect(
      faceUnusable(level2, { interEyeDistancePx: 60, yawDeg: 5, detectorConfidence: 0.9 }),
    ).toBeUndefined();
    expect(faceUnusable(level2, { interEyeDistancePx: 10, yawDeg: 5, detectorConfidence: 0.9 })).toBe(
      'LOW_FACE_QUALITY',
    );
    expect(faceUnusable(level2, { interEyeDistancePx: 60, yawDeg: 60, detectorConfidence: 0.9 })).toBe(
      'LOW_FACE_QUALITY',
    );
    expect(faceUnusable(level2, undefined)).toBeUndefined();
    expect(fingerUnusable(level2, { enrolled: false, quality: 90, minutiaeCount: 40 })).toBe(
      'FINGER_NOT_ENROLLED',
    );
    expect(fingerUnusable(level2, { enrolled: true, quality: 5, minutiaeCount: 40 })).toBe(
      'LOW_FINGER_QUALITY',
    );
    expect(fingerUnusable(level2, { enrolled: true, quality: 60, minutiaeCount: 40 })).toBeUndefined();
  });

  it('refuses a bad configuration', () => {
    expect(() => policyFor(3)).toThrow(RangeError);
    expect(() => policyFor(2, 0)).toThrow(RangeError);
  });
});
