/**
 * Face + fingerprint score fusion by combining impostor tail probabilities (Fisher's method).
 *
 * Each modality's calibration lists thresholds measured on its impostor score distribution: at score
 * `threshold`, a fraction `measured_fmr` of impostor pairs scored at least as high (or, finer, the measured
 * `impostor_tail` of [score, fraction] points when the file has one). Between points the
 * impostor tail FMR(s) is interpolated linearly in log10; outside them it is clamped conservatively (below the
 * loosest point FMR = 1, no evidence; above the tightest point FMR = the tightest measured value, no claim beyond
 * the data). The fused score is -log10 of the product of the per-modality tails. For k independent modalities whose
 * tails are (at least) uniform under impostors, P(product <= t) = t * sum_{i<k} (-ln t)^i / i!, so the threshold
 * for a target FMR solves that equation: the fused rule keeps the target FMR without any new calibration, and
 * every approximation above errs toward NO_MATCH. (The finger-set fusion reads the same tail but extends it beyond
 * the data: see impostor-tail.ts.)
 */
import type { Calibration } from './calibration.ts';

/** Impostor tail probability of `score`: the estimated fraction of impostor comparisons scoring >= it. */
export function impostorTail(calibration: Calibration, score: number): number {
  const points = tailPoints(calibration);
  const loosest = points[0];
  const tightest = points[points.length - 1];
  if (loosest === undefined || tightest === undefined || !Number.isFinite(score)) return 1;
  if (score < loosest.score) return 1;
  if (score >= tightest.score) return 10 ** tightest.log10Fmr;
  for (let i = 1; i < points.length; i++) {
    const lo = points[i - 1]!;
    const hi = points[i]!;
    if (score < hi.score) {
      const f = hi.score > lo.score ? (score - lo.score) / (hi.score - lo.score) : 1;
      return 10 ** (lo.log10Fmr + f * (hi.log10Fmr - lo.log10Fmr));
    }
  }
  return 10 ** tightest.log10Fmr;
}

const pointsCache = new WeakMap<Calibration, { score: number; log10Fmr: number }[]>();

/** The measured tail when the calibration has one (finer), else its calibrated thresholds; by increasing score. */
function tailPoints(calibration: Calibration): { score: number; log10Fmr: number }[] {
  let points = pointsCache.get(calibration);
  if (points === undefined) {
    const tail = calibration.impostor_tail?.filter(([s, p]) => Number.isFinite(s) && p > 0 && p <= 1);
    points = (
      tail !== undefined && tail.length >= 2
        ? tail.map(([s, p]) => ({ score: s, log10Fmr: Math.log10(p) }))
        : calibration.thresholds.map((t) => ({ score: t.threshold, log10Fmr: Math.log10(fmrOf(t)) }))
    ).sort((a, b) => a.score - b.score);
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
  const minusLnT = -Math.log(t);
  let term = 1;
  let sum = 1;
  for (let i = 1; i < k; i++) {
    term *= minusLnT / i;
    sum += term;
  }
  return Math.min(1, t * sum);
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
