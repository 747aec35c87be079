import { InputError } from '../errors.ts';
import type { DecodedFaceTemplate } from './template-v1.ts';
import {
  decodeFaceTemplateV1,
  encodeFaceTemplateV1,
  faceTemplateMagic,
  faceTemplateV1,
} from './template-v1.ts';

export type { DecodedFaceTemplate } from './template-v1.ts';

/** Templates are always written in the current version. */
export const currentFaceTemplateVersion = faceTemplateV1;

export function encodeFaceTemplate(embedding: Float32Array, modelId: number): Uint8Array {
  return encodeFaceTemplateV1(embedding, modelId);
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
    default:
      throw new InputError(
        'UNSUPPORTED_TEMPLATE_VERSION',
        `face template version ${version} is not supported (this engine reads ${currentFaceTemplateVersion})`,
        'template',
      );
  }
}
