/**
 * Reads a TensorFlow.js weights manifest and its binary shard(s) into named float32 tensors, dequantising the
 * uint8/uint16 affine quantisation tfjs uses (value = q * scale + min) and float16 storage. int32 tensors (graph
 * constants such as axes and shapes) are read as float32 too: their small values are exact.
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

/** IEEE 754 binary16 bits -> number. */
function halfToFloat(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 0x1f) return fraction === 0 ? sign * Infinity : Number.NaN;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

export function decodeTfjsWeights(
  specs: readonly TfjsWeightSpec[],
  data: Uint8Array,
): Map<string, NamedTensor> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tensors = new Map<string, NamedTensor>();
  let offset = 0;
  for (const spec of specs) {
    if (spec.dtype !== 'float32' && spec.dtype !== 'int32') {
      throw new Error(`tfjs weights: ${spec.name} has dtype ${spec.dtype}`);
    }
    const count = spec.shape.reduce((p, q) => p * q, 1);
    const values = new Float32Array(count);
    const q = spec.quantization;
    const storage = q === undefined ? spec.dtype : q.dtype;
    const bytesPerValue = { float32: 4, int32: 4, uint8: 1, uint16: 2, float16: 2 }[storage] ?? 0;
    if (bytesPerValue === 0 || (q !== undefined && spec.dtype !== 'float32')) {
      throw new Error(`tfjs weights: ${spec.name} has dtype ${spec.dtype}, quantization ${q?.dtype}`);
    }
    if (offset + count * bytesPerValue > data.byteLength) {
      throw new Error(`tfjs weights: data ends inside ${spec.name}`);
    }
    for (let i = 0; i < count; i++) {
      const at = offset + i * bytesPerValue;
      if (storage === 'float32') values[i] = view.getFloat32(at, true);
      else if (storage === 'int32') values[i] = view.getInt32(at, true);
      else if (storage === 'float16') values[i] = halfToFloat(view.getUint16(at, true));
      else
        values[i] = (bytesPerValue === 1 ? view.getUint8(at) : view.getUint16(at, true)) * q!.scale + q!.min;
    }
    offset += count * bytesPerValue;
    tensors.set(spec.name, { shape: spec.shape, values });
  }
  if (offset !== data.byteLength) {
    throw new Error(`tfjs weights: ${data.byteLength - offset} bytes left after the last tensor`);
  }
  return tensors;
}
