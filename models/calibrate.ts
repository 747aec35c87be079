/**
 * Threshold calibration shared by every modality: genuine and impostor score sets in, calibration document (the
 * schema engine/decision reads) out. "Match" means score >= threshold.
 */
import type { CalibratedThreshold, Calibration, Modality } from '../engine/decision/calibration.ts';
import { meetsThreshold } from '../engine/decision/impostor-tail.ts';

/** A target is only calibrated when the data holds at least this many impostor scores above its threshold. */
export const minFalseMatchesObserved = 10;

/**
 * The lowest threshold admitting at most floor(targetFmr * impostors) impostor scores, and the FMR/FNMR measured
 * there. `impostorsDescending` must be sorted, highest first.
 */
export function thresholdAtFmr(
  genuine: Float64Array,
  impostorsDescending: Float64Array,
  targetFmr: number,
): CalibratedThreshold {
  const allowed = Math.floor(targetFmr * impostorsDescending.length);
  const boundary = impostorsDescending[allowed] ?? -Infinity;
  // Just above the first impostor score that must be rejected, on a 1e-6 grid so the file reads cleanly.
  const threshold = Number.isFinite(boundary) ? Math.ceil((boundary + 1e-9) * 1e6) / 1e6 : -1;
  let falseMatches = 0;
  while (
    falseMatches < impostorsDescending.length &&
    meetsThreshold(impostorsDescending[falseMatches]!, threshold)
  ) {
    falseMatches++;
  }
  let falseNonMatches = 0;
  for (const s of genuine) if (!meetsThreshold(s, threshold)) falseNonMatches++;
  return {
    target_fmr: targetFmr,
    threshold,
    measured_fmr: falseMatches / impostorsDescending.length,
    measured_fnmr: genuine.length > 0 ? falseNonMatches / genuine.length : Number.NaN,
  };
}

export interface CalibrationInput {
  modality: Modality;
  model: string;
  templateVersion: string | number;
  score: string;
  method: string;
  dataset: string;
  genuine: Float64Array;
  impostor: Float64Array;
  targets: readonly number[];
  defaultTargetFmr: number;
  extra?: Record<string, unknown>;
}

/** Quarter-decade FMR steps of the impostor tail, down to where fewer than this many impostors remain. */
const tailMinImpostors = 3;

/**
 * The measured impostor tail, [score, fraction of impostors scoring >= score], at FMR steps of a quarter decade:
 * engine/decision/fusion.ts interpolates it (finer than the calibrated thresholds alone).
 */
export function impostorTail(impostorsDescending: Float64Array): Array<[number, number]> {
  const tail: Array<[number, number]> = [];
  const n = impostorsDescending.length;
  for (let step = 0; ; step++) {
    const fmr = 10 ** (-step / 4);
    const index = Math.ceil(fmr * n) - 1; // the score reached by ceil(fmr * n) impostors
    if (index + 1 < tailMinImpostors || index < 0) break;
    const score = impostorsDescending[index]!;
    let reaching = index + 1;
    while (reaching < n && impostorsDescending[reaching]! >= score) reaching++;
    if (tail.length === 0 || score > tail[tail.length - 1]![0]) {
      tail.push([Number(score.toFixed(6)), Number((reaching / n).toPrecision(4))]);
    }
  }
  return tail;
}

/** Calibrates every target the impostor count supports; the default target falls back to the tightest of them. */
export function buildCalibration(input: CalibrationInput): Calibration & Record<string, unknown> {
  const impostors = Float64Array.from(input.impostor).sort().reverse();
  const supported = input.targets.filter((t) => t * impostors.length >= minFalseMatchesObserved);
  if (supported.length === 0) throw new Error('not enough impostor scores for any target FMR');
  const thresholds = supported.map((t) => thresholdAtFmr(input.genuine, impostors, t));
  const tightest = Math.min(...supported);
  return {
    modality: input.modality,
    model: input.model,
    template_version: input.templateVersion,
    score: input.score,
    method: input.method,
    dataset: input.dataset,
    genuine_pairs: input.genuine.length,
    impostor_pairs: impostors.length,
    default_target_fmr: supported.includes(input.defaultTargetFmr) ? input.defaultTargetFmr : tightest,
    thresholds,
    impostor_tail: impostorTail(impostors),
    impostor_tail_note:
      '[score, measured fraction of impostor pairs scoring >= score], quarter-decade FMR steps',
    ...input.extra,
  };
}
