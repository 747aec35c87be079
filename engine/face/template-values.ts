import { InputError } from '../errors.ts';

/**
 * Bounds on a decoded face template's quantisation scale. Embeddings are unit vectors, so a real scale is at most
 * 1/127 and at least 1/(127 * sqrt(dimension)); the bounds are far wider, but keep every value, its square and
 * the sums of a cosine finite (a scale of 1e38 made int8 * scale overflow f32 to Infinity and the score NaN).
 */
export const minFaceTemplateScale = 1e-12;
export const maxFaceTemplateScale = 1;

/** Refuses a scale that is not finite or outside the bounds, naming the embedding (1-based) in the message. */
export function checkFaceTemplateScale(scale: number, what: string): void {
  if (!Number.isFinite(scale) || scale < minFaceTemplateScale || scale > maxFaceTemplateScale) {
    throw new InputError(
      'INVALID_TEMPLATE',
      `${what} has scale ${scale}; a face template scale must be finite and in [${minFaceTemplateScale}, ${maxFaceTemplateScale}]`,
      'template',
    );
  }
}

/** Refuses an embedding with a non-finite value or no non-zero one (it could only ever score 0 or NaN). */
export function checkFaceEmbeddingValues(embedding: Float32Array, what: string): void {
  let nonZero = false;
  for (let i = 0; i < embedding.length; i++) {
    const v = embedding[i]!;
    if (!Number.isFinite(v)) {
      throw new InputError('INVALID_TEMPLATE', `${what} holds a non-finite value at ${i}`, 'template');
    }
    if (v !== 0) nonZero = true;
  }
  if (!nonZero) throw new InputError('INVALID_TEMPLATE', `${what} is all zeros`, 'template');
}
