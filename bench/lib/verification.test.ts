import { describe, expect, it } from 'vitest';
import { meetsThreshold } from '../../engine/decision/impostor-tail.ts';
import { nextAbove, tarAtFar, thresholdAtFar } from './verification.ts';

describe('operating points under the product rule (score >= threshold)', () => {
  const scores = [
    ...[3, 2, 2, 1, 0, -1].map((score) => ({ genuine: false, score })),
    ...[5, 3, 2, 2, 1].map((score) => ({ genuine: true, score })),
  ];

  it('gives a threshold that accepts at most the allowed impostors when applied as the product applies it', () => {
    for (const far of [0, 1 / 6, 2 / 6, 0.5, 1]) {
      const { threshold, far: measured } = thresholdAtFar(scores, far);
      const accepted = scores.filter((s) => !s.genuine && meetsThreshold(s.score, threshold)).length;
      expect(accepted / 6).toBeLessThanOrEqual(far);
      expect(measured).toBe(accepted / 6);
    }
  });

  it('counts genuine pairs at that threshold as the product would accept them', () => {
    expect(tarAtFar(scores, 0)).toBe(1 / 5); // above the impostor at 3: the genuine 5
    expect(tarAtFar(scores, 1 / 6)).toBe(2 / 5); // above the impostors at 2: the genuine 5 and 3
    expect(tarAtFar(scores, 2 / 6)).toBe(2 / 5); // the two impostors at 2 are not split by any threshold
  });

  it('steps to the next double', () => {
    expect(nextAbove(1)).toBe(1 + Number.EPSILON);
    expect(nextAbove(0)).toBe(Number.MIN_VALUE);
    expect(nextAbove(-Number.MIN_VALUE)).toBe(-0);
    expect(nextAbove(Number.NEGATIVE_INFINITY)).toBe(-Number.MAX_VALUE);
    expect(nextAbove(-2)).toBeGreaterThan(-2);
    expect(nextAbove(-2) - -2).toBe(Number.EPSILON);
  });
});
