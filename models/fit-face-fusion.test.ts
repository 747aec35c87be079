import { describe, expect, it } from 'vitest';
import { ScoreMoments, fitFisherFusion } from './fit-face-fusion.ts';

/** Deterministic standard normal samples (Box-Muller on an LCG). */
function normals(seed: number): () => number {
  let s = seed >>> 0;
  const uniform = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 1) / 2 ** 32;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

describe('fitFisherFusion', () => {
  it('weights each score by its separation over its spread and puts impostors at mean 0, sd 1', () => {
    const z = normals(1);
    const genuine = new ScoreMoments(2);
    const impostor = new ScoreMoments(2);
    // Model A separates classes by 4 sd, model B by 1 sd on a 10x larger scale; independent scores.
    for (let i = 0; i < 20000; i++) {
      genuine.add([0.6 + 0.1 * z(), 6 + 1 * z()]);
      impostor.add([0.2 + 0.1 * z(), 5 + 1 * z()]);
    }
    const { weights, offset } = fitFisherFusion(genuine, impostor);
    // LDA with equal class covariances: w ∝ (delta / variance) = (40, 1).
    expect(weights[0]! / weights[1]!).toBeGreaterThan(34);
    expect(weights[0]! / weights[1]!).toBeLessThan(46);
    let sum = 0;
    let sq = 0;
    const z2 = normals(2);
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const s = offset + weights[0]! * (0.2 + 0.1 * z2()) + weights[1]! * (5 + 1 * z2());
      sum += s;
      sq += s * s;
    }
    expect(sum / n).toBeCloseTo(0, 1);
    expect(Math.sqrt(sq / n - (sum / n) ** 2)).toBeCloseTo(1, 1);
  });

  it('refuses scores that do not vary', () => {
    const g = new ScoreMoments(2);
    const i = new ScoreMoments(2);
    for (let k = 0; k < 10; k++) {
      g.add([1, 1]);
      i.add([0, 0]);
    }
    expect(() => fitFisherFusion(g, i)).toThrow(/singular/);
  });
});
