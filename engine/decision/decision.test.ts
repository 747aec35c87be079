import { describe, expect, it } from 'vitest';
import { decide } from './decide.ts';
import { loadCalibration, parseCalibration } from './calibration.ts';
import { operatingPoint, thresholdFor } from './thresholds.ts';

const example = {
  modality: 'face',
  model: 'test',
  template_version: 1,
  score: 'cosine',
  method: 'test',
  dataset: 'test',
  genuine_pairs: 10,
  impostor_pairs: 1000,
  default_target_fmr: 1e-3,
  thresholds: [
    { target_fmr: 1e-3, threshold: 0.4, measured_fmr: 1e-3, measured_fnmr: 0.01 },
    { target_fmr: 1e-2, threshold: 0.3, measured_fmr: 1e-2, measured_fnmr: 0.005 },
    { target_fmr: 1e-4, threshold: 0.5, measured_fmr: 1e-4, measured_fnmr: 0.02 },
  ],
};

describe('operating points', () => {
  const calibration = parseCalibration('face', example);

  it('uses the exact calibrated point when there is one', () => {
    expect(operatingPoint(calibration, 1e-3).threshold).toBe(0.4);
    expect(operatingPoint(calibration, 1e-2).threshold).toBe(0.3);
  });

  it('never applies a looser FMR than requested', () => {
    expect(operatingPoint(calibration, 5e-3).target_fmr).toBe(1e-3);
    expect(operatingPoint(calibration, 0.5).target_fmr).toBe(1e-2);
  });

  it('falls back to the tightest point for requests beyond the data', () => {
    expect(operatingPoint(calibration, 1e-9).target_fmr).toBe(1e-4);
  });

  it('refuses a calibration of another modality or without thresholds', () => {
    expect(() => parseCalibration('finger', example)).toThrow(/modality/);
    expect(() => parseCalibration('face', { ...example, thresholds: [] })).toThrow(/thresholds/);
  });
});

describe('shipped face calibration', () => {
  it('loads, and decisions follow its thresholds', () => {
    const calibration = loadCalibration('face');
    const t = thresholdFor('face');
    expect(t).toBe(operatingPoint(calibration, calibration.default_target_fmr).threshold);
    expect(decide('face', t + 0.01).match).toBe(true);
    expect(decide('face', t - 0.01).match).toBe(false);
    // A looser target can only lower (or keep) the threshold.
    expect(thresholdFor('face', 1e-2)).toBeLessThanOrEqual(thresholdFor('face', 1e-4));
  });
});

describe('non-finite scores', () => {
  it('are refused by decide and decideVerification, never a MATCH', async () => {
    const { decide, loadCalibration, NonFiniteScoreError } = await import('./index.ts');
    const { decideVerification, policyFor } = await import('./policy.ts');
    for (const score of [NaN, Infinity, -Infinity]) {
      expect(() => decide('face', score)).toThrow(NonFiniteScoreError);
      const cal = { face: loadCalibration('face'), finger: loadCalibration('finger') };
      expect(() =>
        decideVerification(policyFor(1), { score }, { usableCount: 0, unusable: [] }, cal, 1e-4),
      ).toThrow(NonFiniteScoreError);
      expect(() =>
        decideVerification(policyFor(2), { score: 8 }, { usableCount: 2, score, unusable: [] }, cal, 1e-4),
      ).toThrow(NonFiniteScoreError);
    }
  });
});
