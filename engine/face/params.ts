/** Every tunable number of the face pipeline, named for what it controls. */

/** Decompression-bomb bound: 40 MP is ~7700x5200, far beyond any kiosk or ID-card camera. */
export const defaultMaxPixels = 40_000_000;
/**
 * Larger photos are decoded at reduced size (JPEG shrink-on-load): a face that fills even a tenth of a 2048 px
 * frame is ~200 px, twice what the 112 px template uses, and a 12 MP phone photo decodes several times faster.
 */
export const decodeMaxLongSidePx = 2048;
/** Below this a portrait cannot hold a face the detector can find. */
export const minImageSidePx = 32;
/**
 * Landmarks and alignment read the face from the detector-sized decode when its box is at least this tall there:
 * the ArcFace template's face is ~90 px tall, so the 112 px aligned crop is then never an enlargement.
 */
export const minFrameFaceHeightPx = 112;
/** Otherwise a region around the face is decoded again, at the scale that makes the face this tall (or full size). */
export const regionFaceHeightPx = 224;
/** Side of that region, in face-box sides: covers the landmark crop and the aligned crop with room to spare. */
export const regionSideInFaceBoxes = 3;

export const detectorInputWidthPx = 320;
export const detectorInputHeightPx = 240;
/** Ultra-Light-style detectors output softmax scores; 0.7 is the upstream default operating point. */
export const detectorMinConfidence = 0.7;
export const detectorNmsIou = 0.3;
/** Candidates kept before NMS (highest scores first). */
export const detectorMaxCandidates = 750;
/** Boxes smaller than this (in original pixels) carry too little detail to verify. */
export const minFaceSidePx = 20;
/** Face pick: area is discounted by up to this fraction for a face far from the image centre. */
export const facePickCentreWeight = 0.5;

export const landmarkInputSidePx = 64;

export const alignedFaceSidePx = 112;
/** Standard ArcFace 5-point template for 112x112 crops (eyes, nose tip, mouth corners). */
export const arcfaceTemplate112: ReadonlyArray<readonly [number, number]> = [
  [38.2946, 51.6963],
  [73.5318, 51.5014],
  [56.0252, 71.7366],
  [41.5493, 92.3655],
  [70.7299, 92.2041],
];

export const embeddingSize = 512;
/** Embedding input normalisation: (value - mean) / scale per RGB channel. */
export const embedPixelMean = 127.5;
export const embedPixelScale = 128;

/** Downscaling by more than this per output pixel switches bilinear sampling to supersampling. */
export const supersampleAboveScale = 1.5;
export const maxSupersamplesPerAxis = 4;
