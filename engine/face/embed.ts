import type { InferenceSession } from 'onnxruntime-node';
import ort from 'onnxruntime-node';
import { borrowFloats, giveBackFloats } from './scratch.ts';

/** How an embedding model wants its aligned face: square side and per-channel (value - mean) / scale. */
export interface EmbeddingInputSpec {
  sidePx: number;
  meanRgb: readonly [number, number, number];
  scale: number;
}

/** HWC RGB 0..255 -> NCHW normalised, optionally mirrored left-right; borrowed (scratch.ts). */
function embeddingInput(aligned: Float32Array, spec: EmbeddingInputSpec, mirrored: boolean): Float32Array {
  const side = spec.sidePx;
  const plane = side * side;
  const [mr, mg, mb] = spec.meanRgb;
  const k = 1 / spec.scale;
  const input = borrowFloats(3 * plane);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const srcX = mirrored ? side - 1 - x : x;
      const s = (y * side + srcX) * 3;
      const d = y * side + x;
      input[d] = (aligned[s]! - mr) * k;
      input[plane + d] = (aligned[s + 1]! - mg) * k;
      input[2 * plane + d] = (aligned[s + 2]! - mb) * k;
    }
  }
  return input;
}

export function l2Normalise(v: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]! * v[i]!;
  const norm = Math.sqrt(sum);
  if (!(norm > 0)) throw new Error('embedding has zero norm');
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i]! / norm;
  return out;
}

async function runEmbedding(
  session: InferenceSession,
  input: Float32Array,
  side: number,
): Promise<Float32Array> {
  const out = await session.run({ input: new ort.Tensor('float32', input, [1, 3, side, side]) });
  giveBackFloats(input);
  return new Float32Array(out[session.outputNames[0]!]!.data as Float32Array);
}

/**
 * Length of the unnormalised embedding of an aligned face: ArcFace-style models give a face they were trained on
 * (upright, frontal) a long one and anything else a short one (LFW: upright >= 2.4, turned faces <= 3.2, median
 * 3.5 against 1.7-2.1); orientation.ts breaks ties with it.
 */
export async function embeddingLength(
  session: InferenceSession,
  spec: EmbeddingInputSpec,
  aligned: Float32Array,
): Promise<number> {
  const raw = await runEmbedding(session, embeddingInput(aligned, spec, false), spec.sidePx);
  let sum = 0;
  for (let i = 0; i < raw.length; i++) sum += raw[i]! * raw[i]!;
  return Math.sqrt(sum);
}

/**
 * L2-normalised embedding of an aligned face. With `flip`, the embedding of the mirrored face is added before
 * normalising (test-time augmentation: costs a second model run).
 */
export async function embedFace(
  session: InferenceSession,
  spec: EmbeddingInputSpec,
  aligned: Float32Array,
  flip: boolean,
): Promise<Float32Array> {
  const plain = await runEmbedding(session, embeddingInput(aligned, spec, false), spec.sidePx);
  if (!flip) return l2Normalise(plain);
  const mirrored = await runEmbedding(session, embeddingInput(aligned, spec, true), spec.sidePx);
  const a = l2Normalise(plain);
  const b = l2Normalise(mirrored);
  for (let i = 0; i < a.length; i++) a[i] = a[i]! + b[i]!;
  return l2Normalise(a);
}
