/**
 * A small writer of ONNX model files: a graph of nodes over named float32 tensors, encoded with protobufjs against
 * the subset of onnx.proto in onnx-subset.proto. Enough for feed-forward vision models; nothing is inferred.
 */
import protobuf from 'protobufjs';
import { repoPath } from '../../engine/repo-paths.ts';

const protoPath = repoPath('models', 'onnx', 'onnx-subset.proto');

/** ONNX's ModelProto message type as onnx-subset.proto declares it (decode and encode of whole model files). */
export function onnxModelProto(): protobuf.Type {
  return protobuf.loadSync(protoPath).lookupType('onnx.ModelProto');
}

/** ONNX TensorProto.DataType values. */
export const onnxFloat = 1;
export const onnxInt64 = 7;
/** ONNX IR version 8 with the default-domain opset 13 (Pad takes its pads as an input from opset 11). */
const irVersion = 8;
const opsetVersion = 13;

type AttributeValue = number | readonly number[];

interface NodeSpec {
  opType: string;
  inputs: string[];
  outputs: string[];
  name: string;
  attributes: Array<{ name: string; value: AttributeValue; integer: boolean }>;
}

interface Initializer {
  name: string;
  dims: number[];
  dataType: number;
  rawData: Uint8Array;
}

export class OnnxGraph {
  private readonly nodes: NodeSpec[] = [];
  private readonly initializers: Initializer[] = [];
  private readonly names = new Set<string>();

  private unique(name: string): string {
    if (this.names.has(name)) throw new Error(`onnx graph: duplicate tensor name ${name}`);
    this.names.add(name);
    return name;
  }

  /** A constant float32 tensor; `values.length` must equal the product of `dims`. */
  floatConstant(name: string, dims: number[], values: Float32Array): string {
    if (values.length !== dims.reduce((p, q) => p * q, 1)) {
      throw new Error(`onnx graph: ${name} has ${values.length} values for dims ${dims.join('x')}`);
    }
    const bytes = new Uint8Array(values.length * 4);
    const view = new DataView(bytes.buffer);
    values.forEach((v, i) => view.setFloat32(i * 4, v, true));
    this.initializers.push({ name: this.unique(name), dims, dataType: onnxFloat, rawData: bytes });
    return name;
  }

  int64Constant(name: string, values: readonly number[]): string {
    const bytes = new Uint8Array(values.length * 8);
    const view = new DataView(bytes.buffer);
    values.forEach((v, i) => view.setBigInt64(i * 8, BigInt(v), true));
    this.initializers.push({
      name: this.unique(name),
      dims: [values.length],
      dataType: onnxInt64,
      rawData: bytes,
    });
    return name;
  }

  /**
   * Appends a node with one output named `output`. Integer attributes (`ints`) are given as
   * `{ name: [1, 2] }` / `{ name: 3 }`; there is no float attribute in the ops used so far.
   */
  node(opType: string, inputs: string[], output: string, ints: Record<string, AttributeValue> = {}): string {
    this.nodes.push({
      opType,
      inputs,
      outputs: [this.unique(output)],
      name: output,
      attributes: Object.entries(ints).map(([name, value]) => ({ name, value, integer: true })),
    });
    return output;
  }

  /** The serialised ModelProto with one float32 input and one float32 output of fixed shapes. */
  encode(opts: {
    input: { name: string; dims: number[] };
    output: { name: string; dims: number[] };
    producer: string;
    docString: string;
  }): Uint8Array {
    const ModelProto = onnxModelProto();
    const valueInfo = (name: string, dims: number[]) => ({
      name,
      type: { tensorType: { elemType: onnxFloat, shape: { dim: dims.map((d) => ({ dimValue: d })) } } },
    });
    const INT = 2;
    const INTS = 7;
    const message = ModelProto.fromObject({
      irVersion,
      opsetImport: [{ domain: '', version: opsetVersion }],
      producerName: opts.producer,
      docString: opts.docString,
      graph: {
        name: 'main',
        node: this.nodes.map((n) => ({
          input: n.inputs,
          output: n.outputs,
          name: n.name,
          opType: n.opType,
          attribute: n.attributes.map((a) =>
            typeof a.value === 'number'
              ? { name: a.name, type: INT, i: a.value }
              : { name: a.name, type: INTS, ints: [...a.value] },
          ),
        })),
        initializer: this.initializers.map((t) => ({
          name: t.name,
          dims: t.dims,
          dataType: t.dataType,
          rawData: t.rawData,
        })),
        input: [valueInfo(opts.input.name, opts.input.dims)],
        output: [valueInfo(opts.output.name, opts.output.dims)],
      },
    });
    return ModelProto.encode(message).finish();
  }
}
