/**
 * Finger-set fusion rule. Each finger's score becomes its impostor tail probability p = FMR(score), read from the
 * impostor score distribution measured for models/finger-calibration.json (`impostor_tail`, interpolated in
 * log10 FMR). Different fingers of one person are treated as independent, so the product P of the k tails is
 * combined by Fisher's method: P(product <= P) = P * sum_{i<k} (-ln P)^i / i! under impostors. That fused FMR is
 * mapped back through the same tail to a score, so the fused score sits on the single-finger scale and the
 * calibrated single-finger thresholds keep their meaning (one finger: its own score, unchanged). Several weak
 * agreeing fingers add up; one strong finger is not diluted by a poor capture of another (its tail stays small:
 * beyond the measured tail the shared reader extends the last slope, see engine/decision/impostor-tail.ts).
 */
import { loadCalibration } from '../decision/calibration.ts';
import {
  fisherLog10,
  log10FmrAt,
  scoreAtLog10Fmr,
  tailPointsOf,
  type ImpostorTail,
  type TailPoint,
} from '../decision/impostor-tail.ts';

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

/** Points of the tail for the shared reader, computed once per tail (the calibration's tail is loaded once). */
const pointsCache = new WeakMap<ImpostorTail, TailPoint[]>();

function pointsOf(tail: ImpostorTail): TailPoint[] {
  let points = pointsCache.get(tail);
  if (points === undefined) {
    points = tailPointsOf(tail);
    pointsCache.set(tail, points);
  }
  return points;
}

/** Impostor fraction at `score` on the tail, by the one rule of engine/decision/impostor-tail.ts. */
export function tailFmr(tail: ImpostorTail, score: number): number {
  return 10 ** log10FmrAt(pointsOf(tail), score);
}

/** The score at which the tail reads `fmr` (its inverse). */
export function tailScore(tail: ImpostorTail, fmr: number): number {
  return scoreAtLog10Fmr(pointsOf(tail), Math.log10(fmr));
}

/** Fused fingerprint score of per-finger scores (see the rule above). */
export function fuseFingerScores(scores: readonly number[], tail?: ImpostorTail): number {
  if (scores.length === 0) throw new RangeError('no finger scores to fuse');
  if (scores.length === 1) return scores[0]!;
  const points = pointsOf(tail ?? loadImpostorTail());
  const log10Product = scores.reduce((sum, s) => sum + log10FmrAt(points, s), 0);
  return scoreAtLog10Fmr(points, fisherLog10(log10Product, scores.length));
}
