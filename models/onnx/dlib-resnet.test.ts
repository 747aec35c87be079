import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ort from 'onnxruntime-node';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { faceApiOnTfjsCpu } from './face-api-tfjs.ts';
import { readManifest } from '../../engine/face/models.ts';
import { dlibPixelMeanRgb } from '../../engine/face/params.ts';
import { dlibResnetOnnx } from './dlib-resnet.ts';

const require = createRequire(import.meta.url);
const packageFile = (path: string) => readFileSync(require.resolve(`@vladmandic/face-api/${path}`));
const weightsManifest = () =>
  JSON.parse(packageFile('model/face_recognition_model-weights_manifest.json').toString());
const side = 150;

/** face-api's own tfjs CPU FaceRecognitionNet on an NHWC 0..255 image. */
async function faceApiDescriptor(hwc: Float32Array): Promise<Float32Array> {
  const faceapi = await faceApiOnTfjsCpu();
  const tf = faceapi.tf;
  const bin = packageFile('model/face_recognition_model.bin');
  const bytes = new Uint8Array(bin.byteLength);
  bytes.set(bin);
  const net = new faceapi.FaceRecognitionNet();
  net.loadFromWeightMap(tf.io.decodeWeights(bytes.buffer, weightsManifest()[0].weights));
  return net.computeFaceDescriptor(tf.tensor4d(hwc, [1, side, side, 3]));
}

async function onnxDescriptor(model: Uint8Array, hwc: Float32Array): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(model);
  const plane = side * side;
  const input = new Float32Array(3 * plane);
  for (let p = 0; p < plane; p++) {
    for (let c = 0; c < 3; c++) input[c * plane + p] = (hwc[p * 3 + c]! - dlibPixelMeanRgb[c]!) / 255;
  }
  const out = await session.run({ input: new ort.Tensor('float32', input, [1, 3, side, side]) });
  await session.release();
  return out['output']!.data as Float32Array;
}

function cosine(a: Float32Array, b: Float32Array): number {
  let d = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    d += a[i]! * b[i]!;
    na += a[i]! ** 2;
    nb += b[i]! ** 2;
  }
  return d / Math.sqrt(na * nb);
}

describe('dlib ResNet converted from face-api tfjs weights to ONNX', () => {
  const model = dlibResnetOnnx(weightsManifest(), packageFile('model/face_recognition_model.bin'));

  it('is the model models/manifest.json pins (conversion is deterministic)', () => {
    const pinned = readManifest().models.face_embedding_dlib.derived!.sha256;
    expect(createHash('sha256').update(model).digest('hex')).toBe(pinned);
  });

  it("gives face-api's own tfjs output on a face photo (cosine > 0.9999)", async () => {
    // The centre of a demo portrait, resized to the 150x150 input.
    const image = packageFile('demo/sample1.jpg');
    const { data } = await sharp(image)
      .resize(side, side, { fit: 'cover' })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const hwc = Float32Array.from(data);
    const reference = await faceApiDescriptor(hwc);
    const ours = await onnxDescriptor(model, hwc);
    expect(ours).toHaveLength(128);
    expect(cosine(reference, ours)).toBeGreaterThan(0.9999);
    // Not a constant map: another image gives a different descriptor.
    const other = await onnxDescriptor(
      model,
      hwc.map((v, i) => (i % 3 === 0 ? 255 - v : v)),
    );
    expect(cosine(ours, other)).toBeLessThan(0.99);
  });
});
