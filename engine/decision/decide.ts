import type { Modality } from './calibration.ts';
import { loadCalibration } from './calibration.ts';
import { operatingPoint } from './thresholds.ts';

export interface Decision {
  match: boolean;
  score: number;
  threshold: number;
  /** The calibrated FMR actually applied (equal to the request unless the request was tighter than supported). */
  targetFmr: number;
  requestedTargetFmr: number;
}

/** Match iff score >= the threshold calibrated for the target FMR. */
export function decide(modality: Modality, score: number, targetFmr?: number): Decision {
  const calibration = loadCalibration(modality);
  const requested = targetFmr ?? calibration.default_target_fmr;
  const point = operatingPoint(calibration, requested);
  return {
    match: score >= point.threshold,
    score,
    threshold: point.threshold,
    targetFmr: point.target_fmr,
    requestedTargetFmr: requested,
  };
}
