import { InputError } from '../errors.ts';
import type { DecodedFaceTemplate } from './template-types.ts';
import { checkFaceEmbeddingValues, checkFaceTemplateScale } from './template-values.ts';

/**
 * Face template v1: 12-byte header then the embedding quantised to int8 with one per-template scale.
 *   0  4 bytes  magic "STFT" (sinhtrac face template)
 *   4  u8       format version = 1
 *   5  u8       model id (models/manifest.json template_model_id)
 *   6  u16 LE   dimension
 *   8  f32 LE   scale: value = int8 * scale
 *  12  int8[dimension]
 * A unit 512-d embedding takes 524 bytes.
 */
export const faceTemplateMagic = [0x53, 0x54, 0x46, 0x54] as const;
export const faceTemplateV1 = 1;
export const faceTemplateV1HeaderBytes = 12;
const int8Max = 127;

export function encodeFaceTemplateV1(embedding: Float32Array, modelId: number): Uint8Array {
  let maxAbs = 0;
  for (let i = 0; i < embedding.length; i++) maxAbs = Math.max(maxAbs, Math.abs(embedding[i]!));
  const scale = maxAbs > 0 ? maxAbs / int8Max : 1;
  const bytes = new Uint8Array(faceTemplateV1HeaderBytes + embedding.length);
  const view = new DataView(bytes.buffer);
  bytes.set(faceTemplateMagic, 0);
  view.setUint8(4, faceTemplateV1);
  view.setUint8(5, modelId);
  view.setUint16(6, embedding.length, true);
  view.setFloat32(8, scale, true);
  for (let i = 0; i < embedding.length; i++) {
    view.setInt8(faceTemplateV1HeaderBytes + i, Math.round(embedding[i]! / scale));
  }
  return bytes;
}

/** Caller has checked magic and version; this checks everything else. */
export function decodeFaceTemplateV1(bytes: Uint8Array): DecodedFaceTemplate {
  if (bytes.byteLength < faceTemplateV1HeaderBytes) {
    throw new InputError('INVALID_TEMPLATE', 'face template v1 is shorter than its header', 'template');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const modelId = view.getUint8(5);
  const dimension = view.getUint16(6, true);
  const scale = view.getFloat32(8, true);
  if (bytes.byteLength !== faceTemplateV1HeaderBytes + dimension) {
    throw new InputError(
      'INVALID_TEMPLATE',
      `face template v1 declares ${dimension} values but holds ${bytes.byteLength - faceTemplateV1HeaderBytes}`,
      'template',
    );
  }
  if (dimension === 0)
    throw new InputError('INVALID_TEMPLATE', 'face template v1 has an empty embedding', 'template');
  checkFaceTemplateScale(scale, 'face template v1');
  const embedding = new Float32Array(dimension);
  for (let i = 0; i < dimension; i++) embedding[i] = view.getInt8(faceTemplateV1HeaderBytes + i) * scale;
  checkFaceEmbeddingValues(embedding, 'face template v1');
  return { version: faceTemplateV1, embeddings: [{ modelId, embedding }], modelId, embedding };
}
