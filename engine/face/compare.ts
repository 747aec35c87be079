import { InputError } from '../errors.ts';
import { decodeFaceTemplate } from './template.ts';

/** Cosine similarity in [-1, 1]. */
export function cosineSimilarity(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Score of two face templates. Scores of different embedding models live in different spaces, so such a pair is
 * refused rather than given a meaningless number.
 */
export function compareFaceTemplates(a: Uint8Array, b: Uint8Array, expectedModelId?: number): number {
  const ta = decodeFaceTemplate(a);
  const tb = decodeFaceTemplate(b);
  if (ta.modelId !== tb.modelId || (expectedModelId !== undefined && ta.modelId !== expectedModelId)) {
    throw new InputError(
      'INVALID_TEMPLATE',
      `face templates come from different models (${ta.modelId} vs ${tb.modelId}${
        expectedModelId === undefined ? '' : `, engine uses ${expectedModelId}`
      })`,
      'template',
    );
  }
  if (ta.embedding.length !== tb.embedding.length) {
    throw new InputError('INVALID_TEMPLATE', 'face templates have different dimensions', 'template');
  }
  return cosineSimilarity(ta.embedding, tb.embedding);
}
