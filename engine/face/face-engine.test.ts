import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import type { FaceExtraction } from './index.ts';
import { thresholdFor } from '../decision/index.ts';
import { FaceEngine, compareFaceTemplates, decodeFaceTemplate, faceCosines } from './index.ts';

/** The lowest of the per-model cosines of two templates. */
const minCosine = (a: Uint8Array, b: Uint8Array) => Math.min(...faceCosines(a, b).values());

const require = createRequire(import.meta.url);
const sample = (n: number) => readFileSync(require.resolve(`@vladmandic/face-api/demo/sample${n}.jpg`));

/** A crop around the subject's face: `margin` face sizes on each side, shifted by (dx, dy) face sizes. */
async function cropAround(
  image: Buffer,
  face: FaceExtraction['face'],
  margin: number,
  dx = 0,
  dy = 0,
): Promise<Sharp> {
  const meta = await sharp(image).metadata();
  const size = Math.max(face.box.width, face.box.height);
  const left = Math.max(0, Math.round(face.box.x + dx * size - margin * size));
  const top = Math.max(0, Math.round(face.box.y + dy * size - margin * size));
  const width = Math.min(meta.width! - left, Math.round(face.box.width + 2 * margin * size));
  const height = Math.min(meta.height! - top, Math.round(face.box.height + 2 * margin * size));
  return sharp(image).extract({ left, top, width, height });
}

describe('FaceEngine on the face-api demo photos', () => {
  let engine: FaceEngine;
  const full = new Map<number, FaceExtraction>();

  beforeAll(async () => {
    engine = await FaceEngine.load();
    for (const n of [1, 2, 3]) full.set(n, await engine.extract(sample(n)));
  });
  afterAll(async () => {
    await engine.release();
  });

  it('finds every face, picks one subject and reports the others', () => {
    for (const x of full.values()) {
      expect(x.faceCount).toBeGreaterThanOrEqual(2);
      expect(x.otherFaces).toHaveLength(x.faceCount - 1);
      expect(x.face.landmarks).toHaveLength(5);
      expect(x.face.confidence).toBeGreaterThan(0.7);
      const [rightEye, leftEye, nose] = x.face.landmarks as [
        { x: number; y: number },
        { x: number; y: number },
        { x: number; y: number },
      ];
      // Landmarks sit inside the face box, eyes above the nose.
      for (const p of x.face.landmarks) {
        expect(p.x).toBeGreaterThan(x.face.box.x - 1);
        expect(p.x).toBeLessThan(x.face.box.x + x.face.box.width + 1);
      }
      expect(nose.y).toBeGreaterThan(Math.min(rightEye.y, leftEye.y));
      expect(x.quality.interEyeDistancePx).toBeGreaterThan(10);
      expect(x.quality.sharpness).toBeGreaterThan(0);
    }
  });

  it('scores the same face (re-cropped, shifted, rescaled, mirrored) above every other person', async () => {
    for (const n of [1, 2, 3]) {
      const original = full.get(n)!;
      const image = sample(n);
      const tight = await engine.extract(
        await (await cropAround(image, original.face, 0.6)).jpeg().toBuffer(),
      );
      const shiftedScaled = await engine.extract(
        await (
          await cropAround(image, original.face, 0.8, 0.15, -0.1)
        )
          .resize({ width: 300 })
          .jpeg()
          .toBuffer(),
      );
      const mirrored = await engine.extract(
        await (await cropAround(image, original.face, 0.7)).flop().png().toBuffer(),
      );
      const sameScores = [shiftedScaled, mirrored].map((x) =>
        compareFaceTemplates(tight.template, x.template),
      );
      const otherScores = [1, 2, 3]
        .filter((m) => m !== n)
        .map((m) => compareFaceTemplates(tight.template, full.get(m)!.template));
      expect(Math.min(...sameScores)).toBeGreaterThan(Math.max(...otherScores));
      // And decisively: a match at the tightest calibrated false match rate.
      expect(Math.min(...sameScores)).toBeGreaterThan(thresholdFor('face', 1e-5));
    }
  });

  it("reports boxes and landmarks in the caller's pixels when a large photo is decoded smaller", async () => {
    const original = full.get(1)!;
    const doubled = await sharp(sample(1)).resize({ width: 3840 }).jpeg().toBuffer();
    const x = await engine.extract(doubled);
    expect(x.face.box.x / original.face.box.x).toBeCloseTo(2, 1);
    expect(x.face.box.width / original.face.box.width).toBeCloseTo(2, 1);
    expect(x.face.landmarks[2]!.x / original.face.landmarks[2]!.x).toBeCloseTo(2, 1);
    expect(x.quality.interEyeDistancePx / original.quality.interEyeDistancePx).toBeCloseTo(2, 1);
    expect(minCosine(x.template, original.template)).toBeGreaterThan(0.9);
  });

  it('carries one embedding per model: the 512-d ArcFace-style and the 128-d dlib ResNet', () => {
    const t = decodeFaceTemplate(full.get(1)!.template);
    expect(t.version).toBe(2);
    expect(t.embeddings.map((e) => [e.modelId, e.embedding.length])).toEqual([
      [1, 512],
      [2, 128],
    ]);
    expect(engine.modelIds).toEqual([1, 2]);
  });

  it('refuses an image without a face with NO_FACE', async () => {
    const blank = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#8a8a8a' } })
      .png()
      .toBuffer();
    await expect(engine.extract(blank)).rejects.toMatchObject({ name: 'InputError', code: 'NO_FACE' });
  });

  it('keeps working after bad input (non-image bytes, truncated JPEG)', async () => {
    await expect(engine.extract(Buffer.from('not an image'))).rejects.toBeInstanceOf(InputError);
    const image = sample(1);
    await expect(engine.extract(image.subarray(0, 5000))).rejects.toMatchObject({ code: 'INVALID_IMAGE' });
    const again = await engine.extract(image);
    expect(minCosine(again.template, full.get(1)!.template)).toBeGreaterThan(0.99);
  });
});
