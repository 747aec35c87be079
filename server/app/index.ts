import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import type { CallContext } from './context.ts';
import type { AppDeps } from './deps.ts';
import { compareFaces, extractFaceTemplate } from './faces.ts';
import { compareFingers, extractFingerTemplate } from './fingers.ts';
import { listAudit } from './audit.ts';
import { verifyBatch, type BatchEntry } from './batch.ts';
import { createRecord, deleteRecord, getRecord, replaceRecord } from './records.ts';
import { verify } from './verify.ts';
import { v1 } from '../contract.ts';
import { appendAudit } from './audit.ts';
import { AttemptLimits } from './attempt-limits.ts';
import { authorise, checkVerifyProbes, type Admitted, type Operation } from './authorise.ts';
import { cccdOf } from './records.ts';
import { compareFacesResponseFor, compareFingersResponseFor, verifyResponseFor } from './score-visibility.ts';

/** The operations both transports expose; each is written once here and transcoded by server/http and server/grpc. */
export interface Application {
  readonly deps: AppDeps;
  compareFaces(
    req: sinhtrac.v1.CompareFacesRequest.$Properties,
    ctx: CallContext,
  ): Promise<sinhtrac.v1.CompareFacesResponse.$Properties>;
  extractFaceTemplate(
    req: sinhtrac.v1.ExtractFaceTemplateRequest.$Properties,
    ctx: CallContext,
  ): Promise<sinhtrac.v1.ExtractFaceTemplateResponse.$Properties>;
  extractFingerTemplate(
    req: sinhtrac.v1.ExtractFingerTemplateRequest.$Properties,
    ctx: CallContext,
  ): Promise<sinhtrac.v1.ExtractFingerTemplateResponse.$Properties>;
  compareFingers(
    req: sinhtrac.v1.CompareFingersRequest.$Properties,
    ctx: CallContext,
  ): Promise<sinhtrac.v1.CompareFingersResponse.$Properties>;
  createRecord(
    req: sinhtrac.v1.CreateRecordRequest.$Properties,
    ctx: CallContext,
  ): Promise<sinhtrac.v1.RecordInfo.$Properties>;
  getRecord(
    req: sinhtrac.v1.GetRecordRequest.$Properties,
    ctx: CallContext,
  ): Promise<sinhtrac.v1.RecordInfo.$Properties>;
  replaceRecord(
    req: sinhtrac.v1.ReplaceRecordRequest.$Properties,
    ctx: CallContext,
  ): Promise<sinhtrac.v1.RecordInfo.$Properties>;
  deleteRecord(
    req: sinhtrac.v1.DeleteRecordRequest.$Properties,
    ctx: CallContext,
  ): Promise<sinhtrac.v1.DeleteRecordResponse.$Properties>;
  verify(
    req: sinhtrac.v1.VerifyRequest.$Properties,
    ctx: CallContext,
  ): Promise<sinhtrac.v1.VerifyResponse.$Properties>;
  /** Ordered results with bounded concurrency: input is read only as fast as results are taken. */
  verifyBatch(
    entries: AsyncIterable<BatchEntry>,
    ctx: CallContext,
  ): AsyncGenerator<sinhtrac.v1.VerifyBatchResult.$Properties>;
  listAudit(
    req: sinhtrac.v1.ListAuditRequest.$Properties,
    ctx: CallContext,
  ): Promise<sinhtrac.v1.ListAuditResponse.$Properties>;
}

/**
 * The operations, each behind the access rules (authorise.ts: policy roles, template probes; attempt-limits.ts;
 * score-visibility.ts), applied here once so that both transports and every route get them.
 */
export function createApplication(deps: AppDeps): Application {
  const policy = deps.config.policy;
  const limits = policy === undefined ? undefined : new AttemptLimits(policy.limits);
  /** Authorises the call and, for guessing-prone operations, takes one of the caller's attempts. */
  const admit = (operation: Operation, ctx: CallContext, attempt = false): Admitted => {
    const admitted = authorise(policy, operation, ctx);
    if (attempt)
      limits?.takeAttempt(admitted.ctx.principal ?? admitted.ctx.caller, admitted.attemptsPerMinute);
    return admitted;
  };

  /** One Verify (alone or a batch item): template probes by role, the caller's attempts, the CCCD's lockout. */
  const limitedVerify =
    (attemptsPerMinute: number | undefined, batchItem: boolean) =>
    async (d: AppDeps, req: sinhtrac.v1.VerifyRequest.$Properties, ctx: CallContext) => {
      checkVerifyProbes(req, ctx);
      if (limits === undefined) return verifyResponseFor(ctx, await verify(d, req, ctx));
      if (batchItem) limits.takeAttempt(ctx.principal ?? ctx.caller, attemptsPerMinute);
      const cccd = cccdOf(req.cccd).cccd;
      limits.checkCccd(cccd);
      const res = await verify(d, req, ctx);
      const decision =
        res.decision === v1.Decision.MATCH
          ? 'MATCH'
          : res.decision === v1.Decision.NO_MATCH
            ? 'NO_MATCH'
            : 'RECAPTURE';
      const lockout = limits.recordDecision(cccd, decision);
      if (lockout !== undefined) {
        // No biometrics: how many failures, over which window, until when.
        await appendAudit(d, ctx, {
          cccd,
          operation: 'lockout',
          reasons: ['CCCD_LOCKED'],
          versions: {
            failures: String(lockout.failures),
            failure_window_s: String(limits.limits.failureWindowMs / 1000),
            locked_until: new Date(lockout.lockedUntilMs).toISOString(),
          },
        });
      }
      return verifyResponseFor(ctx, res);
    };

  return {
    deps,
    compareFaces: async (req, ctx) => {
      const a = admit('compareFaces', ctx, true);
      return compareFacesResponseFor(a.ctx, await compareFaces(deps, req, a.ctx));
    },
    extractFaceTemplate: async (req, ctx) =>
      extractFaceTemplate(deps, req, admit('extractFaceTemplate', ctx).ctx),
    extractFingerTemplate: async (req, ctx) =>
      extractFingerTemplate(deps, req, admit('extractFingerTemplate', ctx).ctx),
    compareFingers: async (req, ctx) => {
      const a = admit('compareFingers', ctx, true);
      return compareFingersResponseFor(a.ctx, await compareFingers(deps, req, a.ctx));
    },
    createRecord: async (req, ctx) => createRecord(deps, req, admit('createRecord', ctx).ctx),
    getRecord: async (req, ctx) => getRecord(deps, req, admit('getRecord', ctx).ctx),
    replaceRecord: async (req, ctx) => replaceRecord(deps, req, admit('replaceRecord', ctx).ctx),
    deleteRecord: async (req, ctx) => deleteRecord(deps, req, admit('deleteRecord', ctx).ctx),
    verify: async (req, ctx) => {
      const a = admit('verify', ctx, true);
      return limitedVerify(a.attemptsPerMinute, false)(deps, req, a.ctx);
    },
    // Authorised when called, not on the first result: the HTTP route answers 401/403 before it streams.
    verifyBatch: (entries, ctx) => {
      const a = admit('verifyBatch', ctx);
      return verifyBatch(deps, entries, a.ctx, limitedVerify(a.attemptsPerMinute, true));
    },
    listAudit: async (req, ctx) => listAudit(deps, req, admit('listAudit', ctx).ctx),
  };
}
