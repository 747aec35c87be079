import { describe, expect, it } from 'vitest';
import { hasMultipleFaces } from './multiple-faces.ts';
import { faceUnusable, policyFor, portraitCaptureReasons } from './policy.ts';

const face = (side: number, confidence = 0.99) => ({ width: side, height: side, confidence });

describe('the single-face rule', () => {
  it('a second face with at least half the largest area counts, a smaller one does not', () => {
    expect(hasMultipleFaces(face(100), [])).toBe(false);
    expect(hasMultipleFaces(face(100), [face(71)])).toBe(true); // 0.504 of the area
    expect(hasMultipleFaces(face(100), [face(70)])).toBe(false); // 0.49
    expect(hasMultipleFaces(face(100), [face(30), face(40), face(50)])).toBe(false);
  });

  it('measures against the largest face, even when the picked subject is not it', () => {
    expect(hasMultipleFaces(face(60), [face(100)])).toBe(true);
    expect(hasMultipleFaces(face(100), [face(140)])).toBe(true);
  });

  it('ignores faces the detector is not sure of', () => {
    expect(hasMultipleFaces(face(100), [face(100, 0.6)])).toBe(false);
  });

  it('is a capture reason, and in a Verify comes before the quality gates', () => {
    const others = [face(90)];
    expect(portraitCaptureReasons({ subject: face(100), others })).toEqual(['MULTIPLE_FACES']);
    expect(portraitCaptureReasons({ subject: face(100), others: [] })).toEqual([]);
    const good = { interEyeDistancePx: 60, yawDeg: 5, detectorConfidence: 0.9 };
    const level2 = policyFor(2);
    expect(faceUnusable(level2, { ...good, faces: { subject: face(100), others } })).toBe('MULTIPLE_FACES');
    expect(
      faceUnusable(level2, { ...good, interEyeDistancePx: 5, faces: { subject: face(100), others } }),
    ).toBe('MULTIPLE_FACES');
    expect(
      faceUnusable(level2, { ...good, faces: { subject: face(100), others: [face(40)] } }),
    ).toBeUndefined();
  });
});
