import { InputError } from '../errors.ts';
import type { DecodedFaceTemplate, FaceEmbedding } from './template-types.ts';
import { faceTemplateMagic } from './template-v1.ts';
import { checkFaceEmbeddingValues, checkFaceTemplateScale } from './template-values.ts';

/**
 * Face template v2: the embeddings of one face by several models (scores are fused across them), each quantised
 * to int8 with its own scale.
 *   0  4 bytes  magic "STFT" (sinhtrac face template)
 *   4  u8       format version = 2
 *   5  u8       number of embeddings n, 1..maxEmbeddings
 *   6  n sections, each:
 *        u8     model id (models/manifest.json template_model_id), unique within the template
 *        u8     reserved, 0
 *        u16 LE dimension
 *        f32 LE scale: value = int8 * scale
 *        int8[dimension]
 * A 512-d and a 128-d embedding take 662 bytes.
 */
export const faceTemplateV2 = 2;
const headerBytes = 6;
const sectionHeaderBytes = 8;
const maxEmbeddings = 8;
const int8Max = 127;

export function encodeFaceTemplateV2(embeddings: readonly FaceEmbedding[]): Uint8Array {
  if (embeddings.length < 1 || embeddings.length > maxEmbeddings) {
    throw new Error(`face template v2 holds 1..${maxEmbeddings} embeddings, got ${embeddings.length}`);
  }
  if (new Set(embeddings.map((e) => e.modelId)).size !== embeddings.length) {
    throw new Error('face template v2: model ids must be unique');
  }
  const size = embeddings.reduce((n, e) => n + sectionHeaderBytes + e.embedding.length, headerBytes);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  bytes.set(faceTemplateMagic, 0);
  view.setUint8(4, faceTemplateV2);
  view.setUint8(5, embeddings.length);
  let at = headerBytes;
  for (const { modelId, embedding } of embeddings) {
    let maxAbs = 0;
    for (let i = 0; i < embedding.length; i++) maxAbs = Math.max(maxAbs, Math.abs(embedding[i]!));
    const scale = maxAbs > 0 ? maxAbs / int8Max : 1;
    view.setUint8(at, modelId);
    view.setUint16(at + 2, embedding.length, true);
    view.setFloat32(at + 4, scale, true);
    at += sectionHeaderBytes;
    for (let i = 0; i < embedding.length; i++) view.setInt8(at + i, Math.round(embedding[i]! / scale));
    at += embedding.length;
  }
  return bytes;
}

function invalid(why: string): never {
  throw new InputError('INVALID_TEMPLATE', `face template v2 ${why}`, 'template');
}

/** Caller has checked magic and version; this checks everything else. */
export function decodeFaceTemplateV2(bytes: Uint8Array): DecodedFaceTemplate {
  if (bytes.byteLength < headerBytes) invalid('is shorter than its header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint8(5);
  if (count < 1 || count > maxEmbeddings) invalid(`declares ${count} embeddings`);
  const embeddings: FaceEmbedding[] = [];
  let at = headerBytes;
  for (let k = 0; k < count; k++) {
    if (at + sectionHeaderBytes > bytes.byteLength) invalid(`ends inside embedding ${k + 1} of ${count}`);
    const modelId = view.getUint8(at);
    const dimension = view.getUint16(at + 2, true);
    const scale = view.getFloat32(at + 4, true);
    at += sectionHeaderBytes;
    if (dimension === 0) invalid(`has an empty embedding ${k + 1}`);
    checkFaceTemplateScale(scale, `face template v2 embedding ${k + 1}`);
    if (at + dimension > bytes.byteLength) invalid(`ends inside embedding ${k + 1} of ${count}`);
    if (embeddings.some((e) => e.modelId === modelId)) invalid(`holds model ${modelId} twice`);
    const embedding = new Float32Array(dimension);
    for (let i = 0; i < dimension; i++) embedding[i] = view.getInt8(at + i) * scale;
    checkFaceEmbeddingValues(embedding, `face template v2 embedding ${k + 1}`);
    at += dimension;
    embeddings.push({ modelId, embedding });
  }
  if (at !== bytes.byteLength) invalid(`has ${bytes.byteLength - at} bytes after its last embedding`);
  const first = embeddings[0]!;
  return { version: faceTemplateV2, embeddings, modelId: first.modelId, embedding: first.embedding };
}
