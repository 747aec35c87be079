/** Verification metrics over labelled comparison scores (higher score = more alike), under the product's rule. */
import { meetsThreshold } from '../../engine/decision/impostor-tail.ts';

export interface LabelledScore {
  genuine: boolean;
  score: number;
}

/** Fraction of pairs classified right when "match" means score >= threshold. */
export function accuracyAt(scores: readonly LabelledScore[], threshold: number): number {
  let right = 0;
  for (const s of scores) if (meetsThreshold(s.score, threshold) === s.genuine) right++;
  return scores.length > 0 ? right / scores.length : Number.NaN;
}

/** The threshold that maximises accuracy on `scores` (midpoint between adjacent finite scores). */
export function bestThreshold(scores: readonly LabelledScore[]): number {
  const finite = [...new Set(scores.map((s) => s.score).filter(Number.isFinite))].sort((a, b) => a - b);
  const candidates = [
    (finite[0] ?? 0) - 1e-6,
    ...finite.slice(1).map((v, i) => (v + finite[i]!) / 2),
    (finite.at(-1) ?? 0) + 1e-6,
  ];
  // Sweep in one pass: count genuines at/above and impostors below each candidate.
  const sorted = [...scores].sort((a, b) => a.score - b.score);
  let genuineAbove = sorted.filter((s) => s.genuine).length;
  let impostorBelow = 0;
  let k = 0;
  let best = candidates[0]!;
  let bestRight = -1;
  for (const t of candidates) {
    while (k < sorted.length && sorted[k]!.score < t) {
      if (sorted[k]!.genuine) genuineAbove--;
      else impostorBelow++;
      k++;
    }
    if (genuineAbove + impostorBelow > bestRight) {
      bestRight = genuineAbove + impostorBelow;
      best = t;
    }
  }
  return best;
}

/** k-fold: each fold is scored at the threshold chosen on the other folds (the LFW View 2 protocol). */
export function crossValidatedAccuracy(
  scores: ReadonlyArray<LabelledScore & { fold: number }>,
  folds: number,
): { accuracy: number; accuracyStd: number; thresholds: number[]; foldAccuracies: number[] } {
  const foldAccuracies: number[] = [];
  const thresholds: number[] = [];
  for (let f = 0; f < folds; f++) {
    const train = scores.filter((s) => s.fold !== f);
    const test = scores.filter((s) => s.fold === f);
    const threshold = bestThreshold(train.length > 0 ? train : test);
    thresholds.push(threshold);
    foldAccuracies.push(accuracyAt(test, threshold));
  }
  const mean = foldAccuracies.reduce((p, q) => p + q, 0) / folds;
  const variance = foldAccuracies.reduce((p, q) => p + (q - mean) ** 2, 0) / folds;
  return { accuracy: mean, accuracyStd: Math.sqrt(variance), thresholds, foldAccuracies };
}

/**
 * Lowest threshold whose false accept rate is <= `far`, and the genuine accept rate there. With N impostors the
 * rate can only be resolved to 1/N; the result says how many impostors were available.
 */
export function thresholdAtFar(
  scores: readonly LabelledScore[],
  far: number,
): { threshold: number; far: number } {
  const impostors = scores
    .filter((s) => !s.genuine)
    .map((s) => s.score)
    .sort((a, b) => b - a);
  const allowed = Math.floor(far * impostors.length);
  // The smallest threshold above impostors[allowed]: at most `allowed` impostors meet it.
  const threshold = nextAbove(impostors[allowed] ?? -Infinity);
  const accepted = impostors.filter((s) => meetsThreshold(s, threshold)).length;
  return { threshold, far: impostors.length > 0 ? accepted / impostors.length : Number.NaN };
}

export function tarAtFar(scores: readonly LabelledScore[], far: number): number {
  const { threshold } = thresholdAtFar(scores, far);
  const genuines = scores.filter((s) => s.genuine);
  return genuines.filter((s) => meetsThreshold(s.score, threshold)).length / genuines.length;
}

/** The smallest double above x: `score >= nextAbove(x)` holds exactly when `score > x`. */
export function nextAbove(x: number): number {
  if (Number.isNaN(x) || x === Number.POSITIVE_INFINITY) return x;
  if (x === 0) return Number.MIN_VALUE;
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  bits[0] = bits[0]! + (x > 0 ? 1n : -1n);
  return new Float64Array(bits.buffer)[0]!;
}
