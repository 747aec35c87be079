/**
 * A TensorFlow.js graph model (model.json: a TensorFlow GraphDef as JSON, and its weights) rewritten as an ONNX
 * graph, node for node, for the ops face embedding graphs use: convolutions (plain, depthwise, with tfjs's fused
 * bias and activation), element-wise arithmetic, padding, reductions, squeeze, reshape and matmul. Only the nodes
 * the requested output depends on are written (age and gender heads of a shared trunk are left out).
 * tfjs runs NHWC; ONNX convolutions run NCHW. 4-d activations are kept NCHW throughout, and every axis, constant
 * and padding that touches them is permuted to match, so the ONNX input is [1, C, H, W] and a Transpose is only
 * written around a Reshape (which orders elements as NHWC does).
 */
import type { NamedTensor, TfjsWeightSpec } from './tfjs-weights.ts';
import { decodeTfjsWeights } from './tfjs-weights.ts';
import { OnnxGraph } from './onnx-graph.ts';

interface TfjsNode {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, TfjsAttr>;
}

interface TfjsAttr {
  s?: string;
  i?: string;
  b?: boolean;
  f?: number;
  list?: { s?: string[]; i?: string[] };
}

interface TfjsGraphModel {
  modelTopology: { node: TfjsNode[] };
  weightsManifest: Array<{ paths: string[]; weights: TfjsWeightSpec[] }>;
}

/** An activation: its ONNX tensor and its TensorFlow (NHWC) shape; `nchw` when it is 4-d and stored NCHW. */
interface Activation {
  onnx: string;
  shape: number[];
  nchw: boolean;
}

/** Where NHWC axis a of a 4-d tensor is in NCHW. */
const nchwAxisOf = [0, 2, 3, 1] as const;

export interface TfjsGraphOnnxOptions {
  /** The graph's output node (for example 'embeddings'). */
  output: string;
  /** Input height, width and channels (the placeholder's batch and unknown sizes are fixed to these, batch 1). */
  inputHwc: [number, number, number];
  producer: string;
  docString: string;
}

function attrString(node: TfjsNode, name: string): string | undefined {
  const s = node.attr?.[name]?.s;
  return s === undefined ? undefined : Buffer.from(s, 'base64').toString('latin1');
}

function attrInts(node: TfjsNode, name: string): number[] | undefined {
  return node.attr?.[name]?.list?.i?.map(Number);
}

function attrStrings(node: TfjsNode, name: string): string[] {
  return (node.attr?.[name]?.list?.s ?? []).map((s) => Buffer.from(s, 'base64').toString('latin1'));
}

/** numpy broadcasting of two shapes. */
function broadcastShape(a: readonly number[], b: readonly number[]): number[] {
  const rank = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const x = a[a.length - rank + i] ?? 1;
    const y = b[b.length - rank + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) throw new Error(`tfjs graph: shapes ${a} and ${b} do not broadcast`);
    out.push(Math.max(x, y));
  }
  return out;
}

class TfjsGraphTranslator {
  readonly graph = new OnnxGraph();
  private readonly nodes = new Map<string, TfjsNode>();
  private readonly done = new Map<string, Activation>();
  private readonly constantNames = new Map<string, string>();

  constructor(
    topology: TfjsNode[],
    private readonly weights: Map<string, NamedTensor>,
    private readonly inputHwc: [number, number, number],
  ) {
    for (const n of topology) this.nodes.set(n.name, n);
  }

  private node(name: string): TfjsNode {
    const n = this.nodes.get(name.replace(/:0$/, ''));
    if (n === undefined) throw new Error(`tfjs graph: no node ${name}`);
    if (/:\d+$/.test(name) && !name.endsWith(':0'))
      throw new Error(`tfjs graph: ${name}: only output 0 is read`);
    return n;
  }

  private isConstant(name: string): boolean {
    return this.node(name).op === 'Const';
  }

  /** A Const node's value (tfjs stores graph constants in the weights, by node name). */
  constant(name: string): NamedTensor {
    const n = this.node(name);
    if (n.op !== 'Const') throw new Error(`tfjs graph: ${name} is ${n.op}, expected a constant`);
    const t = this.weights.get(n.name);
    if (t === undefined) throw new Error(`tfjs graph: constant ${n.name} has no weights`);
    return t;
  }

  private onnxConstant(key: string, dims: number[], values: Float32Array): string {
    const known = this.constantNames.get(key);
    if (known !== undefined) return known;
    const name = this.graph.floatConstant(key, dims, values);
    this.constantNames.set(key, name);
    return name;
  }

