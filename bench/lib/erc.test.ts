import { describe, expect, it } from 'vitest';
import { errorVersusReject, randomRejectFnmr } from './erc.ts';

describe('error-versus-reject', () => {
  const pairs = Array.from({ length: 100 }, (_, i) => ({ quality: i, falseNonMatch: i < 10 }));
  it('rejecting the lowest-quality pairs removes the failures a predictive quality puts there', () => {
    expect(errorVersusReject(pairs, [0, 0.05, 0.1, 0.2])).toEqual([
      { reject_fraction: 0, fnmr: 0.1 },
      { reject_fraction: 0.05, fnmr: 5 / 95 },
      { reject_fraction: 0.1, fnmr: 0 },
      { reject_fraction: 0.2, fnmr: 0 },
    ]);
  });
  it('random rejection leaves FNMR about where it was', () => {
    expect(randomRejectFnmr(pairs, 0.1)).toBeCloseTo(0.1, 1);
  });
});
