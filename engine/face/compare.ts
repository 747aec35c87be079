import { InputError } from '../errors.ts';
import type { FaceScoreFusion } from './score-fusion.ts';
import { fuseFaceScores, loadFaceScoreFusion } from './score-fusion.ts';
import type { DecodedFaceTemplate } from './template-types.ts';
import { decodedFaceTemplate } from './template.ts';

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

function embeddingOf(t: DecodedFaceTemplate, modelId: number, side: 'a' | 'b'): Float32Array {
  const e = t.embeddings.find((x) => x.modelId === modelId);
  if (e === undefined) {
    const has = t.embeddings.map((x) => x.modelId).join('+');
    throw new InputError(
      'INVALID_TEMPLATE',
      `face template ${side} (v${t.version}, model ${has}) has no embedding of model ${modelId}, which this ` +
        'engine scores with: it was made by an older engine; extract it again from a portrait',
      'template',
    );
  }
  return e.embedding;
}

/** Each model's cosine score of two face templates, for the models the fusion rule uses. */
export function faceCosines(
  a: Uint8Array,
  b: Uint8Array,
  fusion: FaceScoreFusion = loadFaceScoreFusion(),
): Map<number, number> {
  const ta = decodedFaceTemplate(a);
  const tb = decodedFaceTemplate(b);
  const cosines = new Map<number, number>();
  for (const { model_id: id } of fusion.models) {
    const ea = embeddingOf(ta, id, 'a');
    const eb = embeddingOf(tb, id, 'b');
    if (ea.length !== eb.length) {
      throw new InputError(
        'INVALID_TEMPLATE',
        `face templates have different dimensions for model ${id}`,
        'template',
      );
    }
    cosines.set(id, cosineSimilarity(ea, eb));
  }
  return cosines;
}

/**
 * Score of two face templates: each model's cosine, fused (models/face-score-fusion.json). Scores of different
 * embedding models live in different spaces, so a template lacking a model the rule needs is refused rather than
 * given a meaningless number.
 */
export function compareFaceTemplates(a: Uint8Array, b: Uint8Array): number {
  const fusion = loadFaceScoreFusion();
  return fuseFaceScores(faceCosines(a, b, fusion), fusion);
}
