/**
 * Feedback codes beside the quality score (as NFIQ 2 reports them), from the core's quality measures: what a kiosk
 * tells the person to fix, and NOT_A_FINGERPRINT for an image with no ridge structure at all.
 */
import type { QualityFeatures } from './quality-features.ts';

export const qualityFeedbackCodes = [
  'NOT_A_FINGERPRINT',
  'TOO_DARK',
  'TOO_LIGHT',
  'LOW_CONTRAST',
  'SMALL_CONTACT_AREA',
  'OFF_CENTRE',
  'TOO_FEW_MINUTIAE',
  'SMUDGED',
  'DRY',
] as const;
export type QualityFeedbackCode = (typeof qualityFeedbackCodes)[number];

/**
 * Calibrated on generated negatives (fixtures/non-fingerprints.ts: blank, noise, documents, face-api demo
 * portraits and photos, a screen photo) against generated prints (fixtures/synth, synthetic ridges), then checked
 * on the shared LFW photos and real prints (bench/quality.ts). Measured there (not tuned to them): real prints
 * have 300+ ridge blocks, ridge/certain >= 0.39 and a median period of 6-12.5 px; negatives with 100+ ridge
 * blocks have ridge/certain <= 0.28 (generated) / 0.34 (LFW) or a median period of 14.5-16 px (the band's edge:
 * edges and shading, not ridges).
 */
export const qualityFeedbackParams = {
  /** Fewer ridge blocks (8 x 8 px) than this is no print at all: 6400 px^2 at 500 dpi, 80 x 80 px. */
  minRidgeBlocks: 100,
  /** Share of the orientation-certain blocks that show a ridge period: edges in photos and text have none. */
  minRidgeShareOfCertain: 0.33,
  /** A print's median ridge period at 500 dpi is 6-12.5 px; photos peak at the band's long end (14.5-16). */
  maxMedianPeriodPx: 13.5,
  /** Contact area below this many ridge blocks (12800 px^2, about 113 x 113 px) is too small to match well. */
  smallAreaRidgeBlocks: 200,
  /** Ridge centroid further than this from the image centre (fraction of the side). */
  maxCentreOffset: 0.3,
  /** Whole-image gray percentiles: even the lightest 5% dark, the darkest 5% light, or hardly any spread. */
  tooDarkP95: 60,
  tooLightP05: 215,
  lowContrastRange: 20,
  /** Ridge (dark) share of the across-ridge profile: wet ridges merge, dry ones thin out and break. */
  smudgedDarkShare: 0.64,
  dryDarkShare: 0.34,
  /** The Verify gate's minimum (engine/decision/policy.ts minFingerMinutiae). */
  minUsableMinutiae: 12,
} as const;

/** True when the image shows ridges at all (the NOT_A_FINGERPRINT judgement). */
export function looksLikeFingerprint(f: QualityFeatures, p = qualityFeedbackParams): boolean {
  return (
    f.ridgeBlocks >= p.minRidgeBlocks &&
    f.ridgeBlocks >= p.minRidgeShareOfCertain * f.certainBlocks &&
    f.medianPeriodPx <= p.maxMedianPeriodPx
  );
}

/** Feedback codes for an image (minutiae: how many the extractor kept, when it ran). */
export function qualityFeedbackOf(
  f: QualityFeatures,
  minutiaeCount?: number,
  p = qualityFeedbackParams,
): QualityFeedbackCode[] {
  const codes: QualityFeedbackCode[] = [];
  if (!looksLikeFingerprint(f, p)) codes.push('NOT_A_FINGERPRINT');
  if (f.grayP95 <= p.tooDarkP95) codes.push('TOO_DARK');
  else if (f.grayP05 >= p.tooLightP05) codes.push('TOO_LIGHT');
  if (f.grayP95 - f.grayP05 < p.lowContrastRange) codes.push('LOW_CONTRAST');
  if (codes[0] === 'NOT_A_FINGERPRINT') return codes; // area, centre, ridges and minutiae mean nothing here
  if (f.ridgeBlocks < p.smallAreaRidgeBlocks) codes.push('SMALL_CONTACT_AREA');
  if (Math.max(Math.abs(f.ridgeCentreX - 0.5), Math.abs(f.ridgeCentreY - 0.5)) > p.maxCentreOffset)
    codes.push('OFF_CENTRE');
  if (minutiaeCount !== undefined && minutiaeCount < p.minUsableMinutiae) codes.push('TOO_FEW_MINUTIAE');
  if (f.darkShare > p.smudgedDarkShare) codes.push('SMUDGED');
  else if (f.darkShare < p.dryDarkShare) codes.push('DRY');
  return codes;
}
