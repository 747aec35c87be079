import type { InferenceSession } from 'onnxruntime-node';
import ort from 'onnxruntime-node';
import sharp from 'sharp';
import type { RgbImage } from './image.ts';
import { borrowFloats, giveBackFloats } from './scratch.ts';
import {
  detectorInputHeightPx,
  detectorInputWidthPx,
  detectorMaxCandidates,
  detectorMinConfidence,
  detectorNmsIou,
  facePickCentreWeight,
  minFaceSidePx,
} from './params.ts';

/** A detector box, in the pixels of the image the detector was given. */
export interface FaceBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  confidence: number;
}

/** The detector input and how its pixels map back to the image. */
export interface DetectorInput {
  /** Borrowed (scratch.ts): given back once the detector has run. */
  tensor: Float32Array;
  /** Input pixels per image pixel, per axis. */
  scaleX: number;
  scaleY: number;
}

/** Neutral padding: normalises to ~0, what the network sees as "nothing". */
const letterboxPadValue = 127;
/** The detector's input normalisation, (p - 127) / 128, for every byte value. */
const normalised = Float32Array.from({ length: 256 }, (_, v) => (v - 127) / 128);

/**
 * Letterboxes into the detector's fixed 4:3 input (aspect kept, padded right and below) and normalises to NCHW
 * float, RGB, (p - 127) / 128. Stretching instead would squash faces in portrait-orientation photos (a 3:4 CCCD
 * portrait by 1.8x) and cost detector confidence. An image decoded to fit the input already (decodeFitting) is
 * converted as is: a sharp resize costs ~1 ms CPU even when it has nothing to do.
 */
export async function detectorInput(image: RgbImage): Promise<DetectorInput> {
  const w = detectorInputWidthPx;
  const h = detectorInputHeightPx;
  const fit = Math.min(w / image.width, h / image.height);
  const contentWidth = Math.max(1, Math.min(w, Math.round(image.width * fit)));
  const contentHeight = Math.max(1, Math.min(h, Math.round(image.height * fit)));
  const pixels =
    contentWidth === image.width && contentHeight === image.height
      ? image.data
      : await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
          .resize(contentWidth, contentHeight, { fit: 'fill' })
          .raw()
          .toBuffer();
  const plane = w * h;
  const tensor = borrowFloats(3 * plane);
  const pad = normalised[letterboxPadValue]!;
  let s = 0;
  for (let c = 0; c < 3; c++) {
    // Padding right of the content on each row, then the rows below it.
    for (let y = 0; y < contentHeight; y++)
      tensor.fill(pad, c * plane + y * w + contentWidth, c * plane + (y + 1) * w);
    tensor.fill(pad, c * plane + contentHeight * w, (c + 1) * plane);
  }
  for (let y = 0; y < contentHeight; y++) {
    let d = y * w;
    for (let x = 0; x < contentWidth; x++, d++, s += 3) {
      tensor[d] = normalised[pixels[s]!]!;
      tensor[plane + d] = normalised[pixels[s + 1]!]!;
      tensor[2 * plane + d] = normalised[pixels[s + 2]!]!;
    }
  }
  return { tensor, scaleX: contentWidth / image.width, scaleY: contentHeight / image.height };
}

/** All faces above the confidence floor, after NMS, highest confidence first, in the image's pixels. */
export async function detectFaces(session: InferenceSession, image: RgbImage): Promise<FaceBox[]> {
  const input = await detectorInput(image);
  const tensor = new ort.Tensor('float32', input.tensor, [1, 3, detectorInputHeightPx, detectorInputWidthPx]);
  const out = await session.run({ input: tensor });
  giveBackFloats(input.tensor);
  const scores = out['scores']!.data as Float32Array;
  const boxes = out['boxes']!.data as Float32Array;
  // Box coordinates are fractions of the whole input, padding included.
  const toImageX = detectorInputWidthPx / input.scaleX;
  const toImageY = detectorInputHeightPx / input.scaleY;
  const candidates: FaceBox[] = [];
  const priorCount = scores.length / 2;
  for (let i = 0; i < priorCount; i++) {
    const confidence = scores[i * 2 + 1]!;
    if (confidence < detectorMinConfidence) continue;
    candidates.push({
      x1: boxes[i * 4]! * toImageX,
      y1: boxes[i * 4 + 1]! * toImageY,
      x2: boxes[i * 4 + 2]! * toImageX,
      y2: boxes[i * 4 + 3]! * toImageY,
      confidence,
    });
  }
  candidates.sort((p, q) => q.confidence - p.confidence);
  const kept = nonMaximumSuppression(candidates.slice(0, detectorMaxCandidates), detectorNmsIou);
  // The size floor is in the caller's pixels: the image may be a reduced decode.
  const minSide = minFaceSidePx / image.scaleToOriginal;
  return kept.filter((b) => b.x2 - b.x1 >= minSide && b.y2 - b.y1 >= minSide);
}

export function intersectionOverUnion(p: FaceBox, q: FaceBox): number {
  const w = Math.max(0, Math.min(p.x2, q.x2) - Math.max(p.x1, q.x1));
  const h = Math.max(0, Math.min(p.y2, q.y2) - Math.max(p.y1, q.y1));
  const inter = w * h;
  const union = (p.x2 - p.x1) * (p.y2 - p.y1) + (q.x2 - q.x1) * (q.y2 - q.y1) - inter;
  return union > 0 ? inter / union : 0;
}

/** Greedy NMS on boxes sorted by confidence, highest first. */
export function nonMaximumSuppression(sorted: FaceBox[], iouThreshold: number): FaceBox[] {
  const kept: FaceBox[] = [];
  for (const box of sorted) {
    if (kept.every((k) => intersectionOverUnion(k, box) <= iouThreshold)) kept.push(box);
  }
  return kept;
}

/** The subject: the largest face, discounted for distance from the image centre (bystanders sit at the edges). */
export function pickSubject(faces: readonly FaceBox[], width: number, height: number): number {
  let best = -1;
  let bestScore = -Infinity;
  const halfDiagonal = Math.hypot(width, height) / 2;
  faces.forEach((f, i) => {
    const area = (f.x2 - f.x1) * (f.y2 - f.y1);
    const offCentre =
      Math.hypot((f.x1 + f.x2) / 2 - width / 2, (f.y1 + f.y2) / 2 - height / 2) / halfDiagonal;
    const score = area * (1 - facePickCentreWeight * offCentre);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
