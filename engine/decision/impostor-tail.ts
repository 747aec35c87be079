/**
 * The measured impostor tail of a calibration and the rule a score meets a threshold by: what the Verify fusion
 * (fusion.ts), the finger-set fusion (engine/finger/match-fusion.ts) and the benchmarks share.
 *
 * The two fusions still read the tail differently beyond its last point: fusion.ts clamps (no claim beyond the
 * data, the README's "Fusion rule"), match-fusion.ts extends the last segment's slope so that a strong finger is
 * not diluted by a weak one. One rule for both changes product scores and decisions (issue 19, item 2: e.g. a
 * finger set scoring [150, 0] fuses to 131.2 today and to 79.1 when clamped, under the 1e-5 threshold 103.9), so
 * it waits for a decision rather than changing silently.
 */

/** [score, fraction of impostor comparisons scoring >= score], by increasing score, as calibrations write it. */
export type ImpostorTail = readonly (readonly [number, number])[];

/** The acceptance rule everywhere a score meets a threshold: a match when score >= threshold. */
export function meetsThreshold(score: number, threshold: number): boolean {
  return score >= threshold;
}

/** Shape check of a calibration file's `impostor_tail`: pairs of numbers (the fusions judge the values). */
export function isImpostorTail(value: unknown): value is ImpostorTail {
  return (
    Array.isArray(value) &&
    value.every((p) => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'number'))
  );
}
