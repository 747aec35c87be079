/** Limits and defaults of the fingerprint face, before anything reaches the native core. */
export const fingerParams = {
  /** Declared capture resolution accepted; everything is normalised to 500 dpi inside the core. */
  minDpi: 250,
  maxDpi: 1000,
  defaultDpi: 500,
  /** Decoded image limits: a single-finger capture at 1000 dpi is well under 2000 x 2000. */
  minSidePx: 32,
  maxSidePx: 4000,
  maxPixels: 4000 * 4000,
  /** Encoded image bytes accepted (a lossless 1000 dpi capture is a few MB). */
  maxImageBytes: 32 * 1024 * 1024,
  /** Fewer minutiae cannot fix an alignment and confirm it: such a capture counts as a failure to enrol. */
  minEnrolMinutiae: 5,
  /** Foreign/internal template bytes accepted. */
  maxTemplateBytes: 1024 * 1024,
} as const;
