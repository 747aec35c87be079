import type { FaceBox } from './detect.ts';
import type { Point } from './image.ts';
import { alignedFaceSidePx } from './params.ts';

/** Facts a kiosk can act on ("come closer", "look at the camera", "more light"), not a single opaque score. */
export interface FaceQuality {
  /** Detector box height in original pixels. */
  faceHeightPx: number;
  /** Distance between eye centres in original pixels (ICAO portraits want >= 90). */
  interEyeDistancePx: number;
  detectorConfidence: number;
  /** Rough head turn from the nose tip offset between the eyes; 0 = frontal, sign = direction in the image. */
  yawDeg: number;
  /** In-plane tilt of the eye line. */
  rollDeg: number;
  /** Variance of the Laplacian of the aligned gray face; low = blurred. */
  sharpness: number;
  /** Mean gray level of the aligned face, 0..255. */
  brightness: number;
  /** Standard deviation of the aligned face's gray levels. */
  contrast: number;
}

/** Ratio of nose-tip depth in front of the eye plane to half the eye distance, for an average adult face. */
const noseDepthToHalfEyeDistance = 1.0;

/** `scaleToOriginal` turns decoded pixels into the caller's pixels for the size facts. */
export function assessQuality(
  box: FaceBox,
  fivePoints: readonly Point[],
  aligned: Float32Array,
  scaleToOriginal = 1,
): FaceQuality {
  const [rightEye, leftEye, nose] = fivePoints as [Point, Point, Point];
  const ex = leftEye.x - rightEye.x;
  const ey = leftEye.y - rightEye.y;
  const eyeDistance = Math.hypot(ex, ey);
  const midX = (leftEye.x + rightEye.x) / 2;
  const midY = (leftEye.y + rightEye.y) / 2;
  // Nose offset along the eye axis, in half eye distances.
  const along =
    eyeDistance > 0 ? ((nose.x - midX) * ex + (nose.y - midY) * ey) / eyeDistance / (eyeDistance / 2) : 0;
  const yawDeg = (Math.atan(along / noseDepthToHalfEyeDistance) * 180) / Math.PI;
  const rollDeg = (Math.atan2(ey, ex) * 180) / Math.PI;

  const side = alignedFaceSidePx;
  const gray = new Float32Array(side * side);
  let sum = 0;
  for (let i = 0; i < gray.length; i++) {
    const g = 0.299 * aligned[i * 3]! + 0.587 * aligned[i * 3 + 1]! + 0.114 * aligned[i * 3 + 2]!;
    gray[i] = g;
    sum += g;
  }
  const brightness = sum / gray.length;
  let varSum = 0;
  for (let i = 0; i < gray.length; i++) varSum += (gray[i]! - brightness) ** 2;
  let lapSum = 0;
  let lapSq = 0;
  let lapCount = 0;
  for (let y = 1; y < side - 1; y++) {
    for (let x = 1; x < side - 1; x++) {
      const i = y * side + x;
      const lap = gray[i - 1]! + gray[i + 1]! + gray[i - side]! + gray[i + side]! - 4 * gray[i]!;
      lapSum += lap;
      lapSq += lap * lap;
      lapCount++;
    }
  }
  const lapMean = lapSum / lapCount;
  return {
    faceHeightPx: (box.y2 - box.y1) * scaleToOriginal,
    interEyeDistancePx: eyeDistance * scaleToOriginal,
    detectorConfidence: box.confidence,
    yawDeg,
    rollDeg,
    sharpness: lapSq / lapCount - lapMean * lapMean,
    brightness,
    contrast: Math.sqrt(varSum / gray.length),
  };
}
