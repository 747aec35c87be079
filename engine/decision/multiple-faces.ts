/**
 * The single-face rule: a capture with a second face of a size comparable to the largest one is retaken
 * (MULTIPLE_FACES), not decided on the face the engine happened to pick. A kiosk photo of one person may show a
 * small bystander far behind (LFW: 583 of 13 233 images hold more than one face, mostly such bystanders), which
 * is no reason to retake; a second person at the same distance, or a photo held up next to the face, is.
 */

/** A face found in the portrait: its box size (any pixel unit, the same for all) and detector confidence. */
export interface FoundFace {
  width: number;
  height: number;
  confidence: number;
}

export const singleFaceGates = {
  /** A face whose box area is at least this fraction of the largest face's counts as comparable. */
  minComparableAreaRatio: 0.5,
  /**
   * ...when the detector is at least this sure of it: the detector's own floor (engine/face params.ts
   * detectorMinConfidence), so every face the engine reports counts; kept separate so a deployment can raise it.
   */
  minComparableConfidence: 0.7,
} as const;

/**
 * True when at least two faces (the subject included) are comparable in size to the largest one, or when the
 * subject the engine picked (the centre counts, engine/face detect.ts pickSubject) is not the largest face: then
 * which person is being verified is a guess either way.
 */
export function hasMultipleFaces(
  subject: FoundFace,
  others: readonly FoundFace[],
  gates: typeof singleFaceGates = singleFaceGates,
): boolean {
  const area = (f: FoundFace) => Math.max(0, f.width) * Math.max(0, f.height);
  const faces = [subject, ...others].filter((f) => f.confidence >= gates.minComparableConfidence);
  const largest = Math.max(0, ...faces.map(area));
  if (!(largest > 0)) return false;
  if (faces.length >= 2 && area(subject) < largest) return true;
  return faces.filter((f) => area(f) >= gates.minComparableAreaRatio * largest).length >= 2;
}
