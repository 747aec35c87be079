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
import type { ImpostorTail } from '../decision/impostor-tail.ts';

export type { ImpostorTail } from '../decision/impostor-tail.ts';

export function loadImpostorTail(): ImpostorTail {
  const tail = loadCalibration('finger').impostor_tail;
  if (tail === undefined || tail.length < 2) {
    throw new Error(
      'models/finger-calibration.json: impostor_tail missing (rerun models/calibrate-finger.ts)',
    );
  }
  return tail;
}

/**
 * log10 FMR at score, linear between table points; the last segment's slope extends it beyond the data (there it
 * only orders scores that are past every calibrated threshold anyway; the Verify fusion clamps there instead, see
 * engine/decision/impostor-tail.ts). Log domain: strong matches underflow FMR.
 */
export function tailLog10Fmr(tail: ImpostorTail, score: number): number {
  const first = tail[0]!;
  if (score <= first[0]) return Math.log10(first[1]);
  for (let i = 1; i < tail.length; i++) {
    const [s1, f1] = tail[i]!;
    const [s0, f0] = tail[i - 1]!;
    if (score <= s1 || i === tail.length - 1) {
      const t = s1 > s0 ? (score - s0) / (s1 - s0) : 1;
      return Math.min(0, Math.log10(f0) + t * (Math.log10(f1) - Math.log10(f0)));
    }
  }
  return Math.log10(tail[tail.length - 1]![1]);
}

export function tailFmr(tail: ImpostorTail, score: number): number {
  return 10 ** tailLog10Fmr(tail, score);
}

/** The score whose tail has this log10 FMR (inverse of tailLog10Fmr on the same piecewise-linear curve). */
export function tailScoreOfLog10(tail: ImpostorTail, log10Fmr: number): number {
  const target = Math.min(0, log10Fmr);
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

export function tailScore(tail: ImpostorTail, fmr: number): number {
  return tailScoreOfLog10(tail, Math.log10(fmr));
}

/** log10 of Fisher's P(product of k independent uniform tails <= 10^log10Product), without underflow. */
export function fisherLog10(log10Product: number, k: number): number {
  const minusLn = -log10Product * Math.LN10;
  let term = 1;
  let sum = 1;
  for (let i = 1; i < k; i++) {
    term *= minusLn / i;
    sum += term;
  }
  return Math.min(0, log10Product + Math.log10(sum));
}

/** Fused fingerprint score of per-finger scores (see the rule above). */
export function fuseFingerScores(scores: readonly number[], tail?: ImpostorTail): number {
  if (scores.length === 0) throw new RangeError('no finger scores to fuse');
  if (scores.length === 1) return scores[0]!;
  const t = tail ?? loadImpostorTail();
  const log10Product = scores.reduce((sum, s) => sum + tailLog10Fmr(t, s), 0);
  return tailScoreOfLog10(t, fisherLog10(log10Product, scores.length));
}
