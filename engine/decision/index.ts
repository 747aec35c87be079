export type { CalibratedThreshold, Calibration, Modality } from './calibration.ts';
export { loadCalibration, parseCalibration } from './calibration.ts';
export type { Decision } from './decide.ts';
export { checkFiniteScore, decide, NonFiniteScoreError } from './decide.ts';
export { defaultTargetFmr, operatingPoint, thresholdFor } from './thresholds.ts';
export { fingerCaptureRefusal, fingerCaptureRefusals } from './finger-capture.ts';
export type { FingerCaptureRefusal } from './finger-capture.ts';
export type { FoundFace } from './multiple-faces.ts';
export { hasMultipleFaces, singleFaceGates } from './multiple-faces.ts';
