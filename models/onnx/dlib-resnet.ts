/**
 * dlib's face recognition ResNet (dlib_face_recognition_resnet_model_v1, 128-d), as shipped in tfjs form by
 * @vladmandic/face-api, rewritten as an ONNX graph. The layer structure follows face-api's faceRecognitionNet
 * (convLayer, residual, residualDown with its zero-padded shortcut); each conv's bias and the "scale" layer that
 * follows it are folded into the conv weights, since (conv(x, W) + b) * s + c = conv(x, W * s) + (b * s + c).
 * Input: [1, 3, 150, 150] NCHW RGB already normalised as (pixel - mean RGB) / 255; output: [1, 128], unnormalised.
 */
import type { NamedTensor, TfjsWeightSpec } from './tfjs-weights.ts';
import { decodeTfjsWeights } from './tfjs-weights.ts';
import { OnnxGraph } from './onnx-graph.ts';
import { dlibChipSidePx, dlibEmbeddingSize } from '../../engine/face/params.ts';

interface Activation {
  name: string;
  channels: number;
  side: number;
}

class DlibResnetBuilder {
  readonly graph = new OnnxGraph();
  constructor(private readonly weights: Map<string, NamedTensor>) {}

  private tensor(name: string): NamedTensor {
    const t = this.weights.get(name);
    if (t === undefined) throw new Error(`dlib resnet: weight ${name} is missing`);
    return t;
  }

  /** conv -> + bias -> * scale + shift, folded into one Conv; 'same' keeps the side (3x3, stride 1 only). */
  private conv(
    x: Activation,
    prefix: string,
    stride: 1 | 2,
    padding: 'same' | 'valid',
    relu: boolean,
  ): Activation {
    const filters = this.tensor(`${prefix}/conv/filters`);
    const bias = this.tensor(`${prefix}/conv/bias`).values;
    const scale = this.tensor(`${prefix}/scale/weights`).values;
    const shift = this.tensor(`${prefix}/scale/biases`).values;
    const [kh, kw, cin, cout] = filters.shape as [number, number, number, number];
    if (cin !== x.channels)
      throw new Error(`dlib resnet: ${prefix} expects ${cin} channels, has ${x.channels}`);
    if (padding === 'same' && (stride !== 1 || kh !== 3 || kw !== 3)) {
      throw new Error(`dlib resnet: ${prefix}: 'same' padding is only written for 3x3 stride 1`);
    }
    // tfjs HWIO -> ONNX OIHW, each output channel multiplied by its scale.
    const w = new Float32Array(cout * cin * kh * kw);
    for (let o = 0; o < cout; o++)
      for (let i = 0; i < cin; i++)
        for (let y = 0; y < kh; y++)
          for (let xx = 0; xx < kw; xx++)
            w[((o * cin + i) * kh + y) * kw + xx] =
              filters.values[((y * kw + xx) * cin + i) * cout + o]! * scale[o]!;
    const b = Float32Array.from({ length: cout }, (_, o) => bias[o]! * scale[o]! + shift[o]!);
    const pad = padding === 'same' ? 1 : 0;
    const out = this.graph.node(
      'Conv',
      [
        x.name,
        this.graph.floatConstant(`${prefix}/W`, [cout, cin, kh, kw], w),
        this.graph.floatConstant(`${prefix}/B`, [cout], b),
      ],
      `${prefix}/conv_out`,
      { kernel_shape: [kh, kw], strides: [stride, stride], pads: [pad, pad, pad, pad] },
    );
    const side = Math.floor((x.side + 2 * pad - kh) / stride) + 1;
    const name = relu ? this.graph.node('Relu', [out], `${prefix}/relu`) : out;
    return { name, channels: cout, side };
  }

  stem(input: Activation): Activation {
    const c = this.conv(input, 'conv32_down', 2, 'valid', true);
    const name = this.graph.node('MaxPool', [c.name], 'stem/maxpool', {
      kernel_shape: [3, 3],
      strides: [2, 2],
    });
    return { name, channels: c.channels, side: Math.floor((c.side - 3) / 2) + 1 };
  }

  residual(x: Activation, prefix: string): Activation {
    const a = this.conv(x, `${prefix}/conv1`, 1, 'same', true);
    const b = this.conv(a, `${prefix}/conv2`, 1, 'same', false);
    const sum = this.graph.node('Add', [b.name, x.name], `${prefix}/add`);
    return { ...b, name: this.graph.node('Relu', [sum], `${prefix}/out`) };
  }

