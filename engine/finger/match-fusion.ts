/**
 * Finger-set fusion rule. Each finger's score becomes its impostor tail probability p = FMR(score), read from the
 * impostor score distribution measured for models/finger-calibration.json (`impostor_tail`, interpolated in
 * log10 FMR). Different fingers of one person are treated as independent, so the product P of the k tails is
 * combined by Fisher's method: P(product <= P) = P * sum_{i<k} (-ln P)^i / i! under impostors. That fused FMR is
 * mapped back through the same tail to a score, so the fused score sits on the single-finger scale and the
 * calibrated single-finger thresholds keep their meaning (one finger: its own score, unchanged). Several weak
 * agreeing fingers add up; one strong finger is not diluted by a poor capture of another (its tail stays small).
 */
import { loadCalibration } from '../decision/calibration.ts';
import { productTailProbability } from '../decision/fusion.ts';

/** [score, fraction of impostor comparisons scoring >= score], score ascending. */
export type ImpostorTail = readonly (readonly [number, number])[];

/** Never claim a tail below this: beyond the measured impostors it is extrapolation anyway. */
const minTailFmr = 1e-12;

export function loadImpostorTail(): ImpostorTail {
  const calibration = loadCalibration('finger') as { impostor_tail?: unknown };
  const tail = calibration.impostor_tail;
  if (!Array.isArray(tail) || tail.length < 2) {
    throw new Error(
      'models/finger-calibration.json: impostor_tail missing (rerun models/calibrate-finger.ts)',
    );
  }
  return tail as ImpostorTail;
}

/** log10 FMR at score, linear between table points; the last segment's slope extends it beyond the data. */
export function tailFmr(tail: ImpostorTail, score: number): number {
  const first = tail[0]!;
  if (score <= first[0]) return first[1];
  for (let i = 1; i < tail.length; i++) {
    const [s1, f1] = tail[i]!;
    const [s0, f0] = tail[i - 1]!;
    if (score <= s1 || i === tail.length - 1) {
      const t = s1 > s0 ? (score - s0) / (s1 - s0) : 1;
      const log10 = Math.log10(f0) + t * (Math.log10(f1) - Math.log10(f0));
      return Math.max(minTailFmr, Math.min(1, 10 ** log10));
    }
  }
  return minTailFmr;
}

/** The score whose tail is fmr (inverse of tailFmr on the same piecewise log-linear curve). */
export function tailScore(tail: ImpostorTail, fmr: number): number {
  const target = Math.log10(Math.max(minTailFmr, Math.min(1, fmr)));
  const first = tail[0]!;
  if (target >= Math.log10(first[1])) return first[0];
  for (let i = 1; i < tail.length; i++) {
    const [s1, f1] = tail[i]!;
    const [s0, f0] = tail[i - 1]!;
    const l0 = Math.log10(f0);
    const l1 = Math.log10(f1);
    if (target >= l1 || i === tail.length - 1) {
      const t = l1 < l0 ? (target - l0) / (l1 - l0) : 1;
      return s0 + t * (s1 - s0);
    }
  }
  return tail[tail.length - 1]![0];
}

/** Fused fingerprint score of per-finger scores (see the rule above). */
export function fuseFingerScores(scores: readonly number[], tail?: ImpostorTail): number {
  if (scores.length === 0) throw new RangeError('no finger scores to fuse');
  if (scores.length === 1) return scores[0]!;
  const t = tail ?? loadImpostorTail();
  const product = scores.reduce((p, s) => p * tailFmr(t, s), 1);
  return tailScore(t, productTailProbability(Math.max(product, Number.MIN_VALUE), scores.length));
}
