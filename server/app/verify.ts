/**
 * The level-2 Verify: a live face and fingers against the CCCD's enrolled record, decided by the level policy
 * (engine/decision/policy.ts) on fused scores (engine/decision/fusion.ts), and appended to the audit log.
 */
import { compareFaceTemplates } from '../../engine/face/index.ts';
import type { FingerTemplateHeader } from '../../engine/finger/index.ts';
import { compareFingerSets } from '../../engine/finger/match.ts';
import { decide, defaultTargetFmr, loadCalibration } from '../../engine/decision/index.ts';
import {
  decideVerification,
  faceUnusable,
  fingerUnusable,
  policyFor,
  type FaceEvidence,
  type LevelPolicy,
  type ReasonCode,
} from '../../engine/decision/policy.ts';
import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import { v1 } from '../contract.ts';
import { AppError, invalidArgument } from '../errors.ts';
import type { BiometricRecord } from '../store/record.ts';
import { appendAudit } from './audit.ts';
import type { CallContext } from './context.ts';
import type { AppDeps } from './deps.ts';
import { targetFmrOf } from './faces.ts';
import { checkFingerPositions, fingerTemplateOf } from './fingers.ts';
import { cccdOf, recordNotFound } from './records.ts';
import { faceTemplateOf, forField, foundFacesOf, present, type FaceTemplateOf } from './samples.ts';

type VerifyRequest = sinhtrac.v1.VerifyRequest.$Properties;
type VerifyResponse = sinhtrac.v1.VerifyResponse.$Properties;
type FingerSample = sinhtrac.v1.FingerSample.$Properties;
type FingerVerification = sinhtrac.v1.FingerVerification.$Properties;
type FaceVerification = sinhtrac.v1.FaceVerification.$Properties;

function policyOf(deps: AppDeps, level: number | null | undefined): LevelPolicy {
  const chosen = level || deps.records.defaultLevel;
  if (chosen !== 1 && chosen !== 2)
    throw invalidArgument('INVALID_FIELD', `level must be 1 or 2, got ${chosen}`, 'level');
  return policyFor(chosen, deps.records.minFingers);
}

/** Capture failures a kiosk fixes by retaking (RECAPTURE), as opposed to malformed requests (400). */
const recapturableFaceReasons = new Set(['NO_FACE']);
const recapturableFingerReasons = new Set(['NO_FINGERPRINT', 'TOO_FEW_MINUTIAE']);

function isRecapturableFinger(err: AppError): boolean {
  return recapturableFingerReasons.has(err.reason);
}

async function probeFace(
  deps: AppDeps,
  policy: LevelPolicy,
  req: VerifyRequest,
  record: BiometricRecord,
  ctx: CallContext,
): Promise<{ evidence: FaceEvidence; face: FaceVerification | null; version?: string }> {
  if (!present(req.face?.image) && !present(req.face?.template)) {
    return { evidence: { unusable: 'FACE_NOT_CAPTURED' }, face: null };
  }
  let probe: FaceTemplateOf;
  try {
    probe = await faceTemplateOf(deps, req.face, 'face', ctx);
  } catch (err) {
    if (err instanceof AppError && recapturableFaceReasons.has(err.reason)) {
      return { evidence: { unusable: 'NO_FACE' }, face: null };
    }
    throw err;
  }
  const q = probe.info.quality;
  const unusable = faceUnusable(
    policy,
    q
      ? {
          interEyeDistancePx: q.inter_eye_distance_px ?? 0,
          yawDeg: q.yaw_deg ?? 0,
          detectorConfidence: q.detector_confidence ?? 0,
          ...(probe.extraction ? { faces: foundFacesOf(probe.extraction) } : {}),
        }
      : undefined,
  );
  // Best of the enrolled faces: a record may hold several portraits of the same citizen.
  let score = Number.NEGATIVE_INFINITY;
  for (const stored of record.faces) {
    const s = await forField('face.template', () => compareFaceTemplates(probe.template, stored.template));
    score = Math.max(score, s);
  }
  const face: FaceVerification = { score, match: false, threshold: 0, info: probe.info };
  return {
    evidence: unusable ? { unusable: unusable as 'LOW_FACE_QUALITY' | 'MULTIPLE_FACES' } : { score },
    face,
  };
}

interface FingerProbes {
  usable: { position: number; probe: FingerTemplateHeader; reference: Uint8Array }[];
  results: FingerVerification[];
  unusable: ReasonCode[];
}