  /**
   * Halves the side. The shortcut is a 2x2 average pool with zero channels appended; where the strided conv comes
   * out one pixel smaller than the pool (odd sides), face-api pads it with a zero row and column at the end.
   */
  residualDown(x: Activation, prefix: string): Activation {
    const a = this.conv(x, `${prefix}/conv1`, 2, 'valid', true);
    let b = this.conv(a, `${prefix}/conv2`, 1, 'same', false);
    const poolSide = Math.floor((x.side - 2) / 2) + 1;
    let shortcut = this.graph.node('AveragePool', [x.name], `${prefix}/pool`, {
      kernel_shape: [2, 2],
      strides: [2, 2],
    });
    if (b.side !== poolSide) {
      const grow = poolSide - b.side;
      if (grow !== 1) throw new Error(`dlib resnet: ${prefix}: conv side ${b.side} vs pool side ${poolSide}`);
      const pads = this.graph.int64Constant(`${prefix}/pads_hw`, [0, 0, 0, 0, 0, 0, grow, grow]);
      b = { ...b, name: this.graph.node('Pad', [b.name, pads], `${prefix}/pad_hw`), side: poolSide };
    }
    if (b.channels !== x.channels) {
      const pads = this.graph.int64Constant(`${prefix}/pads_c`, [
        0,
        0,
        0,
        0,
        0,
        b.channels - x.channels,
        0,
        0,
      ]);
      shortcut = this.graph.node('Pad', [shortcut, pads], `${prefix}/pad_c`);
    }
    const sum = this.graph.node('Add', [shortcut, b.name], `${prefix}/add`);
    return { ...b, name: this.graph.node('Relu', [sum], `${prefix}/out`) };
  }

  head(x: Activation): string {
    const pooled = this.graph.node('GlobalAveragePool', [x.name], 'head/avg');
    const flat = this.graph.node('Flatten', [pooled], 'head/flat', { axis: 1 });
    const fc = this.tensor('fc');
    if (fc.shape[0] !== x.channels || fc.shape[1] !== dlibEmbeddingSize) {
      throw new Error(`dlib resnet: fc has shape ${fc.shape.join('x')}`);
    }
    return this.graph.node('MatMul', [flat, this.graph.floatConstant('fc/W', fc.shape, fc.values)], 'output');
  }
}

/** The ONNX model bytes for face-api's face_recognition_model weights manifest (parsed JSON) and .bin. */
export function dlibResnetOnnx(weightsManifest: unknown, weightsBin: Uint8Array): Uint8Array {
  const groups = weightsManifest as Array<{ paths: string[]; weights: TfjsWeightSpec[] }>;
  if (!Array.isArray(groups) || groups.length !== 1 || groups[0]!.paths.length !== 1) {
    throw new Error('dlib resnet: expected one weight group in one file');
  }
  const builder = new DlibResnetBuilder(decodeTfjsWeights(groups[0]!.weights, weightsBin));
  let x = builder.stem({ name: 'input', channels: 3, side: dlibChipSidePx });
  for (const p of ['conv32_1', 'conv32_2', 'conv32_3']) x = builder.residual(x, p);
  x = builder.residualDown(x, 'conv64_down');
  for (const p of ['conv64_1', 'conv64_2', 'conv64_3']) x = builder.residual(x, p);
  x = builder.residualDown(x, 'conv128_down');
  for (const p of ['conv128_1', 'conv128_2']) x = builder.residual(x, p);
  x = builder.residualDown(x, 'conv256_down');
  for (const p of ['conv256_1', 'conv256_2']) x = builder.residual(x, p);
  x = builder.residualDown(x, 'conv256_down_out');
  const output = builder.head(x);
  return builder.graph.encode({
    input: { name: 'input', dims: [1, 3, dlibChipSidePx, dlibChipSidePx] },
    output: { name: output, dims: [1, dlibEmbeddingSize] },
    producer: 'sinhtrac models/onnx/dlib-resnet.ts',
    docString:
      "dlib face recognition ResNet v1 (128-d) from @vladmandic/face-api's tfjs weights; input (RGB - mean) / 255",
  });
}
