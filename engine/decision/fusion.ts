/**
 * Face + fingerprint score fusion by combining impostor tail probabilities (Fisher's method).
 *
 * Each modality's score becomes its impostor tail probability: the measured `impostor_tail` of its calibration
 * when the file has one, else its calibrated thresholds (at `threshold`, a fraction `measured_fmr` of impostor pairs
 * scored at least as high), read by the one rule of impostor-tail.ts (log10-linear between points, FMR 1 below
 * them, the last slope extended beyond them). The fused score is -log10 of the product of the
 * per-modality tails. For k independent modalities whose tails are (at least) uniform under impostors,
 * P(product <= t) = t * sum_{i<k} (-ln t)^i / i!, so the threshold for a target FMR solves that equation: the fused
 * rule keeps the target FMR without any new calibration.
 */
import type { Calibration } from './calibration.ts';
import { fisherLog10, log10FmrAt, tailPointsOf, type TailPoint } from './impostor-tail.ts';

/** Impostor tail probability of `score`: the estimated fraction of impostor comparisons scoring >= it. */
export function impostorTail(calibration: Calibration, score: number): number {
  return 10 ** log10FmrAt(tailPoints(calibration), score);
}

const pointsCache = new WeakMap<Calibration, TailPoint[]>();

/** The measured tail when the calibration has one (finer), else its calibrated thresholds; by increasing score. */
function tailPoints(calibration: Calibration): TailPoint[] {
  let points = pointsCache.get(calibration);
  if (points === undefined) {
    const measured = tailPointsOf(calibration.impostor_tail ?? []);
    points =
      measured.length >= 2
        ? measured
        : tailPointsOf(calibration.thresholds.map((t) => [t.threshold, fmrOf(t)] as const));
    pointsCache.set(calibration, points);
  }
  return points;
}

/** Measured FMR when the calibration recorded one above zero, else its target (a zero count is not zero risk). */
function fmrOf(t: { target_fmr: number; measured_fmr: number }): number {
  return t.measured_fmr > 0 ? Math.max(t.measured_fmr, t.target_fmr) : t.target_fmr;
}

/** Fused evidence from per-modality tail probabilities: -log10 of their product. */
export function fusedScore(tails: readonly number[]): number {
  return -tails.reduce((sum, p) => sum + Math.log10(Math.min(1, Math.max(p, Number.MIN_VALUE))), 0);
}

/** P(product of k independent uniform tails <= t). */
export function productTailProbability(t: number, k: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return 1;
  return Math.min(1, 10 ** fisherLog10(Math.log10(t), k));
}

const thresholdCache = new Map<string, number>();

/** Fused score a MATCH needs so that the fused false match rate stays <= targetFmr with k modalities. */
export function fusedThreshold(targetFmr: number, k: number): number {
  const key = `${targetFmr}/${k}`;
  let threshold = thresholdCache.get(key);
  if (threshold === undefined) {
    threshold = solveFusedThreshold(targetFmr, k);
    // Requests name a handful of targets; the bound only guards against callers sending many distinct ones.
    if (thresholdCache.size < 1000) thresholdCache.set(key, threshold);
  }
  return threshold;
}

function solveFusedThreshold(targetFmr: number, k: number): number {
  if (!(targetFmr > 0 && targetFmr < 1))
    throw new RangeError(`targetFmr must be in (0, 1), got ${targetFmr}`);
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`k must be a positive integer, got ${k}`);
  // Bisection on log10 t: productTailProbability is increasing in t.
  let lo = -300;
  let hi = Math.log10(targetFmr);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (productTailProbability(10 ** mid, k) > targetFmr) hi = mid;
    else lo = mid;
  }
  return -lo;
}
