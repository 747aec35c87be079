import {
  exportTemplate,
  fingerParams,
  importTemplateHeader,
  templateFormats,
  templateHeaderOf,
  type ExtractedFinger,
  type FingerTemplateHeader,
  type TemplateFormat,
} from '../../engine/finger/index.ts';
import { compareFingerSets } from '../../engine/finger/match.ts';
import { decide } from '../../engine/decision/index.ts';
import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import { invalidArgument } from '../errors.ts';
import { maxFingers } from '../request-limits.ts';
import type { CallContext } from './context.ts';
import type { AppDeps } from './deps.ts';
import { targetFmrOf } from './faces.ts';
import { checkImageSize, fieldPath, forField, present } from './samples.ts';

type FingerSample = sinhtrac.v1.FingerSample.$Properties;
type ExtractFingerTemplateRequest = sinhtrac.v1.ExtractFingerTemplateRequest.$Properties;
type ExtractFingerTemplateResponse = sinhtrac.v1.ExtractFingerTemplateResponse.$Properties;
type CompareFingersRequest = sinhtrac.v1.CompareFingersRequest.$Properties;
type CompareFingersResponse = sinhtrac.v1.CompareFingersResponse.$Properties;

export function templateFormatOf(name: string | null | undefined, field: string): TemplateFormat {
  if (!name) return 'sinhtrac';
  if ((templateFormats as readonly string[]).includes(name)) return name as TemplateFormat;
  throw invalidArgument(
    'INVALID_FIELD',
    `unknown template format "${name}"; use one of ${templateFormats.join(', ')}`,
    field,
  );
}

/**
 * A caller-sized list refused before any per-item work: the transports bound it already (request-limits.ts), this
 * keeps every in-process caller to the same bound.
 */
export function checkFingerCount(samples: readonly unknown[], field: string): void {
  if (samples.length > maxFingers) {
    throw invalidArgument('TOO_MANY_ITEMS', `${field} holds at most ${maxFingers} fingers`, field);
  }
}

/** Known positions (1-10) given at most once in a list whose positions may be 0 (unknown). */
function checkDistinctPositions(samples: readonly FingerSample[], field: string): void {
  const seen = new Set<number>();
  samples.forEach((s, i) => {
    const p = positionOf(s.position, `${field}[${i}].position`);
    if (p === 0) return;
    if (seen.has(p)) {
      throw invalidArgument('INVALID_FIELD', `finger position ${p} given twice`, `${field}[${i}].position`);
    }
    seen.add(p);
  });
}

/** At most ten fingers, each at a distinct ISO position 1-10; `role` names them in the message. */
export function checkFingerPositions(samples: readonly FingerSample[], role: 'enrolled' | 'live'): void {
  checkFingerCount(samples, 'fingers');
  const seen = new Set<number>();
  samples.forEach((s, i) => {
    const p = s.position ?? 0;
    if (!(Number.isInteger(p) && p >= 1 && p <= 10)) {
      throw invalidArgument(
        'INVALID_FIELD',
        `${role} fingers need an ISO position 1-10, got ${p}`,
        `fingers[${i}].position`,
      );
    }
    if (seen.has(p)) {
      throw invalidArgument('INVALID_FIELD', `finger position ${p} given twice`, `fingers[${i}].position`);
    }
    seen.add(p);
  });
}

function positionOf(position: number | null | undefined, field: string): number {
  const p = position ?? 0;
  if (!Number.isInteger(p) || p < 0 || p > 10) {
    throw invalidArgument('INVALID_FIELD', `finger position must be 0-10 (ISO/IEC 19794-2), got ${p}`, field);
  }
  return p;
}

interface FingerImageFields {
  image?: Uint8Array | null;
  raw?: Uint8Array | null;
  width?: number | null;
  height?: number | null;
  dpi?: number | null;
}

/** A finger template from an encoded image or raw gray pixels, extracted on the worker pool. */
async function extractFinger(
  deps: AppDeps,
  sample: FingerImageFields,
  position: number,
  field: string,
  ctx: CallContext,
): Promise<ExtractedFinger> {
  const dpi = sample.dpi || undefined;
  // Checked before the pool: the worker would refuse it too, but only after queueing and decoding the image.
  if (
    dpi !== undefined &&
    !(Number.isInteger(dpi) && dpi >= fingerParams.minDpi && dpi <= fingerParams.maxDpi)
  ) {
    throw invalidArgument(
      'INVALID_FIELD',
      `dpi must be ${fingerParams.minDpi}-${fingerParams.maxDpi} (0 = ${fingerParams.defaultDpi}), got ${dpi}`,
      fieldPath(field, 'dpi'),
    );
  }
  if (present(sample.raw)) {
    const raw = sample.raw;
    checkImageSize(deps, raw, fieldPath(field, 'raw'));
    return forField(fieldPath(field, 'raw'), () =>
      deps.pool.extractFinger(
        { raw, width: sample.width ?? 0, height: sample.height ?? 0, dpi, position },
        ctx.deadlineMs,
      ),
    );
  }
  if (present(sample.image)) {
    const image = sample.image;
    checkImageSize(deps, image, fieldPath(field, 'image'));
    return forField(fieldPath(field, 'image'), () =>
      deps.pool.extractFinger({ image, dpi, position }, ctx.deadlineMs),
    );
  }
  throw invalidArgument(
    'MISSING_FIELD',
    `${field || 'request'} needs an image, raw pixels or a template`,
    field || 'image',
  );
}