  /** A constant operand of an element-wise op, laid out like the activation it is combined with. */
  private broadcastConstant(name: string, nchw: boolean): { onnx: string; shape: number[] } {
    const t = this.constant(name);
    if (!nchw || t.shape.length === 0)
      return { onnx: this.onnxConstant(name, t.shape, t.values), shape: t.shape };
    if (t.shape.length > 4) throw new Error(`tfjs graph: ${name} has rank ${t.shape.length}`);
    const [n, h, w, c] = [...Array<number>(4 - t.shape.length).fill(1), ...t.shape] as [
      number,
      number,
      number,
      number,
    ];
    const values = new Float32Array(t.values.length);
    for (let a = 0; a < n; a++)
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++)
          for (let k = 0; k < c; k++)
            values[((a * c + k) * h + y) * w + x] = t.values[((a * h + y) * w + x) * c + k]!;
    return { onnx: this.onnxConstant(`${name}/nchw`, [n, c, h, w], values), shape: [n, h, w, c] };
  }

  /** The ONNX activation for a tfjs node output, translating what it depends on first. */
  activation(name: string): Activation {
    const n = this.node(name);
    const known = this.done.get(n.name);
    if (known !== undefined) return known;
    const out = this.translate(n);
    this.done.set(n.name, out);
    return out;
  }

  private translate(n: TfjsNode): Activation {
    const inputs = (n.input ?? []).filter((i) => !i.startsWith('^'));
    switch (n.op) {
      case 'Placeholder': {
        const [h, w, c] = this.inputHwc;
        return { onnx: 'input', shape: [1, h, w, c], nchw: true };
      }
      case 'Identity':
        return this.activation(inputs[0]!);
      case 'Conv2D':
      case '_FusedConv2D':
        return this.convolution(n, inputs, false);
      case 'DepthwiseConv2dNative':
      case 'FusedDepthwiseConv2dNative':
        return this.convolution(n, inputs, true);
      case 'Add':
      case 'AddV2':
        return this.binary(n, inputs, 'Add');
      case 'Sub':
        return this.binary(n, inputs, 'Sub');
      case 'Mul':
        return this.binary(n, inputs, 'Mul');
      case 'Maximum':
        return this.binary(n, inputs, 'Max');
      case 'Minimum':
        return this.binary(n, inputs, 'Min');
      case 'Relu':
      case 'Abs':
      case 'Sigmoid':
      case 'Sqrt': {
        const x = this.activation(inputs[0]!);
        return { ...x, onnx: this.graph.node(n.op, [x.onnx], n.name) };
      }
      case 'Square': {
        const x = this.activation(inputs[0]!);
        return { ...x, onnx: this.graph.node('Mul', [x.onnx, x.onnx], n.name) };
      }
      case 'Rsqrt': {
        const x = this.activation(inputs[0]!);
        const root = this.graph.node('Sqrt', [x.onnx], `${n.name}/sqrt`);
        return { ...x, onnx: this.graph.node('Reciprocal', [root], n.name) };
      }
      case 'Pad':
      case 'PadV2':
        return this.pad(n, inputs);
      case 'Sum':
      case 'Mean':
        return this.reduce(n, inputs);
      case 'Squeeze':
        return this.squeeze(n, inputs);
      case 'Reshape':
        return this.reshape(n, inputs);
      case 'MatMul':
      case '_FusedMatMul':
        return this.matmul(n, inputs);
      default:
        throw new Error(`tfjs graph: op ${n.op} (${n.name}) is not translated`);
    }
  }

  /** A tfjs fused activation applied to `x` (the ops tfjs fuses into convolutions and matmuls). */
  private activate(n: TfjsNode, x: string, fused: readonly string[], extra: string[]): string {
    let out = x;
    for (const op of fused) {
      if (op === 'BiasAdd') continue;
      if (op === 'Relu') out = this.graph.node('Relu', [out], `${n.name}/relu`);
      else if (op === 'Relu6') {
        const lo = this.onnxConstant('relu6/min', [], Float32Array.of(0));
        const hi = this.onnxConstant('relu6/max', [], Float32Array.of(6));
        out = this.graph.node('Clip', [out, lo, hi], `${n.name}/relu6`);
      } else if (op === 'Prelu') {
        const alpha = extra[1];
        if (alpha === undefined) throw new Error(`tfjs graph: ${n.name}: Prelu without alpha`);
        out = this.graph.node('PRelu', [out, this.broadcastConstant(alpha, true).onnx], `${n.name}/prelu`);
      } else throw new Error(`tfjs graph: ${n.name}: fused op ${op} is not translated`);
    }
    return out;
  }

  private convolution(n: TfjsNode, inputs: string[], depthwise: boolean): Activation {
    const x = this.activation(inputs[0]!);
    if (!x.nchw) throw new Error(`tfjs graph: ${n.name}: input is not 4-d`);
    const format = attrString(n, 'data_format') ?? 'NHWC';
    if (format !== 'NHWC') throw new Error(`tfjs graph: ${n.name}: data_format ${format}`);
    const filter = this.constant(inputs[1]!);
    const [kh, kw, cin, m] = filter.shape as [number, number, number, number];
    if (cin !== x.shape[3]) throw new Error(`tfjs graph: ${n.name}: filter expects ${cin} channels`);
    const cout = depthwise ? cin * m : m;
    // tfjs HWIO (depthwise: H W C multiplier) -> ONNX OIHW (depthwise: C*multiplier, 1, H, W).
    const weights = new Float32Array(kh * kw * cin * m);
    for (let y = 0; y < kh; y++)
      for (let xx = 0; xx < kw; xx++)
        for (let i = 0; i < cin; i++)
          for (let o = 0; o < m; o++) {
            const v = filter.values[((y * kw + xx) * cin + i) * m + o]!;
            if (depthwise) weights[((i * m + o) * kh + y) * kw + xx] = v;
            else weights[((o * cin + i) * kh + y) * kw + xx] = v;
          }
    const [sh, sw] = (attrInts(n, 'strides') ?? [1, 1, 1, 1]).slice(1, 3) as [number, number];
    const [dh, dw] = (attrInts(n, 'dilations') ?? [1, 1, 1, 1]).slice(1, 3) as [number, number];
    const [, inH, inW] = x.shape as [number, number, number, number];
    const padding = attrString(n, 'padding') ?? 'VALID';
    const spanH = (kh - 1) * dh + 1;
    const spanW = (kw - 1) * dw + 1;
    let pads: [number, number, number, number];
    let outH: number;
    let outW: number;
    if (padding === 'SAME') {
      // TensorFlow pads the extra row and column at the end (bottom, right).
      outH = Math.ceil(inH / sh);
      outW = Math.ceil(inW / sw);
      const totalH = Math.max((outH - 1) * sh + spanH - inH, 0);
      const totalW = Math.max((outW - 1) * sw + spanW - inW, 0);
      pads = [
        Math.floor(totalH / 2),
        Math.floor(totalW / 2),
        totalH - Math.floor(totalH / 2),
        totalW - Math.floor(totalW / 2),
      ];
    } else if (padding === 'VALID') {
      outH = Math.floor((inH - spanH) / sh) + 1;
      outW = Math.floor((inW - spanW) / sw) + 1;
      pads = [0, 0, 0, 0];
    } else throw new Error(`tfjs graph: ${n.name}: padding ${padding}`);
    const fused = attrStrings(n, 'fused_ops');
    const conv = [
      x.onnx,
      this.onnxConstant(`${n.name}/W`, depthwise ? [cout, 1, kh, kw] : [cout, cin, kh, kw], weights),
    ];
    if (fused[0] === 'BiasAdd') {
      const bias = this.constant(inputs[2]!);
      if (bias.values.length !== cout)
        throw new Error(`tfjs graph: ${n.name}: bias has ${bias.values.length} values`);
      conv.push(this.onnxConstant(`${n.name}/B`, [cout], bias.values));
    } else if (fused.length > 0) throw new Error(`tfjs graph: ${n.name}: fused ops ${fused.join(',')}`);
    const out = this.graph.node('Conv', conv, `${n.name}/conv`, {
      kernel_shape: [kh, kw],
      strides: [sh, sw],
      dilations: [dh, dw],
      pads,
      group: depthwise ? cin : 1,
    });
    return { onnx: this.activate(n, out, fused, inputs.slice(2)), shape: [1, outH, outW, cout], nchw: true };
  }

  private binary(n: TfjsNode, inputs: string[], op: 'Add' | 'Sub' | 'Mul' | 'Max' | 'Min'): Activation {
    const [a, b] = inputs as [string, string];
    if (this.isConstant(a) && this.isConstant(b)) throw new Error(`tfjs graph: ${n.name}: two constants`);
    const x = this.isConstant(a) ? this.activation(b) : this.activation(a);
    const operand = (name: string) =>
      this.isConstant(name) ? this.broadcastConstant(name, x.nchw) : this.activation(name);
    const left = operand(a);
    const right = operand(b);
    for (const side of [left, right]) {
      if ('nchw' in side && side.nchw !== x.nchw) throw new Error(`tfjs graph: ${n.name}: mixed layouts`);
    }
    return {
      onnx: this.graph.node(op, [left.onnx, right.onnx], n.name),
      shape: broadcastShape(left.shape, right.shape),
      nchw: x.nchw,
    };
  }

  private pad(n: TfjsNode, inputs: string[]): Activation {
    const x = this.activation(inputs[0]!);
    const p = this.constant(inputs[1]!).values;
    const rank = x.shape.length;
    if (p.length !== 2 * rank)
      throw new Error(`tfjs graph: ${n.name}: ${p.length} paddings for rank ${rank}`);
    if (inputs[2] !== undefined && this.constant(inputs[2]).values[0] !== 0) {
      throw new Error(`tfjs graph: ${n.name}: only zero padding is translated`);
    }
    const begins = new Array<number>(rank);
    const ends = new Array<number>(rank);
    for (let a = 0; a < rank; a++) {
      const at = x.nchw ? nchwAxisOf[a]! : a;
      begins[at] = p[2 * a]!;
      ends[at] = p[2 * a + 1]!;
    }
    const pads = this.graph.int64Constant(`${n.name}/pads`, [...begins, ...ends]);
    const shape = x.shape.map((s, a) => s + p[2 * a]! + p[2 * a + 1]!);
    return { onnx: this.graph.node('Pad', [x.onnx, pads], n.name), shape, nchw: x.nchw };
  }

  /** The tensor after removing `axes` (NHWC numbering): still NCHW only if it stays 4-d; else its axes must keep their order. */
  private dropAxes(
    n: TfjsNode,
    x: Activation,
    axes: number[],
  ): { onnxAxes: number[]; shape: number[]; nchw: boolean } {
    const rank = x.shape.length;
    const tfAxes = axes.map((a) => (a < 0 ? a + rank : a));
    const onnxAxes = tfAxes.map((a) => (x.nchw ? nchwAxisOf[a]! : a));
    const kept = x.shape.map((_, a) => a).filter((a) => !tfAxes.includes(a));
    if (x.nchw) {
      const order = [0, 3, 1, 2].filter((a) => kept.includes(a));
      if (order.join() !== kept.join())
        throw new Error(`tfjs graph: ${n.name}: axes ${axes} would reorder the rest`);
    }
    return { onnxAxes, shape: kept.map((a) => x.shape[a]!), nchw: false };
  }

  private reduce(n: TfjsNode, inputs: string[]): Activation {
    const x = this.activation(inputs[0]!);
    const axes = Array.from(this.constant(inputs[1]!).values);
    const keep = n.attr?.['keep_dims']?.b === true;
    const op = n.op === 'Sum' ? 'ReduceSum' : 'ReduceMean';
    if (keep) {
      const onnxAxes = axes
        .map((a) => (a < 0 ? a + x.shape.length : a))
        .map((a) => (x.nchw ? nchwAxisOf[a]! : a));
      const shape = x.shape.map((s, a) => (axes.includes(a) || axes.includes(a - x.shape.length) ? 1 : s));
      return { onnx: this.reduceNode(n, op, x.onnx, onnxAxes, 1), shape, nchw: x.nchw };
    }
    const dropped = this.dropAxes(n, x, axes);
    return { onnx: this.reduceNode(n, op, x.onnx, dropped.onnxAxes, 0), shape: dropped.shape, nchw: false };
  }

  /** Opset 13: ReduceSum takes its axes as an input, ReduceMean as an attribute. */
  private reduceNode(
    n: TfjsNode,
    op: 'ReduceSum' | 'ReduceMean',
    x: string,
    axes: number[],
    keepdims: number,
  ): string {
    if (op === 'ReduceMean') return this.graph.node(op, [x], n.name, { axes, keepdims });
    return this.graph.node(op, [x, this.graph.int64Constant(`${n.name}/axes`, axes)], n.name, { keepdims });
  }

  private squeeze(n: TfjsNode, inputs: string[]): Activation {
    const x = this.activation(inputs[0]!);
    const axes = attrInts(n, 'squeeze_dims') ?? x.shape.flatMap((s, a) => (s === 1 && a > 0 ? [a] : []));
    const dropped = this.dropAxes(n, x, axes);
    const onnxAxes = this.graph.int64Constant(`${n.name}/axes`, dropped.onnxAxes);
    return {
      onnx: this.graph.node('Squeeze', [x.onnx, onnxAxes], n.name),
      shape: dropped.shape,
      nchw: false,
    };
  }

  private reshape(n: TfjsNode, inputs: string[]): Activation {
    let x = this.activation(inputs[0]!);
    if (x.nchw) {
      // A reshape reads elements in NHWC order.
      x = {
        ...x,
        onnx: this.graph.node('Transpose', [x.onnx], `${n.name}/nhwc`, { perm: [0, 2, 3, 1] }),
        nchw: false,
      };
    }
    const target = Array.from(this.constant(inputs[1]!).values);
    const total = x.shape.reduce((p, q) => p * q, 1);
    const known = target.filter((d) => d !== -1).reduce((p, q) => p * q, 1);
    const shape = target.map((d) => (d === -1 ? total / known : d));
    const onnxShape = this.graph.int64Constant(`${n.name}/shape`, shape);
    const reshaped = this.graph.node('Reshape', [x.onnx, onnxShape], n.name);
    if (shape.length !== 4) return { onnx: reshaped, shape, nchw: false };
    const nchw = this.graph.node('Transpose', [reshaped], `${n.name}/nchw`, { perm: [0, 3, 1, 2] });
    return { onnx: nchw, shape, nchw: true };
  }

  private matmul(n: TfjsNode, inputs: string[]): Activation {
    const x = this.activation(inputs[0]!);
    if (x.shape.length !== 2 || x.nchw) throw new Error(`tfjs graph: ${n.name}: input is not 2-d`);
    if (n.attr?.['transpose_a']?.b === true || n.attr?.['transpose_b']?.b === true) {
      throw new Error(`tfjs graph: ${n.name}: transposed matmul`);
    }
    const w = this.constant(inputs[1]!);
    if (w.shape[0] !== x.shape[1])
      throw new Error(`tfjs graph: ${n.name}: weights ${w.shape} for input ${x.shape}`);
    let out = this.graph.node(
      'MatMul',
      [x.onnx, this.onnxConstant(`${n.name}/W`, w.shape, w.values)],
      `${n.name}/matmul`,
    );
    const fused = attrStrings(n, 'fused_ops');
    if (fused[0] === 'BiasAdd') {
      const bias = this.constant(inputs[2]!);
      out = this.graph.node(
        'Add',
        [out, this.onnxConstant(`${n.name}/B`, bias.shape, bias.values)],
        `${n.name}/bias`,
      );
    } else if (fused.length > 0) throw new Error(`tfjs graph: ${n.name}: fused ops ${fused.join(',')}`);
    return {
      onnx: this.activate(n, out, fused, inputs.slice(2)),
      shape: [x.shape[0]!, w.shape[1]!],
      nchw: false,
    };
  }
}

