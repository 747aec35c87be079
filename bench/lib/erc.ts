/**
 * Error-versus-reject curves (ISO/IEC 29794-1): reject the lowest-quality fraction of the genuine comparisons and
 * recompute the false non-match rate at a fixed threshold. A quality score that predicts matching makes FNMR fall
 * fast; rejecting at random leaves it where it was.
 */
export interface QualityPair {
  /** Pair quality: the lower of the two samples' qualities. */
  quality: number;
  /** The comparison failed to reach the threshold (a false non-match). */
  falseNonMatch: boolean;
}

export interface ErcPoint {
  reject_fraction: number;
  fnmr: number;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Fisher-Yates over a copy: ties in quality are broken at random (seeded), never by file order. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function fnmrOf(kept: readonly QualityPair[]): number {
  return kept.length ? kept.filter((p) => p.falseNonMatch).length / kept.length : 0;
}

/** FNMR after rejecting the lowest-quality `fraction` of the pairs, for each fraction. */
export function errorVersusReject(
  pairs: readonly QualityPair[],
  fractions: readonly number[],
  seed = 1,
): ErcPoint[] {
  const ordered = shuffled(pairs, seeded(seed)).sort((a, b) => a.quality - b.quality);
  return fractions.map((f) => ({
    reject_fraction: f,
    fnmr: fnmrOf(ordered.slice(Math.floor(f * ordered.length))),
  }));
}

/** Mean FNMR after rejecting `fraction` of the pairs at random, over `rounds` seeded draws. */
export function randomRejectFnmr(
  pairs: readonly QualityPair[],
  fraction: number,
  rounds = 200,
  seed = 1,
): number {
  const random = seeded(seed);
  let sum = 0;
  for (let r = 0; r < rounds; r++)
    sum += fnmrOf(shuffled(pairs, random).slice(Math.floor(fraction * pairs.length)));
  return sum / rounds;
}
