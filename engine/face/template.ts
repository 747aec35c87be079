import { InputError } from '../errors.ts';
import type { DecodedFaceTemplate, FaceEmbedding } from './template-types.ts';
import { decodeFaceTemplateV1, faceTemplateMagic, faceTemplateV1 } from './template-v1.ts';
import { decodeFaceTemplateV2, encodeFaceTemplateV2, faceTemplateV2 } from './template-v2.ts';

export type { DecodedFaceTemplate, FaceEmbedding } from './template-types.ts';

/** Templates are always written in the current version; older versions stay readable. */
export const currentFaceTemplateVersion = faceTemplateV2;

export function encodeFaceTemplate(embeddings: readonly FaceEmbedding[]): Uint8Array {
  return encodeFaceTemplateV2(embeddings);
}

/** Reads any supported version; anything else is refused with a reason. */
export function decodeFaceTemplate(bytes: Uint8Array): DecodedFaceTemplate {
  if (bytes.byteLength < 5 || faceTemplateMagic.some((b, i) => bytes[i] !== b)) {
    throw new InputError('INVALID_TEMPLATE', 'bytes are not a sinhtrac face template', 'template');
  }
  const version = bytes[4]!;
  switch (version) {
    case faceTemplateV1:
      return decodeFaceTemplateV1(bytes);
    case faceTemplateV2:
      return decodeFaceTemplateV2(bytes);
    default:
      throw new InputError(
        'UNSUPPORTED_TEMPLATE_VERSION',
        `face template version ${version} is not supported (this engine reads ${faceTemplateV1}-${currentFaceTemplateVersion})`,
        'template',
      );
  }
}

/** Decoded forms keyed by the template bytes object: a stored record's template is decoded once while the record
 * cache keeps it, a probe once per request (validation and comparison share it). */
const decodedCache = new WeakMap<Uint8Array, DecodedFaceTemplate>();

/** decodeFaceTemplate, once per bytes object (template bytes are never written after they are made). */
export function decodedFaceTemplate(bytes: Uint8Array): DecodedFaceTemplate {
  let decoded = decodedCache.get(bytes);
  if (decoded === undefined) {
    decoded = decodeFaceTemplate(bytes);
    decodedCache.set(bytes, decoded);
  }
  return decoded;
}

/** "face-v<format version>/model-<ids>", e.g. face-v2/model-1+2: what a record stores beside the template. */
export function faceTemplateVersionLabel(bytes: Uint8Array): string {
  const t = decodedFaceTemplate(bytes);
  return `face-v${t.version}/model-${t.embeddings.map((e) => e.modelId).join('+')}`;
}
