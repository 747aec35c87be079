import { createHash } from 'node:crypto';
import ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { modelFilePath, readManifest, readVerifiedFile } from '../../engine/face/models.ts';
import { defaultFaceEngineOptions, faceSessionOptions } from '../../engine/face/index.ts';
import { onnxModelProto } from './onnx-graph.ts';
import { decomposePRelu } from './prelu-decompose.ts';

const entry = readManifest().models.face_embedding;
const source = () => readVerifiedFile(modelFilePath(entry), entry.sha256, 'fr_feature.onnx');

async function embed(model: Uint8Array, input: Float32Array): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(model, faceSessionOptions(defaultFaceEngineOptions));
  const out = await session.run({ input: new ort.Tensor('float32', input, [1, 3, 112, 112]) });
  await session.release();
  return out['output']!.data as Float32Array;
}

describe('fr_feature.onnx with its PRelu nodes decomposed', () => {
  const model = decomposePRelu(source());

  it('is the model models/manifest.json pins (conversion is deterministic)', () => {
    expect(createHash('sha256').update(model).digest('hex')).toBe(entry.derived!.sha256);
  });

  it('has no PRelu left', () => {
    const opTypes = (bytes: Uint8Array) =>
      (
        onnxModelProto().decode(bytes) as unknown as { graph: { node: Array<{ opType: string }> } }
      ).graph.node.map((n) => n.opType);
    expect(opTypes(source()).filter((op) => op === 'PRelu')).toHaveLength(33);
    expect(opTypes(model)).not.toContain('PRelu');
  });

  it("gives the package model's output bit for bit", async () => {
    // A fixed pseudo-random input in the normalised pixel range: both signs reach every PRelu.
    const input = new Float32Array(3 * 112 * 112);
    let state = 12345;
    for (let i = 0; i < input.length; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      input[i] = (state / 2 ** 32) * 2 - 1;
    }
    const original = await embed(source(), input);
    const derived = await embed(model, input);
    expect(derived).toHaveLength(512);
    expect(derived).toEqual(original);
    // Not a constant map: another input gives another embedding.
    const other = await embed(
      model,
      input.map((v) => -v),
    );
    expect(other).not.toEqual(derived);
  });
});