/** A finger template (header and bytes) from a sample carrying an image, raw pixels or a template in a named format. */
export async function fingerTemplateOf(
  deps: AppDeps,
  sample: FingerSample,
  field: string,
  ctx: CallContext,
): Promise<FingerTemplateHeader> {
  const position = positionOf(sample.position, `${field}.position`);
  if (present(sample.template)) {
    const bytes = sample.template;
    const format = templateFormatOf(sample.format, `${field}.format`);
    const template = await forField(`${field}.template`, () => importTemplateHeader(bytes, format));
    if (position && template.position && position !== template.position) {
      // Either the request or the template is wrong; pairing by the other one would compare different fingers.
      throw invalidArgument(
        'FINGER_POSITION_MISMATCH',
        `position ${position} given for a template of finger position ${template.position}`,
        `${field}.position`,
      );
    }
    return position && !template.position ? { ...template, position } : template;
  }
  return templateHeaderOf(await extractFinger(deps, sample, position, field, ctx));
}

export async function extractFingerTemplate(
  deps: AppDeps,
  req: ExtractFingerTemplateRequest,
  ctx: CallContext,
): Promise<ExtractFingerTemplateResponse> {
  const format = templateFormatOf(req.format, 'format');
  const position = positionOf(req.position, 'position');
  const template = await extractFinger(deps, req, position, '', ctx);
  const bytes =
    format === 'sinhtrac' ? template.bytes : await forField('format', () => exportTemplate(template, format));
  return {
    template: bytes,
    format,
    quality: template.quality,
    minutiae_count: template.minutiae.length,
    width: template.width,
    height: template.height,
    minutiae: template.minutiae.map((m) => ({
      x: m.x,
      y: m.y,
      angle_deg: m.angleDeg,
      type: m.type,
      quality: m.quality,
    })),
    dpi: template.capture.dpi,
    dpi_source: template.capture.source,
    quality_feedback: [...(template.qualityFeedback ?? [])],
  };
}

export async function compareFingers(
  deps: AppDeps,
  req: CompareFingersRequest,
  ctx: CallContext,
): Promise<CompareFingersResponse> {
  const targetFmr = targetFmrOf(deps, req.target_fmr);
  const probeSamples = req.probe ?? [];
  const referenceSamples = req.reference ?? [];
  if (probeSamples.length === 0)
    throw invalidArgument('MISSING_FIELD', 'probe needs at least one finger', 'probe');
  if (referenceSamples.length === 0) {
    throw invalidArgument('MISSING_FIELD', 'reference needs at least one finger template', 'reference');
  }
  // Everything a sample can be refused for without work is checked before any work starts: a throw while the
  // promises are being created would leave the ones already started unhandled.
  checkFingerCount(probeSamples, 'probe');
  checkFingerCount(referenceSamples, 'reference');
  checkDistinctPositions(probeSamples, 'probe');
  checkDistinctPositions(referenceSamples, 'reference');
  referenceSamples.forEach((s, i) => {
    if (!present(s.template)) {
      throw invalidArgument(
        'INVALID_FIELD',
        'reference fingers must be templates',
        `reference[${i}].template`,
      );
    }
  });
  const [probe, reference] = await Promise.all([
    Promise.all(probeSamples.map((s, i) => fingerTemplateOf(deps, s, `probe[${i}]`, ctx))),
    Promise.all(referenceSamples.map((s, i) => fingerTemplateOf(deps, s, `reference[${i}]`, ctx))),
  ]);
  const fused = await forField('probe', () =>
    compareFingerSets(
      probe.map((t) => ({ position: t.position, template: t })),
      reference.map((t) => ({ position: t.position, template: t })),
    ),
  );
  const decision = decide('finger', fused.score, targetFmr);
  deps.decisions?.count('compare_fingers', decision.match ? 'MATCH' : 'NO_MATCH', '');
  return {
    score: fused.score,
    match: decision.match,
    threshold: decision.threshold,
    target_fmr: decision.targetFmr,
    fingers: fused.fingers.map((f) => ({
      position: f.position,
      score: f.score,
      match: decide('finger', f.score, targetFmr).match,
    })),
  };
}
