import ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { faceApiOnTfjsCpu } from './face-api-tfjs.ts';
import { tfjsGraphOnnx } from './tfjs-graph.ts';

/** Deterministic values in [-1, 1) (an LCG), so the test graphs are the same on every run. */
function uniforms(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  };
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

/** A tfjs graph model (model.json fields and weights) written node by node, as tfjs's converter writes them. */
class GraphModelWriter {
  readonly nodes: object[] = [];
  readonly specs: Array<{ name: string; shape: number[]; dtype: string }> = [];
  private readonly chunks: Buffer[] = [];
  private readonly random = uniforms(7);

  constructor(inputShape: number[]) {
    const dim = inputShape.map((size) => ({ size: String(size) }));
    this.nodes.push({
      name: 'input',
      op: 'Placeholder',
      attr: { dtype: { type: 'DT_FLOAT' }, shape: { shape: { dim } } },
    });
  }

  constant(name: string, shape: number[], values?: number[], dtype: 'float32' | 'int32' = 'float32'): string {
    const count = shape.reduce((p, q) => p * q, 1);
    const v = values ?? Array.from({ length: count }, () => this.random() * 0.5);
    const bytes =
      dtype === 'int32' ? Buffer.from(Int32Array.from(v).buffer) : Buffer.from(Float32Array.from(v).buffer);
    this.chunks.push(bytes);
    this.specs.push({ name, shape, dtype });
    const type = dtype === 'int32' ? 'DT_INT32' : 'DT_FLOAT';
    const dim = shape.map((size) => ({ size: String(size) }));
    this.nodes.push({
      name,
      op: 'Const',
      attr: { dtype: { type }, value: { tensor: { dtype: type, tensorShape: { dim } } } },
    });
    return name;
  }

  op(name: string, op: string, input: string[], attr: Record<string, object> = {}): string {
    this.nodes.push({ name, op, input, attr });
    return name;
  }

  conv(
    name: string,
    op: string,
    input: string[],
    fused: string[],
    strides: number,
    padding: 'SAME' | 'VALID',
  ): string {
    return this.op(name, op, input, {
      strides: { list: { i: ['1', String(strides), String(strides), '1'] } },
      dilations: { list: { i: ['1', '1', '1', '1'] } },
      padding: { s: b64(padding) },
      data_format: { s: b64('NHWC') },
      ...(fused.length > 0 ? { fused_ops: { list: { s: fused.map(b64) } }, num_args: { i: '1' } } : {}),
    });
  }

  modelJson(): {
    modelTopology: { node: object[]; library: object; versions: object };
    weightsManifest: object[];
  } {
    return {
      modelTopology: { node: this.nodes, library: {}, versions: {} },
      weightsManifest: [{ paths: ['w.bin'], weights: this.specs }],
    };
  }

  weights(): Uint8Array {
    return new Uint8Array(Buffer.concat(this.chunks));
  }
}

/** tfjs's own graph executor (bundled in @vladmandic/face-api, CPU backend) on an NHWC input. */
async function tfjsOutput(writer: GraphModelWriter, output: string, nhwc: Float32Array, shape: number[]) {
  const tf = (await faceApiOnTfjsCpu()).tf;
  const weights = writer.weights();
  const model = await tf.loadGraphModel(
    tf.io.fromMemory({
      modelTopology: writer.modelJson().modelTopology,
      weightSpecs: writer.specs,
      weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
    }),
  );
  return Float32Array.from(model.execute(tf.tensor4d(nhwc, shape), output).dataSync() as Float32Array);
}

async function onnxOutput(model: Uint8Array, nhwc: Float32Array, [, h, w, c]: number[]) {
  const nchw = new Float32Array(nhwc.length);
  for (let p = 0; p < h! * w!; p++) for (let k = 0; k < c!; k++) nchw[k * h! * w! + p] = nhwc[p * c! + k]!;
  const session = await ort.InferenceSession.create(model);
  const out = await session.run({ input: new ort.Tensor('float32', nchw, [1, c!, h!, w!]) });
  await session.release();
  return out['output']!.data as Float32Array;
}

