import { compareFaceTemplates, currentFaceTemplateVersion } from '../../engine/face/index.ts';
import { decide } from '../../engine/decision/index.ts';
import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import { invalidArgument } from '../errors.ts';
import type { CallContext } from './context.ts';
import type { AppDeps } from './deps.ts';
import { checkImageSize, faceInfoOf, faceTemplateOf, forField, present } from './samples.ts';

type CompareFacesRequest = sinhtrac.v1.CompareFacesRequest.$Properties;
type CompareFacesResponse = sinhtrac.v1.CompareFacesResponse.$Properties;
type ExtractFaceTemplateRequest = sinhtrac.v1.ExtractFaceTemplateRequest.$Properties;
type ExtractFaceTemplateResponse = sinhtrac.v1.ExtractFaceTemplateResponse.$Properties;

export function targetFmrOf(deps: AppDeps, requested: number | null | undefined): number | undefined {
  if (requested == null || requested === 0) return deps.config.defaultTargetFmr;
  if (!(requested > 0 && requested < 1)) {
    throw invalidArgument('INVALID_FIELD', `target_fmr must be in (0, 1), got ${requested}`, 'target_fmr');
  }
  return requested;
}

export async function compareFaces(
  deps: AppDeps,
  req: CompareFacesRequest,
  ctx: CallContext,
): Promise<CompareFacesResponse> {
  const targetFmr = targetFmrOf(deps, req.target_fmr);
  const [a, b] = await Promise.all([
    faceTemplateOf(deps, req.a, 'a', ctx),
    faceTemplateOf(deps, req.b, 'b', ctx),
  ]);
  const score = await forField('b.template', () => compareFaceTemplates(a.template, b.template));
  const decision = decide('face', score, targetFmr);
  deps.decisions?.count('compare_faces', decision.match ? 'MATCH' : 'NO_MATCH', '');
  return {
    score,
    match: decision.match,
    threshold: decision.threshold,
    target_fmr: decision.targetFmr,
    faces: [a.info, b.info],
  };
}

export async function extractFaceTemplate(
  deps: AppDeps,
  req: ExtractFaceTemplateRequest,
  ctx: CallContext,
): Promise<ExtractFaceTemplateResponse> {
  if (!present(req.image)) throw invalidArgument('MISSING_FIELD', 'image is required', 'image');
  const image = req.image;
  checkImageSize(deps, image, 'image');
  const extraction = await forField('image', () => deps.pool.extractFace(image, ctx.deadlineMs));
  return {
    template: extraction.template,
    template_version: `face-v${currentFaceTemplateVersion}`,
    face: faceInfoOf(extraction),
    other_faces: extraction.otherFaces.map((f) => f.box),
  };
}
