/**
 * The measured impostor tail of a calibration, how a score is read on it, and the rule a score meets a threshold
 * by: the one home of what the Verify fusion (fusion.ts), the finger-set fusion (engine/finger/match-fusion.ts) and
 * the benchmarks share.
 *
 * Reading a score: the tail is a list of points [score, fraction of impostor comparisons scoring >= score]. Between
 * points log10 FMR is interpolated linearly. Below the first point FMR = 1 (no evidence). Beyond the last point the
 * last segment's slope is extended (impostor score tails fall about exponentially; the calibration measures down to
 * a few impostors per million). Why extend: clamping at the last point makes a strong finger worth no more than one
 * scoring at the last point, so Fisher's combination with a poor capture of a second finger diluted it below a
 * threshold it meets alone ([150, 0] fused to 79.1 under the 1e-5 threshold 103.9 when clamped, 131.2 extended), and
 * a fused finger-set score could fall below its best finger's. What keeps the extension from carrying a decision: in
 * Verify each modality must bring evidence on its own (policy.ts, `maxModalityImpostorTail`), and the calibrated
 * thresholds all lie inside the data. (Issue 19 item 2: before, the Verify fusion clamped and the finger fusion
 * extended; one rule now.)
 */

/** [score, fraction of impostor comparisons scoring >= score], by increasing score, as calibrations write it. */
export type ImpostorTail = readonly (readonly [number, number])[];

/** One point of a tail in the form the readers use: log10 of the impostor fraction at a score. */
export interface TailPoint {
  score: number;
  log10Fmr: number;
}

/** The acceptance rule everywhere a score meets a threshold: a match when score >= threshold. */
export function meetsThreshold(score: number, threshold: number): boolean {
  return score >= threshold;
}

/** Shape check of a calibration file's `impostor_tail`: pairs of numbers (the readers judge the values). */
export function isImpostorTail(value: unknown): value is ImpostorTail {
  return (
    Array.isArray(value) &&
    value.every((p) => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'number'))
  );
}

/** The usable points of a tail (finite scores, fractions in (0, 1]), by increasing score. */
export function tailPointsOf(tail: ImpostorTail): TailPoint[] {
  return tail
    .filter(([s, p]) => Number.isFinite(s) && p > 0 && p <= 1)
    .map(([s, p]) => ({ score: s, log10Fmr: Math.log10(p) }))
    .sort((a, b) => a.score - b.score);
}

/** log10 FMR at `score` (see the rule above); 0 (FMR 1) without points or for a score that is not a number. */
export function log10FmrAt(points: readonly TailPoint[], score: number): number {
  const first = points[0];
  if (first === undefined || Number.isNaN(score) || score < first.score) return 0;
  if (score === first.score) return Math.min(0, first.log10Fmr);
  for (let i = 1; i < points.length; i++) {
    const hi = points[i]!;
    if (score <= hi.score) return Math.min(0, along(points[i - 1]!, hi, score));
  }
  const last = points[points.length - 1]!;
  const before = points[points.length - 2];
  if (before === undefined) return Math.min(0, last.log10Fmr);
  return Math.min(0, last.log10Fmr, along(before, last, score));
}

/** The score at which the tail reads `log10Fmr`: the inverse of log10FmrAt on the same curve. */
export function scoreAtLog10Fmr(points: readonly TailPoint[], log10Fmr: number): number {
  const first = points[0];
  if (first === undefined) return Number.NaN;
  const target = Math.min(0, log10Fmr);
  if (target >= first.log10Fmr) return first.score;
  for (let i = 1; i < points.length; i++) {
    const lo = points[i - 1]!;
    const hi = points[i]!;
    if (target >= hi.log10Fmr) return scoreAlong(lo, hi, target);
  }
  const last = points[points.length - 1]!;
  const before = points[points.length - 2];
  if (before === undefined || !(before.log10Fmr > last.log10Fmr)) return last.score;
  return scoreAlong(before, last, target);
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

/** log10 FMR on the line through two points, at `score`. */
function along(a: TailPoint, b: TailPoint, score: number): number {
  if (!(b.score > a.score)) return b.log10Fmr;
  return a.log10Fmr + ((score - a.score) / (b.score - a.score)) * (b.log10Fmr - a.log10Fmr);
}

/** Score on the line through two points where it reads `log10Fmr`. */
function scoreAlong(a: TailPoint, b: TailPoint, log10Fmr: number): number {
  if (!(b.log10Fmr < a.log10Fmr)) return b.score;
  return a.score + ((log10Fmr - a.log10Fmr) / (b.log10Fmr - a.log10Fmr)) * (b.score - a.score);
}
