/**
 * Which capture feedback (engine/finger quality feedback codes) makes a finger image unusable whatever its score:
 * an image that is not a fingerprint is neither enrolled nor compared; a Verify asks for a recapture with the code
 * as its reason (never NO_MATCH), an enrolment refuses it. Advisory codes (TOO_DARK, SMUDGED, ...) only travel
 * to the caller; the quality and minutiae gates (policy.ts) decide on those captures.
 */
export const fingerCaptureRefusals = ['NOT_A_FINGERPRINT'] as const;
export type FingerCaptureRefusal = (typeof fingerCaptureRefusals)[number];

/** The refusal among a capture's feedback codes, or undefined when the capture may be used. */
export function fingerCaptureRefusal(
  feedback: readonly string[] | undefined,
): FingerCaptureRefusal | undefined {
  return fingerCaptureRefusals.find((code) => feedback?.includes(code));
}
