/** Every tunable number of the face pipeline, named for what it controls. */

/** Decompression-bomb bound: 40 MP is ~7700x5200, far beyond any kiosk or ID-card camera. */
export const defaultMaxPixels = 40_000_000;
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
/**
 * Face pick: area is discounted linearly with the distance from the image centre, down to nothing at the corners
 * (a portrait or kiosk capture frames its subject; a nearer bystander at the side can look larger). At 0.5, a
 * bystander behind the subject was picked in 3 of the 583 multi-face LFW images; 0.75 and 1 change just those 3.
 */
export const facePickCentreWeight = 1;

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

/** dlib face chips (what dlib's face recognition ResNet was trained on): 150x150 with 25% padding around the face. */
export const dlibChipSidePx = 150;
export const dlibChipPadding = 0.25;
/**
 * dlib's mean face shape (get_face_chip_details in dlib/image_transforms/interpolation.h), in units of the unpadded
 * chip, for the 68-point indices dlib aligns on: nose, eyes, outer lips and the inner upper lip (eyebrows and the
 * lower lip move with expression and are left out).
 */
export const dlibMeanFaceShape: ReadonlyArray<readonly [index: number, x: number, y: number]> = [
  [27, 0.490127, 0.203352],
  [28, 0.490127, 0.307009],
  [29, 0.490127, 0.409805],
  [30, 0.490127, 0.515625],
  [31, 0.36688, 0.587326],
  [32, 0.426036, 0.609345],
  [33, 0.490127, 0.628106],
  [34, 0.554217, 0.609345],
  [35, 0.613373, 0.587326],
  [36, 0.121737, 0.216423],
  [37, 0.187122, 0.178758],
  [38, 0.265825, 0.179852],
  [39, 0.334606, 0.231733],
  [40, 0.260918, 0.245099],
  [41, 0.182743, 0.244077],
  [42, 0.645647, 0.231733],
  [43, 0.714428, 0.179852],
  [44, 0.793132, 0.178758],
  [45, 0.858516, 0.216423],
  [46, 0.79751, 0.244077],
  [47, 0.719335, 0.245099],
  [48, 0.254149, 0.780233],
  [49, 0.340985, 0.745405],
  [50, 0.428858, 0.727388],
  [51, 0.490127, 0.742578],
  [52, 0.551395, 0.727388],
  [53, 0.639268, 0.745405],
  [54, 0.726104, 0.780233],
  [60, 0.290379, 0.784792],
  [61, 0.428096, 0.778746],
  [62, 0.490127, 0.785343],
  [63, 0.552157, 0.778746],
  [64, 0.689874, 0.784792],
];
/** Mean RGB that dlib's ResNet input subtracts (face-api's faceRecognitionNet), then divided by 255. */
export const dlibPixelMeanRgb: readonly [number, number, number] = [122.782, 117.001, 104.298];
export const dlibPixelScale = 255;
export const dlibEmbeddingSize = 128;
/**
 * Test-time flip for the dlib embedding: off. On cached LFW embeddings it helped the dlib model alone (TAR at FMR
 * 1e-4 77% -> 80%) but not the fused score (accuracy and TAR at 1e-4/1e-5 within noise, either way), and it cost a
 * second dlib run (~10 ms CPU per face; CompareFaces 96 ms CPU per request with it).
 */
export const dlibEmbedFlip = false;

/**
 * Orientation check (orientation.ts looksUpright): a face as sent is taken as upright when its landmark mirror
 * disagreement (box widths) is at most `uprightMirrorDisagreementAnyLogit`, or at most
 * `maxUprightMirrorDisagreement` with a detector logit of at least `minUprightDetectorLogit`. Chosen on a scratch
 * probe of 500 LFW faces sent at 0/90/180/270 (disagreement upright: p50 0.012, p99 0.032; a quarter turned:
 * p1 0.023; upside down: p1 0.032; detector logit upright p5 8.3, turned faces with a low disagreement 1.6-8.6).
 */
export const maxUprightMirrorDisagreement = 0.025;
export const uprightMirrorDisagreementAnyLogit = 0.015;
export const minUprightDetectorLogit = 9;
/**
 * A turn tried whose face is at most this far from its mirror (and the detector logit >= 9) is taken at once. The
 * probe: 43% of turned-back faces, no wrong turn (those start at 0.019).
 */
export const plainlyUprightMirrorDisagreement = 0.012;
/** The lowest disagreement of the turns tried wins outright when the runner-up's is at least this many times higher. */
export const clearMirrorDisagreementRatio = 2;
