/**
 * Reads a TensorFlow.js weights manifest and its binary shard(s) into named float32 tensors, dequantising the
 * uint8/uint16 affine quantisation tfjs uses (value = q * scale + min).
 */
export interface TfjsWeightSpec {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: { dtype: string; scale: number; min: number };
}

export interface NamedTensor {
  shape: number[];
  values: Float32Array;
}

export function decodeTfjsWeights(
  specs: readonly TfjsWeightSpec[],
  data: Uint8Array,
): Map<string, NamedTensor> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tensors = new Map<string, NamedTensor>();
  let offset = 0;
  for (const spec of specs) {
    if (spec.dtype !== 'float32') throw new Error(`tfjs weights: ${spec.name} has dtype ${spec.dtype}`);
    const count = spec.shape.reduce((p, q) => p * q, 1);
    const values = new Float32Array(count);
    const q = spec.quantization;
    const bytesPerValue = q === undefined ? 4 : q.dtype === 'uint8' ? 1 : q.dtype === 'uint16' ? 2 : 0;
    if (bytesPerValue === 0) throw new Error(`tfjs weights: ${spec.name} has quantization ${q?.dtype}`);
    if (offset + count * bytesPerValue > data.byteLength) {
      throw new Error(`tfjs weights: data ends inside ${spec.name}`);
    }
    for (let i = 0; i < count; i++) {
      const at = offset + i * bytesPerValue;
      if (q === undefined) values[i] = view.getFloat32(at, true);
      else values[i] = (bytesPerValue === 1 ? view.getUint8(at) : view.getUint16(at, true)) * q.scale + q.min;
    }
    offset += count * bytesPerValue;
    tensors.set(spec.name, { shape: spec.shape, values });
  }
  if (offset !== data.byteLength) {
    throw new Error(`tfjs weights: ${data.byteLength - offset} bytes left after the last tensor`);
  }
  return tensors;
}
