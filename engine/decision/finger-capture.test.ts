import { describe, expect, it } from 'vitest';
import { fingerCaptureRefusal } from './finger-capture.ts';
import { fingerUnusable, policyFor } from './policy.ts';

describe('finger capture refusals', () => {
  it('NOT_A_FINGERPRINT makes a finger unusable whatever its quality; advisory codes do not', () => {
    const policy = policyFor(2);
    const good = { enrolled: true, quality: 90, minutiaeCount: 40 };
    expect(fingerUnusable(policy, { ...good, qualityFeedback: ['NOT_A_FINGERPRINT'] })).toBe(
      'NOT_A_FINGERPRINT',
    );
    expect(fingerUnusable(policy, { ...good, qualityFeedback: ['SMUDGED', 'OFF_CENTRE'] })).toBeUndefined();
    expect(fingerUnusable(policy, good)).toBeUndefined();
    // not enrolled stays the first reason: there is nothing to compare it with anyway
    expect(fingerUnusable(policy, { ...good, enrolled: false, qualityFeedback: ['NOT_A_FINGERPRINT'] })).toBe(
      'FINGER_NOT_ENROLLED',
    );
  });

  it('an enrolment refuses only the refusal codes', () => {
    expect(fingerCaptureRefusal(['TOO_DARK', 'NOT_A_FINGERPRINT'])).toBe('NOT_A_FINGERPRINT');
    expect(fingerCaptureRefusal(['TOO_DARK'])).toBeUndefined();
    expect(fingerCaptureRefusal(undefined)).toBeUndefined();
  });
});
