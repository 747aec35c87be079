/**
 * Enrolment records: create, read (metadata only), replace, delete. Samples become templates through the same
 * path as the stateless operations (samples.ts, fingers.ts); only templates reach the store.
 */
import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import { fingerCaptureRefusal } from '../../engine/decision/index.ts';
import { faceTemplateVersionLabel } from '../../engine/face/index.ts';
import { AppError, invalidArgument } from '../errors.ts';
import type { BiometricRecord, FingerTemplateEntry, RecordMeta } from '../store/record.ts';
import { auditEntryOf } from './audit.ts';
import { parseCccd, type CccdFacts } from './cccd.ts';
import type { CallContext } from './context.ts';
import type { AppDeps } from './deps.ts';
import { checkFingerPositions, fingerTemplateOf } from './fingers.ts';
import { faceTemplateOf, present } from './samples.ts';

type CreateRecordRequest = sinhtrac.v1.CreateRecordRequest.$Properties;
type ReplaceRecordRequest = sinhtrac.v1.ReplaceRecordRequest.$Properties;
type RecordInfo = sinhtrac.v1.RecordInfo.$Properties;
type FaceInfo = sinhtrac.v1.FaceInfo.$Properties;
type FingerSample = sinhtrac.v1.FingerSample.$Properties;

/** InputError INVALID_CCCD (400) with the reason the number is malformed. */
export function cccdOf(value: string | null | undefined): CccdFacts {
  return parseCccd(value ?? '', 'cccd');
}

export function recordNotFound(cccd: string): AppError {
  return new AppError('NOT_FOUND', 'RECORD_NOT_FOUND', `no record for CCCD ${cccd}`, 'cccd');
}

async function fingersOf(
  deps: AppDeps,
  samples: readonly FingerSample[],
  ctx: CallContext,
): Promise<FingerTemplateEntry[]> {
  checkFingerPositions(samples, 'enrolled');
  const templates = await Promise.all(samples.map((s, i) => fingerTemplateOf(deps, s, `fingers[${i}]`, ctx)));
  templates.forEach((t, i) => {
    const refusal = fingerCaptureRefusal(t.qualityFeedback);
    if (refusal !== undefined) {
      // An unusable capture is not enrolled: the kiosk retakes it (422 with the reason), as a Verify would.
      throw new AppError(
        'FAILED_PRECONDITION',
        refusal,
        `fingers[${i}] cannot be enrolled: ${refusal} (quality feedback: ${t.qualityFeedback?.join(', ')})`,
        `fingers[${i}].${samples[i]?.raw?.length ? 'raw' : 'image'}`,
      );
    }
  });
  return templates.map((t, i) => ({
    position: samples[i]?.position ?? t.position,
    template: t.bytes,
    format: 'sinhtrac',
    version: `finger-v${t.version}`,
  }));
}

async function recordOf(
  deps: AppDeps,
  cccd: string,
  req: CreateRecordRequest | ReplaceRecordRequest,
  ctx: CallContext,
  createdAt: string,
): Promise<{ record: BiometricRecord; faceInfo: FaceInfo | null }> {
  if (!present(req.face?.image) && !present(req.face?.template)) {
    throw invalidArgument('MISSING_FIELD', 'a record needs a face (image or template)', 'face');
  }
  const [face, fingers] = await Promise.all([
    faceTemplateOf(deps, req.face, 'face', ctx),
    fingersOf(deps, req.fingers ?? [], ctx),
  ]);
  const now = new Date().toISOString();
  return {
    record: {
      cccd,
      faces: [{ template: face.template, version: faceTemplateVersionLabel(face.template) }],
      fingers,
      enrolment: { createdAt, updatedAt: now, caller: ctx.caller, requestId: ctx.requestId },
    },
    faceInfo: face.info.from_template ? null : face.info,
  };
}

