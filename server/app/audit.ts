/** The audit log of decisions and record changes: appended by every operation, read by CCCD. No biometric data. */
import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import type { AuditEntry } from '../store/audit-entry.ts';
import { cccdOf } from './records.ts';
import type { CallContext } from './context.ts';
import type { AppDeps } from './deps.ts';

type AuditFields = Omit<AuditEntry, 'at' | 'caller' | 'requestId'>;

export async function appendAudit(deps: AppDeps, ctx: CallContext, fields: AuditFields): Promise<void> {
  await deps.store.appendAudit({
    at: new Date().toISOString(),
    caller: ctx.caller,
    requestId: ctx.requestId,
    ...fields,
  });
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

function auditEntryMessage(e: AuditEntry): sinhtrac.v1.AuditEntry.$Properties {
  return {
    at: e.at,
    caller: e.caller,
    request_id: e.requestId,
    cccd: e.cccd,
    operation: e.operation,
    decision: e.decision ?? '',
    score: e.score ?? 0,
    threshold: e.threshold ?? 0,
    target_fmr: e.targetFmr ?? 0,
    face_score: e.faceScore ?? 0,
    finger_scores: e.fingerScores ?? [],
    reasons: e.reasons ?? [],
    versions: Object.entries(e.versions ?? {}).map(([name, version]) => ({ name, version })),
  };
}
