/**
 * Verification policy per assurance level: what a capture must contain to be decided on, and the decision.
 * Level 2 (VNeID level-2 check): a usable face and at least `minFingers` usable fingers, fused (see fusion.ts),
 * and each modality must bring evidence of its own (impostor tail <= `maxModalityImpostorTail`): overwhelming
 * fingerprints never make up for a face that does not match, nor the other way round.
 * Level 1: a usable face alone. A capture that cannot be decided on is RECAPTURE with reason codes the kiosk acts
 * on at once; a decided capture is MATCH or NO_MATCH.
 */
import type { Calibration } from './calibration.ts';
import { fusedScore, fusedThreshold, impostorTail } from './fusion.ts';
import { checkFiniteScore } from './decide.ts';
import { fingerCaptureRefusal } from './finger-capture.ts';
import type { FoundFace } from './multiple-faces.ts';
import { hasMultipleFaces } from './multiple-faces.ts';
import { operatingPoint } from './thresholds.ts';

export type VerificationDecision = 'MATCH' | 'NO_MATCH' | 'RECAPTURE';

export type ReasonCode =
  | 'FACE_NOT_CAPTURED'
  | 'NO_FACE'
  | 'LOW_FACE_QUALITY'
  | 'MULTIPLE_FACES'
  | 'TOO_FEW_FINGERS'
  | 'LOW_FINGER_QUALITY'
  | 'NOT_A_FINGERPRINT'
  | 'FINGER_NOT_ENROLLED'
  | 'FACE_NO_MATCH'
  | 'FINGERS_NO_MATCH';

/** Capture gates, not calibrated scores: below these a kiosk should retake rather than risk a false reject. */
export interface LevelPolicy {
  level: 1 | 2;
  minFingers: number;
  minInterEyeDistancePx: number;
  maxAbsYawDeg: number;
  minFaceDetectorConfidence: number;
  minFingerQuality: number;
  minFingerMinutiae: number;
  /** Level 2: the largest impostor tail probability a single modality may have in a MATCH. */
  maxModalityImpostorTail: number;
}

export const defaultPolicyGates = {
  minInterEyeDistancePx: 30,
  maxAbsYawDeg: 35,
  minFaceDetectorConfidence: 0.5,
  minFingerQuality: 20,
  minFingerMinutiae: 12,
  maxModalityImpostorTail: 1e-2,
} as const;

export function policyFor(level: number, minFingers = 2): LevelPolicy {
  if (level !== 1 && level !== 2) throw new RangeError(`assurance level must be 1 or 2, got ${level}`);
  if (!(Number.isInteger(minFingers) && minFingers >= 1 && minFingers <= 10)) {
    throw new RangeError(`minFingers must be 1-10, got ${minFingers}`);
  }
  return { level, minFingers: level === 2 ? minFingers : 0, ...defaultPolicyGates };
}

export interface FaceCaptureFacts {
  interEyeDistancePx: number;
  yawDeg: number;
  detectorConfidence: number;
  /** The faces found in the portrait (multiple-faces.ts); absent when not known. */
  faces?: { subject: FoundFace; others: readonly FoundFace[] };
}

/**
 * Reasons to retake that the portrait alone gives, whatever the level: reported with every extraction
 * (FaceInfo.capture_reasons) and, in a Verify, RECAPTURE.
 */
export function portraitCaptureReasons(faces: {
  subject: FoundFace;
  others: readonly FoundFace[];
}): ReasonCode[] {
  return hasMultipleFaces(faces.subject, faces.others) ? ['MULTIPLE_FACES'] : [];
}

