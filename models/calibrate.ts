/**
 * Threshold calibration shared by every modality: genuine and impostor score sets in, calibration document (the
 * schema engine/decision reads) out. "Match" means score >= threshold.
 */
import type { CalibratedThreshold, Calibration, Modality } from '../engine/decision/calibration.ts';

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
  while (falseMatches < impostorsDescending.length && impostorsDescending[falseMatches]! >= threshold) {
    falseMatches++;
  }
  let falseNonMatches = 0;
  for (const s of genuine) if (s < threshold) falseNonMatches++;
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
    ...input.extra,
  };
}
