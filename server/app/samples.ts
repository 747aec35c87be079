// Turns the samples of a request (images or templates) into templates: images go through the worker pool,
// templates are validated here. Every error names the request field it came from.
import type { FoundFace } from '../../engine/decision/index.ts';
import { portraitCaptureReasons } from '../../engine/decision/policy.ts';
import { decodedFaceTemplate, type DetectedFace, type FaceExtraction } from '../../engine/face/index.ts';
import { InputError } from '../../engine/errors.ts';
import { DeadlineExpiredError, PoolOverloadedError } from '../../engine/pool/index.ts';
import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import { AppError, invalidArgument } from '../errors.ts';
import type { CallContext } from './context.ts';
import type { AppDeps } from './deps.ts';

type FaceSample = sinhtrac.v1.FaceSample.$Properties;
type FaceInfo = sinhtrac.v1.FaceInfo.$Properties;

export function present(bytes: Uint8Array | null | undefined): bytes is Uint8Array {
  return bytes != null && bytes.byteLength > 0;
}

/** Runs engine work, giving its InputErrors the request field and its pool errors a transport status. */
export async function forField<T>(field: string, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (err) {
    // The engine names fields of its own input (image, dpi); place them under the request's path.
    if (err instanceof InputError) {
      const parent = field.includes('.') ? field.slice(0, field.lastIndexOf('.')) : '';
      throw new AppError(
        'INVALID_ARGUMENT',
        err.code,
        err.message,
        err.field ? fieldPath(parent, err.field) : field,
      );
    }
    if (err instanceof PoolOverloadedError)
      throw new AppError('RESOURCE_EXHAUSTED', 'OVERLOADED', err.message);
    if (err instanceof DeadlineExpiredError)
      throw new AppError('DEADLINE_EXCEEDED', 'DEADLINE_EXCEEDED', err.message);
    throw err;
  }
}

/** `a` + `image` -> `a.image`; a top-level field has no prefix. */
export function fieldPath(prefix: string, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}

export function checkImageSize(deps: AppDeps, bytes: Uint8Array, field: string): void {
  if (bytes.byteLength > deps.config.maxImageBytes) {
    throw invalidArgument(
      'IMAGE_TOO_LARGE',
      `image is ${bytes.byteLength} bytes; the limit is ${deps.config.maxImageBytes}`,
      field,
    );
  }
}

/** The faces of an extraction as the single-face rule (engine/decision/multiple-faces.ts) reads them. */
export function foundFacesOf(extraction: FaceExtraction): { subject: FoundFace; others: FoundFace[] } {
  const found = (f: DetectedFace): FoundFace => ({
    width: f.box.width,
    height: f.box.height,
    confidence: f.confidence,
  });
  return { subject: found(extraction.face), others: extraction.otherFaces.map(found) };
}

export function faceInfoOf(extraction: FaceExtraction): FaceInfo {
  const q = extraction.quality;
  return {
    box: extraction.face.box,
    confidence: extraction.face.confidence,
    landmarks: extraction.face.landmarks,
    faces_detected: extraction.faceCount,
    from_template: false,
    rotation_degrees: extraction.rotationDegrees,
    capture_reasons: portraitCaptureReasons(foundFacesOf(extraction)),
    quality: {
      face_height_px: q.faceHeightPx,
      inter_eye_distance_px: q.interEyeDistancePx,
      detector_confidence: q.detectorConfidence,
      yaw_deg: q.yawDeg,
      roll_deg: q.rollDeg,
      sharpness: q.sharpness,
      brightness: q.brightness,
      contrast: q.contrast,
    },
  };
}

export interface FaceTemplateOf {
  template: Uint8Array;
  info: FaceInfo;
  extraction?: FaceExtraction;
}

/** A face template from a sample that carries either a portrait or a template. */
export async function faceTemplateOf(
  deps: AppDeps,
  sample: FaceSample | null | undefined,
  field: string,
  ctx: CallContext,
): Promise<FaceTemplateOf> {
  if (present(sample?.template)) {
    const template = sample.template;
    await forField(`${field}.template`, () => decodedFaceTemplate(template));
    return { template, info: { from_template: true } };
  }
  if (present(sample?.image)) {
    const image = sample.image;
    checkImageSize(deps, image, `${field}.image`);
    const extraction = await forField(`${field}.image`, () => deps.pool.extractFace(image, ctx.deadlineMs));
    return { template: extraction.template, info: faceInfoOf(extraction), extraction };
  }
  throw invalidArgument('MISSING_FIELD', `${field} needs an image or a template`, field);
}