async function probeFingers(
  deps: AppDeps,
  policy: LevelPolicy,
  samples: readonly FingerSample[],
  record: BiometricRecord,
  ctx: CallContext,
): Promise<FingerProbes> {
  checkFingerPositions(samples, 'live');
  const enrolled = new Map(record.fingers.map((f) => [f.position, f]));
  const out: FingerProbes = { usable: [], results: [], unusable: [] };
  const probes = await Promise.all(
    samples.map(async (s, i) => {
      const position = s.position as number;
      if (!enrolled.has(position)) return { position, reason: 'FINGER_NOT_ENROLLED' as ReasonCode };
      try {
        return { position, probe: await fingerTemplateOf(deps, s, `fingers[${i}]`, ctx) };
      } catch (err) {
        if (err instanceof AppError && isRecapturableFinger(err)) {
          return { position, reason: 'LOW_FINGER_QUALITY' as ReasonCode };
        }
        throw err;
      }
    }),
  );
  for (const p of probes) {
    const stored = enrolled.get(p.position);
    let reason = 'reason' in p ? p.reason : undefined;
    if ('probe' in p && p.probe !== undefined) {
      reason = fingerUnusable(policy, {
        enrolled: true,
        quality: p.probe.quality,
        minutiaeCount: p.probe.minutiaeCount,
        qualityFeedback: p.probe.qualityFeedback,
      });
      if (reason === undefined && stored !== undefined) {
        out.usable.push({ position: p.position, probe: p.probe, reference: stored.template });
      }
    }
    const probe = 'probe' in p ? p.probe : undefined;
    out.results.push({
      position: p.position,
      score: 0,
      match: false,
      quality: probe?.quality ?? 0,
      minutiae_count: probe?.minutiaeCount ?? 0,
      reason: reason ?? '',
      quality_feedback: [...(probe?.qualityFeedback ?? [])],
    });
    if (reason !== undefined) out.unusable.push(reason);
  }
  return out;
}

export async function verify(deps: AppDeps, req: VerifyRequest, ctx: CallContext): Promise<VerifyResponse> {
  const facts = cccdOf(req.cccd);
  const policy = policyOf(deps, req.level);
  const targetFmr = targetFmrOf(deps, req.target_fmr) ?? defaultTargetFmr('face');
  const record = await deps.store.get(facts.cccd);
  if (record === undefined) throw recordNotFound(facts.cccd);
  if (record.faces.length === 0) {
    throw new AppError(
      'FAILED_PRECONDITION',
      'RECORD_HAS_NO_FACE',
      `record ${facts.cccd} holds no face template`,
      'cccd',
    );
  }
  if (policy.level === 2 && record.fingers.length < policy.minFingers) {
    throw new AppError(
      'FAILED_PRECONDITION',
      'RECORD_HAS_TOO_FEW_FINGERS',
      `record ${facts.cccd} holds ${record.fingers.length} fingers; level 2 needs ${policy.minFingers}`,
      'cccd',
    );
  }

  const [face, fingers] = await Promise.all([
    probeFace(deps, policy, req, record, ctx),
    policy.level === 2
      ? probeFingers(deps, policy, req.fingers ?? [], record, ctx)
      : Promise.resolve(undefined),
  ]);

  let fingersScore: number | undefined;
  if (fingers !== undefined && fingers.usable.length > 0) {
    const fused = await forField('fingers', () =>
      compareFingerSets(
        fingers.usable.map((u) => ({ position: u.position, template: u.probe })),
        fingers.usable.map((u) => ({ position: u.position, template: u.reference })),
      ),
    );
    fingersScore = fused.score;
    for (const f of fused.fingers) {
      const result = fingers.results.find((r) => r.position === f.position);
      if (result) {
        result.score = f.score;
        result.match = decide('finger', f.score, targetFmr).match;
      }
    }
  }

  const faceCalibration = loadCalibration('face');
  const outcome = decideVerification(
    policy,
    face.evidence,
    { usableCount: fingers?.usable.length ?? 0, score: fingersScore, unusable: fingers?.unusable ?? [] },
    { face: faceCalibration, finger: policy.level === 2 ? loadCalibration('finger') : undefined },
    targetFmr,
  );
  if (face.face !== null) {
    const d = decide('face', face.face.score ?? 0, targetFmr);
    face.face.match = d.match;
    face.face.threshold = d.threshold;
  }

  const versions: Record<string, string> = {
    face_calibration: faceCalibration.model,
    face_template: record.faces[0]?.version ?? '',
  };
  if (policy.level === 2) {
    versions.finger_calibration = loadCalibration('finger').model;
    versions.finger_template = record.fingers[0]?.version ?? '';
  }
  await appendAudit(deps, ctx, {
    cccd: facts.cccd,
    operation: 'verify',
    decision: outcome.decision,
    score: outcome.score,
    threshold: outcome.threshold,
    targetFmr,
    ...(face.face ? { faceScore: face.face.score ?? 0 } : {}),
    fingerScores: (fingers?.results ?? [])
      .filter((r) => !r.reason)
      .map((r) => ({ position: r.position ?? 0, score: r.score ?? 0 })),
    reasons: outcome.reasons,
    versions: { ...versions, level: String(policy.level) },
  });
  deps.decisions?.count('verify', outcome.decision, String(policy.level));

  return {
    decision: v1.Decision[outcome.decision],
    score: outcome.score,
    threshold: outcome.threshold,
    target_fmr: targetFmr,
    face: face.face ?? undefined,
    fingers: fingers?.results ?? [],
    reasons: outcome.reasons,
    fingers_score: fingersScore ?? 0,
    level: policy.level,
    request_id: ctx.requestId,
  };
}
