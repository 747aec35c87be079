/** The audit log of decisions and record changes: appended by every operation, read by CCCD. No biometric data. */
import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import { type AuditEntry, newAuditId } from '../store/audit-entry.ts';
import { cccdOf } from './records.ts';
import type { CallContext } from './context.ts';
import type { AppDeps } from './deps.ts';

type AuditFields = Omit<AuditEntry, 'id' | 'at' | 'caller' | 'requestId'>;

/** An entry of its own id (UUIDv7), with the caller and the client's request id as given. */
export function auditEntryOf(ctx: CallContext, fields: AuditFields): AuditEntry {
  return {
    id: newAuditId(),
    at: new Date().toISOString(),
    caller: ctx.caller,
    requestId: ctx.requestId,
    ...fields,
  };
}

/** A decision's entry; record changes pass theirs to the store with the change (one transaction). */
export async function appendAudit(deps: AppDeps, ctx: CallContext, fields: AuditFields): Promise<void> {
  await deps.store.appendAudit(auditEntryOf(ctx, fields));
}

/** Audit entries hold at most this many: a bound on what one query returns. */
export const maxAuditLimit = 1000;

export async function listAudit(
  deps: AppDeps,
  req: sinhtrac.v1.ListAuditRequest.$Properties,
  _ctx: CallContext,
): Promise<sinhtrac.v1.ListAuditResponse.$Properties> {
  const facts = cccdOf(req.cccd);
  const limit = Math.min(maxAuditLimit, req.limit || deps.records.auditDefaultLimit);
  const entries = await deps.store.auditFor(facts.cccd, limit);
  return { entries: entries.map(auditEntryMessage) };
}

/** A number an older version may have stored as NaN or Infinity lists as 0, so one bad entry never fails a listing. */
function finiteOr0(n: number | undefined): number {
  return n !== undefined && Number.isFinite(n) ? n : 0;
}

function auditEntryMessage(e: AuditEntry): sinhtrac.v1.AuditEntry.$Properties {
  return {
    id: e.id ?? '', // entries stored before ids existed have none
    at: e.at,
    caller: e.caller,
    request_id: e.requestId,
    cccd: e.cccd,
    operation: e.operation,
    decision: e.decision ?? '',
    score: finiteOr0(e.score),
    threshold: finiteOr0(e.threshold),
    target_fmr: finiteOr0(e.targetFmr),
    face_score: finiteOr0(e.faceScore),
    finger_scores: (e.fingerScores ?? []).map((f) => ({ position: f.position, score: finiteOr0(f.score) })),
    reasons: e.reasons ?? [],
    versions: Object.entries(e.versions ?? {}).map(([name, version]) => ({ name, version })),
  };
}
