import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portrait, sample1Faces } from '../../fixtures/portraits.ts';
import { thresholdFor } from '../decision/index.ts';
import type { RgbImage } from './image.ts';
import type { FaceExtraction } from './index.ts';
import { FaceEngine, compareFaceTemplates } from './index.ts';
import type { TurnCandidate } from './orientation.ts';
import { chooseTurn, looksUpright, turnRgb } from './orientation.ts';

describe('turnRgb', () => {
  // 3x2 image, pixel value = 10 * (row + 1) + column, in all three channels.
  const image: RgbImage = {
    data: Uint8Array.from([11, 12, 13, 21, 22, 23].flatMap((v) => [v, v, v])),
    width: 3,
    height: 2,
    scaleToOriginal: 1,
    originX: 0,
    originY: 0,
  };
  const values = (x: RgbImage) => Array.from(x.data.filter((_, i) => i % 3 === 0));

  it('turns clockwise by a quarter, a half and three quarters', () => {
    const quarter = turnRgb(image, 90);
    expect([quarter.width, quarter.height]).toEqual([2, 3]);
    expect(values(quarter)).toEqual([21, 11, 22, 12, 23, 13]);
    expect(values(turnRgb(image, 180))).toEqual([23, 22, 21, 13, 12, 11]);
    expect(values(turnRgb(image, 270))).toEqual([13, 23, 12, 22, 11, 21]);
    expect(turnRgb(image, 0)).toBe(image);
  });
});

describe('chooseTurn', () => {
  const box = (confidence: number) => ({ x1: 0, y1: 0, x2: 10, y2: 10, confidence });
  const sure = 1 - 1e-6; // detector logit ~13.8
  const candidate = (degrees: 0 | 90 | 180 | 270, mirrorDisagreement: number, confidence = sure) => ({
    degrees,
    box: box(confidence),
    mirrorDisagreement,
  });
  const noFace = (degrees: 0 | 90 | 180 | 270): TurnCandidate => ({
    degrees,
    mirrorDisagreement: Number.POSITIVE_INFINITY,
  });
  const turnsOf = (list: TurnCandidate[]) => {
    const tried: number[] = [];
    return {
      tried,
      tryTurn: async (d: 0 | 90 | 180 | 270) => {
        tried.push(d);
        return list.find((c) => c.degrees === d) ?? noFace(d);
      },
    };
  };
  const noLength = async (): Promise<number> => {
    throw new Error('not needed');
  };

  it('takes a face as upright on self-agreement, or fair agreement with a sure detector', () => {
    expect(looksUpright(candidate(0, 0.01))).toBe(true);
    expect(looksUpright(candidate(0, 0.02))).toBe(true);
    expect(looksUpright(candidate(0, 0.02, 0.999))).toBe(false); // logit 6.9
    expect(looksUpright(candidate(0, 0.05))).toBe(false);
    expect(looksUpright(noFace(0))).toBe(false);
  });

  it('stops at a plainly upright turn', async () => {
    const t = turnsOf([candidate(90, 0.09), candidate(270, 0.008)]);
    expect((await chooseTurn(candidate(0, 0.07), t.tryTurn, noLength))?.degrees).toBe(270);
    expect(t.tried).toEqual([90, 270]);
  });

  it('takes the clearly lowest disagreement, else the longer embedding of the two lowest', async () => {
    const clear = turnsOf([candidate(90, 0.08), candidate(270, 0.07), candidate(180, 0.02, 0.999)]);
    expect((await chooseTurn(candidate(0, 0.06), clear.tryTurn, noLength))?.degrees).toBe(180);
    const close = turnsOf([candidate(90, 0.05), candidate(270, 0.09), candidate(180, 0.035)]);
    const lengths = new Map([
      [0, 3.1],
      [180, 2.0],
    ]);
    const chosen = await chooseTurn(candidate(0, 0.04), close.tryTurn, async (c) => lengths.get(c.degrees)!);
    expect(chosen?.degrees).toBe(0);
  });

  it('finds a face only some turns hold, and none when no turn holds one', async () => {
    const only = turnsOf([candidate(180, 0.03, 0.95)]);
    expect((await chooseTurn(noFace(0), only.tryTurn, noLength))?.degrees).toBe(180);
    expect(await chooseTurn(noFace(0), turnsOf([]).tryTurn, noLength)).toBeUndefined();
  });
});

