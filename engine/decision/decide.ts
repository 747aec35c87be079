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

/**
 * A score that is not a finite number is a bug upstream (a template the decoders should have refused), never
 * evidence: deciding on it is refused rather than risk a MATCH (NaN >= t is false, but Infinity >= t is true).
 */
export function checkFiniteScore(score: number, what: string): void {
  if (!Number.isFinite(score)) throw new NonFiniteScoreError(`${what} score is ${score}: not decided on`);
}

/** An internal error: the engine produced a non-finite score. */
export class NonFiniteScoreError extends Error {
  override readonly name = 'NonFiniteScoreError';
}

/** Match iff score >= the threshold calibrated for the target FMR. */
export function decide(modality: Modality, score: number, targetFmr?: number): Decision {
  checkFiniteScore(score, modality);
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
