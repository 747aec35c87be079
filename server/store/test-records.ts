/** Generated records for store tests and the store benchmark: random bytes shaped like real templates. */
import { randomBytes } from 'node:crypto';
import type { AuditEntry } from './audit-entry.ts';
import type { BiometricRecord } from './record.ts';

/** Sizes of the project's templates: 512 float32 face embedding, ~40-60 minutiae finger templates. */
export const faceTemplateBytes = 2048;
export const fingerTemplateBytes = 400;

/** A valid CCCD for index i: Hà Nội, male born 1990, serial = i. */
export function cccdFor(i: number): string {
  return `001090${String(i % 1_000_000).padStart(6, '0')}`;
}

export function generatedRecord(cccd: string, fingerPositions: readonly number[] = [2, 7]): BiometricRecord {
  const now = new Date().toISOString();
  return {
    cccd,
    faces: [{ template: randomBytes(faceTemplateBytes), version: 'test-face/1' }],
    fingers: fingerPositions.map((position) => ({
      position,
      template: randomBytes(fingerTemplateBytes),
      format: 'sinhtrac',
      version: 'test-finger/1',
    })),
    enrolment: { createdAt: now, updatedAt: now, caller: 'test', requestId: `req-${cccd}` },
  };
}

/** The audit entry a test passes with a record change. */
export function changeAudit(
  cccd: string,
  operation: 'create' | 'replace' | 'delete',
  requestId = 'test',
): AuditEntry {
  return { at: new Date().toISOString(), caller: 'test', requestId, cccd, operation };
}