describe('FaceEngine on portraits sent sideways or upside down', () => {
  let engine: FaceEngine;
  let notTurning: FaceEngine;
  const upright = new Map<string, { bytes: Buffer; x: FaceExtraction }>();
  const subjects = ['middle', 'left'] as const;

  beforeAll(async () => {
    engine = await FaceEngine.load();
    notTurning = await FaceEngine.load({ turnPortraits: false });
    for (const s of subjects) {
      const bytes = await portrait(1, sample1Faces[s]);
      upright.set(s, { bytes, x: await engine.extract(bytes) });
    }
  });
  afterAll(async () => {
    await Promise.all([engine.release(), notTurning.release()]);
  });

  it('turns each portrait back, reports the turn, and the turned face matches the upright one', async () => {
    for (const s of subjects) {
      const { bytes, x: reference } = upright.get(s)!;
      expect(reference.rotationDegrees).toBe(0);
      for (const sent of [90, 180, 270] as const) {
        const rotated = await sharp(bytes).rotate(sent).jpeg({ quality: 90 }).toBuffer();
        const x = await engine.extract(rotated);
        expect({ s, sent, turned: x.rotationDegrees }).toEqual({ s, sent, turned: (360 - sent) % 360 });
        expect(compareFaceTemplates(reference.template, x.template)).toBeGreaterThan(
          thresholdFor('face', 1e-5),
        );
      }
    }
  });

  it('without turning, the upside-down portrait is no match (what the turn fixes)', async () => {
    const { bytes, x: reference } = upright.get('middle')!;
    const upsideDown = await sharp(bytes).rotate(180).jpeg({ quality: 90 }).toBuffer();
    const x = await notTurning.extract(upsideDown);
    expect(x.rotationDegrees).toBe(0);
    expect(compareFaceTemplates(reference.template, x.template)).toBeLessThan(thresholdFor('face', 1e-3));
  });

  it('leaves an upright portrait as it was: same template, no turn', async () => {
    for (const s of subjects) {
      const { bytes, x } = upright.get(s)!;
      const plain = await notTurning.extract(bytes);
      expect(Buffer.from(x.template).equals(Buffer.from(plain.template))).toBe(true);
    }
  });

  it('honours EXIF orientation: a portrait stored turned with orientation 6 is read upright, not turned again', async () => {
    const { bytes, x: reference } = upright.get('middle')!;
    // Pixels a quarter anticlockwise; EXIF 6 tells the reader to turn them a quarter clockwise.
    const stored = await sharp(await sharp(bytes).rotate(270).toBuffer())
      .withMetadata({ orientation: 6 })
      .jpeg({ quality: 90 })
      .toBuffer();
    expect((await sharp(stored).metadata()).orientation).toBe(6);
    const x = await engine.extract(stored);
    expect(x.rotationDegrees).toBe(0);
    expect(x.face.box.x).toBeCloseTo(reference.face.box.x, -1);
    expect(x.face.box.y).toBeCloseTo(reference.face.box.y, -1);
    expect(compareFaceTemplates(reference.template, x.template)).toBeGreaterThan(thresholdFor('face', 1e-5));
  });

  it('reports boxes and landmarks in the pixels of the turned portrait', async () => {
    const { bytes, x: reference } = upright.get('middle')!;
    const x = await engine.extract(await sharp(bytes).rotate(90).jpeg({ quality: 90 }).toBuffer());
    expect(x.rotationDegrees).toBe(270);
    // 90 then 270: the turned portrait is the upright one again (square, same size).
    expect(Math.abs(x.face.box.x - reference.face.box.x)).toBeLessThan(8);
    expect(Math.abs(x.face.box.y - reference.face.box.y)).toBeLessThan(8);
    const [rightEye, leftEye, nose] = x.face.landmarks as [
      { x: number; y: number },
      { x: number; y: number },
      { x: number; y: number },
    ];
    expect(nose.y).toBeGreaterThan(Math.max(rightEye.y, leftEye.y));
    expect(leftEye.x).toBeGreaterThan(rightEye.x);
  });
});
