import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import type { CallContext } from './context.ts';
import type { AppDeps } from './deps.ts';
import { compareFaces, extractFaceTemplate } from './faces.ts';
import { compareFingers, extractFingerTemplate } from './fingers.ts';
import { listAudit } from './audit.ts';
import { verifyBatch, type BatchEntry } from './batch.ts';
import { createRecord, deleteRecord, getRecord, replaceRecord } from './records.ts';
import { verify } from './verify.ts';


/** The operations both transports expose; each is written once here and transcoded by server/http and server/grpc. */
export interface Application {
  readonly deps: AppDeps;
  compareFaces(req: sinhtrac.v1.CompareFacesRequest.$Properties, ctx: CallContext): Promise<sinhtrac.v1.CompareFacesResponse.$Properties>;
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
  createRecord(req: sinhtrac.v1.CreateRecordRequest.$Properties, ctx: CallContext): Promise<sinhtrac.v1.RecordInfo.$Properties>;
  getRecord(req: sinhtrac.v1.GetRecordRequest.$Properties, ctx: CallContext): Promise<sinhtrac.v1.RecordInfo.$Properties>;
  replaceRecord(req: sinhtrac.v1.ReplaceRecordRequest.$Properties, ctx: CallContext): Promise<sinhtrac.v1.RecordInfo.$Properties>;
  deleteRecord(
    req: sinhtrac.v1.DeleteRecordRequest.$Properties,
    ctx: CallContext,
  ): Promise<sinhtrac.v1.DeleteRecordResponse.$Properties>;
  verify(req: sinhtrac.v1.VerifyRequest.$Properties, ctx: CallContext): Promise<sinhtrac.v1.VerifyResponse.$Properties>;
  /** Ordered results with bounded concurrency: input is read only as fast as results are taken. */
  verifyBatch(
    entries: AsyncIterable<BatchEntry>,
    ctx: CallContext,
  ): AsyncGenerator<sinhtrac.v1.VerifyBatchResult.$Properties>;
  listAudit(req: sinhtrac.v1.ListAuditRequest.$Properties, ctx: CallContext): Promise<sinhtrac.v1.ListAuditResponse.$Properties>;
}

export function createApplication(deps: AppDeps): Application {
  return {
    deps,
    compareFaces: (req, ctx) => compareFaces(deps, req, ctx),
    extractFaceTemplate: (req, ctx) => extractFaceTemplate(deps, req, ctx),
    extractFingerTemplate: (req, ctx) => extractFingerTemplate(deps, req, ctx),
    compareFingers: (req, ctx) => compareFingers(deps, req, ctx),
    createRecord: (req, ctx) => createRecord(deps, req, ctx),
    getRecord: (req, ctx) => getRecord(deps, req, ctx),
    replaceRecord: (req, ctx) => replaceRecord(deps, req, ctx),
    deleteRecord: (req, ctx) => deleteRecord(deps, req, ctx),
    verify: (req, ctx) => verify(deps, req, ctx),
    verifyBatch: (entries, ctx) => verifyBatch(deps, entries, ctx),
    listAudit: (req, ctx) => listAudit(deps, req, ctx),
  };
}
