import type { CalibratedThreshold, Calibration, Modality } from './calibration.ts';
import { loadCalibration } from './calibration.ts';

/**
 * The calibrated operating point for a requested false match rate: the loosest calibrated point whose target is
 * at or below the request (never a looser one than asked for). A request tighter than anything the data supports
 * gets the tightest calibrated point, and the returned target_fmr says so.
 */
export function operatingPoint(calibration: Calibration, targetFmr: number): CalibratedThreshold {
  const sorted = calibration.thresholds; // loosest first
  const fitting = sorted.find((t) => t.target_fmr <= targetFmr * (1 + 1e-9));
  return fitting ?? sorted[sorted.length - 1]!;
}

/** Score threshold for a modality at a target FMR (default: the calibration's default target). */
export function thresholdFor(modality: Modality, targetFmr?: number): number {
  const calibration = loadCalibration(modality);
  return operatingPoint(calibration, targetFmr ?? calibration.default_target_fmr).threshold;
}

export function defaultTargetFmr(modality: Modality): number {
  return loadCalibration(modality).default_target_fmr;
}