/** The ONNX model bytes of a tfjs graph model (model.json parsed, and its weights file) up to `opts.output`. */
export function tfjsGraphOnnx(
  modelJson: unknown,
  weightsBin: Uint8Array,
  opts: TfjsGraphOnnxOptions,
): Uint8Array {
  const model = modelJson as TfjsGraphModel;
  if (!Array.isArray(model.modelTopology?.node))
    throw new Error('tfjs graph: model.json has no modelTopology.node');
  const groups = model.weightsManifest;
  if (!Array.isArray(groups) || groups.length !== 1 || groups[0]!.paths.length !== 1) {
    throw new Error('tfjs graph: expected one weight group in one file');
  }
  const translator = new TfjsGraphTranslator(
    model.modelTopology.node,
    decodeTfjsWeights(groups[0]!.weights, weightsBin),
    opts.inputHwc,
  );
  const out = translator.activation(opts.output);
  if (out.nchw || out.shape.length !== 2) throw new Error(`tfjs graph: output ${opts.output} is not [1, D]`);
  const output = translator.graph.node('Identity', [out.onnx], 'output');
  const [h, w, c] = opts.inputHwc;
  return translator.graph.encode({
    input: { name: 'input', dims: [1, c, h, w] },
    output: { name: output, dims: out.shape },
    producer: opts.producer,
    docString: opts.docString,
  });
}