/** Why a live face cannot be used, or undefined when it can (templates carry no capture facts: usable). */
export function faceUnusable(
  policy: LevelPolicy,
  facts: FaceCaptureFacts | undefined,
): ReasonCode | undefined {
  if (facts === undefined) return undefined;
  // First: retaking alone in the frame is what the kiosk must ask for, whatever the quality of the picked face.
  const fromPortrait = facts.faces ? portraitCaptureReasons(facts.faces) : [];
  if (fromPortrait.length > 0) return fromPortrait[0];
  if (
    facts.interEyeDistancePx < policy.minInterEyeDistancePx ||
    Math.abs(facts.yawDeg) > policy.maxAbsYawDeg ||
    facts.detectorConfidence < policy.minFaceDetectorConfidence
  ) {
    return 'LOW_FACE_QUALITY';
  }
  return undefined;
}

export function fingerUnusable(
  policy: LevelPolicy,
  finger: {
    enrolled: boolean;
    quality: number;
    minutiaeCount: number;
    /** Feedback codes of the live capture (absent for a template). */
    qualityFeedback?: readonly string[];
  },
): ReasonCode | undefined {
  if (!finger.enrolled) return 'FINGER_NOT_ENROLLED';
  const refusal = fingerCaptureRefusal(finger.qualityFeedback);
  if (refusal !== undefined) return refusal;
  if (finger.quality < policy.minFingerQuality || finger.minutiaeCount < policy.minFingerMinutiae) {
    return 'LOW_FINGER_QUALITY';
  }
  return undefined;
}

export type FaceEvidence =
  { score: number } | { unusable: 'FACE_NOT_CAPTURED' | 'NO_FACE' | 'LOW_FACE_QUALITY' | 'MULTIPLE_FACES' };

export interface FingerEvidence {
  usableCount: number;
  /** Fused finger-set score over the usable fingers (absent when none was usable). */
  score?: number;
  /** Reasons of the fingers that could not be used. */
  unusable: ReasonCode[];
}

export interface VerificationOutcome {
  decision: VerificationDecision;
  /** Fused evidence (0 when not decided). */
  score: number;
  threshold: number;
  targetFmr: number;
  reasons: ReasonCode[];
}

export interface Calibrations {
  face: Calibration;
  /** Needed for level 2 only. */
  finger?: Calibration;
}

export function decideVerification(
  policy: LevelPolicy,
  face: FaceEvidence,
  fingers: FingerEvidence,
  calibrations: Calibrations,
  targetFmr: number,
): VerificationOutcome {
  const modalities = policy.level === 2 ? 2 : 1;
  const threshold = fusedThreshold(targetFmr, modalities);
  const reasons: ReasonCode[] = [];
  if ('unusable' in face) reasons.push(face.unusable);
  if (policy.level === 2 && fingers.usableCount < policy.minFingers) {
    reasons.push('TOO_FEW_FINGERS', ...new Set(fingers.unusable));
  }
  if (reasons.length > 0 || 'unusable' in face) {
    return { decision: 'RECAPTURE', score: 0, threshold, targetFmr, reasons };
  }
  checkFiniteScore(face.score, 'face');
  if (fingers.score !== undefined) checkFiniteScore(fingers.score, 'fingers');
  const tails = [impostorTail(calibrations.face, face.score)];
  if (face.score < operatingPoint(calibrations.face, targetFmr).threshold) reasons.push('FACE_NO_MATCH');
  if (policy.level === 2) {
    if (calibrations.finger === undefined) throw new Error('level 2 needs a fingerprint calibration');
    const fingerScore = fingers.score ?? Number.NEGATIVE_INFINITY;
    tails.push(impostorTail(calibrations.finger, fingerScore));
    if (fingerScore < operatingPoint(calibrations.finger, targetFmr).threshold)
      reasons.push('FINGERS_NO_MATCH');
  }
  const score = fusedScore(tails);
  // Each modality on its own must look unlike an impostor: a stricter rule than the fused one alone, never looser.
  const eachBringsEvidence = tails.every((p) => p <= policy.maxModalityImpostorTail);
  const decision = score >= threshold && eachBringsEvidence ? 'MATCH' : 'NO_MATCH';
  return { decision, score, threshold, targetFmr, reasons };
}
