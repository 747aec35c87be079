import { coreConstants as C } from '../native/core-constants.ts';
import { loadNative } from '../native/index.ts';
import type { GrayImage } from './decode.ts';

/**
 * The core's quality measures of one image (quality_features.h), on the 500 dpi image. Blocks are 8 px squares;
 * "certain" blocks have one strong orientation, "ridge" blocks also have a dominant period in the fingerprint
 * band across that orientation.
 */
export interface QualityFeatures {
  widthPx: number;
  heightPx: number;
  meanGray: number;
  grayP05: number;
  grayP95: number;
  blocks: number;
  foregroundBlocks: number;
  certainBlocks: number;
  ridgeBlocks: number;
  /** Centroid of the ridge blocks, fractions of the width and height (0.5 when there are none). */
  ridgeCentreX: number;
  ridgeCentreY: number;
  /** Median dominant period of the ridge blocks, pixels at 500 dpi (0 when there are none). */
  medianPeriodPx: number;
  /** Mean share of the across-flow profile energy in its peak, over the ridge blocks. */
  clarity: number;
  /** Mean share of ridge-block profile samples darker than their mean (0.5 for even ridges and valleys). */
  darkShare: number;
  /** Ridge blocks continuing their neighbours' direction and period. */
  flowBlocks: number;
}

/** Measures a decoded gray image at its capture resolution (the same normalisation as extraction). */
export function qualityFeaturesOf(image: GrayImage, dpi: number): QualityFeatures {
  const f = loadNative().qualityFeatures(image.pixels, image.width, image.height, dpi);
  const at = (i: number): number => f[i] ?? 0;
  return {
    widthPx: at(C.ST_QF_WIDTH),
    heightPx: at(C.ST_QF_HEIGHT),
    meanGray: at(C.ST_QF_MEAN_GRAY),
    grayP05: at(C.ST_QF_GRAY_P05),
    grayP95: at(C.ST_QF_GRAY_P95),
    blocks: at(C.ST_QF_BLOCKS),
    foregroundBlocks: at(C.ST_QF_FOREGROUND_BLOCKS),
    certainBlocks: at(C.ST_QF_CERTAIN_BLOCKS),
    ridgeBlocks: at(C.ST_QF_RIDGE_BLOCKS),
    ridgeCentreX: at(C.ST_QF_RIDGE_CENTRE_X_PERMILLE) / 1000,
    ridgeCentreY: at(C.ST_QF_RIDGE_CENTRE_Y_PERMILLE) / 1000,
    medianPeriodPx: at(C.ST_QF_MEDIAN_PERIOD_CENTIPX) / 100,
    clarity: at(C.ST_QF_CLARITY_PERMILLE) / 1000,
    darkShare: at(C.ST_QF_DARK_PERMILLE) / 1000,
    flowBlocks: at(C.ST_QF_FLOW_BLOCKS),
  };
}