async function expectParity(writer: GraphModelWriter, output: string, shape: number[]) {
  const random = uniforms(11);
  const input = Float32Array.from({ length: shape.reduce((p, q) => p * q, 1) }, () => random());
  const model = tfjsGraphOnnx(writer.modelJson(), writer.weights(), {
    output,
    inputHwc: shape.slice(1) as [number, number, number],
    producer: 'test',
    docString: 'test',
  });
  const reference = await tfjsOutput(writer, output, input, shape);
  const ours = await onnxOutput(model, input, shape);
  expect(ours).toHaveLength(reference.length);
  const scale = Math.max(...reference.map(Math.abs));
  expect(scale).toBeGreaterThan(0);
  for (let i = 0; i < reference.length; i++)
    expect(Math.abs(ours[i]! - reference[i]!)).toBeLessThan(1e-5 * scale);
}

describe('tfjs graph model -> ONNX', () => {
  it("gives tfjs's output for fused convs, depthwise, PReLU arithmetic, pad, reshape, matmul, L2 norm", async () => {
    const m = new GraphModelWriter([1, 10, 10, 3]);
    // SAME with stride 2 on an even side: TensorFlow pads only the end.
    const c1 = m.conv(
      'c1',
      '_FusedConv2D',
      ['input', m.constant('w1', [3, 3, 3, 8]), m.constant('b1', [8])],
      ['BiasAdd'],
      2,
      'SAME',
    );
    // PReLU as tfjs graphs spell it: relu(x) + alpha * (x - |x|).
    const relu = m.op('relu', 'Relu', [c1]);
    const negative = m.op('neg', 'Sub', [c1, m.op('abs', 'Abs', [c1])]);
    const prelu = m.op('prelu', 'Add', [relu, m.op('scaled', 'Mul', [negative, m.constant('alpha', [8])])]);
    const d1 = m.conv(
      'd1',
      'FusedDepthwiseConv2dNative',
      [prelu, m.constant('dw', [3, 3, 8, 2]), m.constant('db', [16])],
      ['BiasAdd', 'Relu'],
      1,
      'SAME',
    );
    const padded = m.op('pad', 'Pad', [
      d1,
      m.constant('paddings', [4, 2], [0, 0, 1, 0, 0, 1, 0, 0], 'int32'),
    ]);
    const c2 = m.conv('c2', 'Conv2D', [padded, m.constant('w2', [2, 2, 16, 4])], [], 2, 'VALID');
    const clipped = m.op('min', 'Minimum', [
      m.op('max', 'Maximum', [c2, m.constant('lo', [], [-0.05])]),
      m.constant('hi', [4]),
    ]);
    const flat = m.op('flat', 'Reshape', [clipped, m.constant('flat_shape', [2], [-1, 36], 'int32')]);
    const fc = m.op('fc', '_FusedMatMul', [flat, m.constant('k', [36, 6]), m.constant('kb', [6])], {
      fused_ops: { list: { s: [b64('BiasAdd')] } },
      num_args: { i: '1' },
      transpose_a: { b: false },
      transpose_b: { b: false },
    });
    const sum = m.op('sum', 'Sum', [m.op('sq', 'Square', [fc]), m.constant('axes', [], [1], 'int32')], {
      keep_dims: { b: true },
    });
    const inverse = m.op('rsqrt', 'Rsqrt', [m.op('floor', 'Maximum', [sum, m.constant('eps', [], [1e-10])])]);
    m.op('embedding', 'Mul', [fc, inverse]);
    await expectParity(m, 'embedding', [1, 10, 10, 3]);
  });

  it("gives tfjs's output for a global mean pool and squeeze, leaving out nodes the output does not need", async () => {
    const m = new GraphModelWriter([1, 7, 7, 4]);
    const c = m.conv('c', 'DepthwiseConv2dNative', ['input', m.constant('dw', [3, 3, 4, 1])], [], 1, 'VALID');
    const pooled = m.op('mean', 'Mean', [c, m.constant('hw', [2], [1, 2], 'int32')], {
      keep_dims: { b: true },
    });
    m.op('squeezed', 'Squeeze', [pooled], { squeeze_dims: { list: { i: ['1', '2'] } } });
    m.op('unused', 'Softmax', ['squeezed']);
    await expectParity(m, 'squeezed', [1, 7, 7, 4]);
  });
});