export function recordInfoOf(
  facts: CccdFacts,
  meta: RecordMeta,
  faceInfo: FaceInfo | null = null,
): RecordInfo {
  return {
    cccd: facts.cccd,
    province: facts.province,
    sex: facts.sex,
    birth_year: facts.birthYear,
    faces: meta.faces.map((f) => ({ template_version: f.version, template_bytes: f.bytes })),
    fingers: meta.fingers.map((f) => ({
      position: f.position,
      format: f.format,
      template_version: f.version,
      template_bytes: f.bytes,
    })),
    created_at: meta.enrolment.createdAt,
    updated_at: meta.enrolment.updatedAt,
    enrolled_by: meta.enrolment.caller,
    key_id: meta.keyId,
    face: faceInfo ?? undefined,
  };
}

/** The versions the audit entry of a write records: those of the record written (known before it is written). */
function versionsOf(record: BiometricRecord): Record<string, string> {
  const versions: Record<string, string> = {};
  record.faces.forEach((f, i) => (versions[`face${i}`] = f.version));
  for (const f of record.fingers) versions[`finger${f.position}`] = `${f.format}/${f.version}`;
  return versions;
}

export async function createRecord(
  deps: AppDeps,
  req: CreateRecordRequest,
  ctx: CallContext,
): Promise<RecordInfo> {
  const facts = cccdOf(req.cccd);
  if ((await deps.store.getMeta(facts.cccd)) !== undefined) throw duplicate(facts.cccd);
  const { record, faceInfo } = await recordOf(deps, facts.cccd, req, ctx, new Date().toISOString());
  // The record and its audit entry commit together; the answer is built from what was written (no re-read).
  const audit = auditEntryOf(ctx, { cccd: facts.cccd, operation: 'create', versions: versionsOf(record) });
  const meta = await deps.store.create(record, audit);
  if (meta === undefined) throw duplicate(facts.cccd);
  return recordInfoOf(facts, meta, faceInfo);
}

function duplicate(cccd: string): AppError {
  return new AppError(
    'ALREADY_EXISTS',
    'DUPLICATE_CCCD',
    `CCCD ${cccd} is already enrolled; use PUT to replace`,
    'cccd',
  );
}

export async function getRecord(
  deps: AppDeps,
  req: sinhtrac.v1.GetRecordRequest.$Properties,
  _ctx: CallContext,
): Promise<RecordInfo> {
  const facts = cccdOf(req.cccd);
  const meta = await deps.store.getMeta(facts.cccd);
  if (meta === undefined) throw recordNotFound(facts.cccd);
  return recordInfoOf(facts, meta);
}

export async function replaceRecord(
  deps: AppDeps,
  req: ReplaceRecordRequest,
  ctx: CallContext,
): Promise<RecordInfo> {
  const facts = cccdOf(req.cccd);
  const existing = await deps.store.getMeta(facts.cccd);
  if (existing === undefined) throw recordNotFound(facts.cccd);
  // A PUT replaces the whole record: one that forgot its fingers would silently drop a level-2 enrolment.
  if (existing.fingers.length > 0 && (req.fingers ?? []).length === 0) {
    throw invalidArgument(
      'FINGERS_REQUIRED',
      `the record holds ${existing.fingers.length} fingers and a replace is whole: send them, ` +
        'or DELETE the record and enrol it again without fingers',
      'fingers',
    );
  }
  const { record, faceInfo } = await recordOf(deps, facts.cccd, req, ctx, existing.enrolment.createdAt);
  const audit = auditEntryOf(ctx, { cccd: facts.cccd, operation: 'replace', versions: versionsOf(record) });
  // undefined: a DELETE committed since the read above; the PUT then answers 404, like one that came after it.
  const meta = await deps.store.replace(record, audit);
  if (meta === undefined) throw recordNotFound(facts.cccd);
  return recordInfoOf(facts, meta, faceInfo);
}

export async function deleteRecord(
  deps: AppDeps,
  req: sinhtrac.v1.DeleteRecordRequest.$Properties,
  ctx: CallContext,
): Promise<sinhtrac.v1.DeleteRecordResponse.$Properties> {
  const facts = cccdOf(req.cccd);
  const audit = auditEntryOf(ctx, { cccd: facts.cccd, operation: 'delete' });
  if (!(await deps.store.delete(facts.cccd, audit))) throw recordNotFound(facts.cccd);
  return { deleted: true };
}
