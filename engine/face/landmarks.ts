import type { InferenceSession } from 'onnxruntime-node';
import ort from 'onnxruntime-node';
import type { FaceBox } from './detect.ts';
import type { Point, RgbImage } from './image.ts';
import { landmarkInputSidePx } from './params.ts';
import { resampleGray } from './resample.ts';
import { borrowFloats, giveBackFloats } from './scratch.ts';

/**
 * The landmark model sees the detector box itself, stretched to its square input, and answers in fractions of the
 * box's width and height: the crop faceplugin's own library feeds it (lib/fr_landmark.js). Squaring the box to its
 * height instead showed the model narrower faces than it was trained on (LFW, model 1 alone: 98.97% -> 99.13%;
 * TAR at FMR 1e-4 on the non-benchmark pairs 94.4% -> 94.9%).
 */
export function landmarkCrop(box: FaceBox): { x: number; y: number; width: number; height: number } {
  return { x: box.x1, y: box.y1, width: box.x2 - box.x1, height: box.y2 - box.y1 };
}

/** iBUG 300-W index of each point's left-right mirror image (jaw, brows, nose, eyes, lips). */
const mirrorIndex68: readonly number[] = [
  16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 27, 28,
  29, 30, 35, 34, 33, 32, 31, 45, 44, 43, 42, 47, 46, 39, 38, 37, 36, 41, 40, 54, 53, 52, 51, 50, 49, 48, 59,
  58, 57, 56, 55, 64, 63, 62, 61, 60, 67, 66, 65,
];

/** Luma (0.299 R + 0.587 G + 0.114 B) of the image inside a rectangle, clipped to the image. */
function grayRegion(
  image: RgbImage,
  x: number,
  y: number,
  regionWidth: number,
  regionHeight: number,
): { gray: Float32Array; left: number; top: number; width: number; height: number } {
  const left = Math.max(0, Math.min(image.width - 1, Math.floor(x)));
  const top = Math.max(0, Math.min(image.height - 1, Math.floor(y)));
  const right = Math.max(left + 1, Math.min(image.width, Math.ceil(x + regionWidth)));
  const bottom = Math.max(top + 1, Math.min(image.height, Math.ceil(y + regionHeight)));
  const width = right - left;
  const height = bottom - top;
  const gray = new Float32Array(width * height);
  const src = image.data;
  let o = 0;
  for (let row = top; row < bottom; row++) {
    let i = (row * image.width + left) * 3;
    for (let col = 0; col < width; col++, i += 3) {
      gray[o++] = 0.299 * src[i]! + 0.587 * src[i + 1]! + 0.114 * src[i + 2]!;
    }
  }
  return { gray, left, top, width, height };
}

async function runLandmarkModel(session: InferenceSession, gray: Float32Array): Promise<Float32Array> {
  const n = landmarkInputSidePx;
  const out = await session.run({ input: new ort.Tensor('float32', gray, [1, 1, n, n]) });
  return out['output']!.data as Float32Array;
}

/** 68 points and how far the mirrored crop's prediction, mirrored back, lies from them. */
export interface Landmarks68 {
  /** iBUG 300-W order, in the pixels of the image the crop was cut from. */
  points: Point[];
  /**
   * Mean distance between the plain and the mirrored-back prediction, in box widths; NaN when the mirrored crop
   * was not run. A model trained on upright faces agrees with itself on an upright face (LFW: <= 0.03) and not on
   * a face turned a quarter or upside down (>= 0.02, median 0.07-0.10): the orientation check reads this.
   */
  mirrorDisagreement: number;
}

/**
 * 68 points (iBUG 300-W order) in original image pixels. With `mirrorAverage`, the mirrored crop is also run and
 * its points, mirrored back, are averaged in: halves the landmark noise that alignment passes on to the embedding.
 */
export async function predictLandmarks68(
  session: InferenceSession,
  image: RgbImage,
  box: FaceBox,
  mirrorAverage = false,
): Promise<Point[]> {
  const found = await landmarks68(session, image, box, mirrorAverage ? 'average' : 'none');
  return found.points;
}

/**
 * The 68 points with the mirrored crop run as well: `average` blends it into the points (predictLandmarks68's
 * `mirrorAverage`), `check` only measures the disagreement and returns the plain points.
 */
export async function landmarks68(
  session: InferenceSession,
  image: RgbImage,
  box: FaceBox,
  mirror: 'none' | 'check' | 'average',
): Promise<Landmarks68> {
  const crop = landmarkCrop(box);
  const n = landmarkInputSidePx;
  const stepX = crop.width / n;
  const stepY = crop.height / n;
  // Gray first, over just the pixels the crop reads (bilinear of gray = gray of bilinear): a third of the reads.
  const region = grayRegion(image, crop.x - 1, crop.y - 1, crop.width + 2, crop.height + 2);
  // Pixel centres: output pixel u covers source [x + u*step, x + (u+1)*step).
  const sampled = resampleGray(
    region.gray,
    region.width,
    region.height,
    {
      a: stepX,
      c: crop.x - region.left + stepX / 2 - 0.5,
      e: stepY,
      f: crop.y - region.top + stepY / 2 - 0.5,
    },
    n,
    n,
  );
  const gray = borrowFloats(n * n);
  for (let i = 0; i < n * n; i++) gray[i] = sampled[i]! / 256;
  const raw = Float32Array.from(await runLandmarkModel(session, gray));
  let mirrorDisagreement = Number.NaN;
  if (mirror !== 'none') {
    const mirrored = borrowFloats(n * n);
    for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) mirrored[y * n + x] = gray[y * n + (n - 1 - x)]!;
    const rawMirrored = await runLandmarkModel(session, mirrored);
    giveBackFloats(mirrored);
    // In box widths: the raw answers are fractions of the box's width (x) and height (y).
    const heightInWidths = crop.width > 0 ? crop.height / crop.width : 1;
    let distance = 0;
    for (let i = 0; i < 68; i++) {
      const j = mirrorIndex68[i]!;
      const backX = 1 - rawMirrored[j * 2]!;
      const backY = rawMirrored[j * 2 + 1]!;
      distance += Math.hypot(raw[i * 2]! - backX, (raw[i * 2 + 1]! - backY) * heightInWidths);
      if (mirror === 'average') {
        raw[i * 2] = (raw[i * 2]! + backX) / 2;
        raw[i * 2 + 1] = (raw[i * 2 + 1]! + backY) / 2;
      }
    }
    mirrorDisagreement = distance / 68;
  }
  giveBackFloats(gray);
  const points: Point[] = [];
  for (let i = 0; i < 68; i++) {
    points.push({ x: crop.x + raw[i * 2]! * crop.width, y: crop.y + raw[i * 2 + 1]! * crop.height });
  }
  return { points, mirrorDisagreement };
}

function mean(points: readonly Point[], indices: readonly number[]): Point {
  let x = 0;
  let y = 0;
  for (const i of indices) {
    x += points[i]!.x;
    y += points[i]!.y;
  }
  return { x: x / indices.length, y: y / indices.length };
}

/**
 * The 5 ArcFace points from 68: eye centres (mean of each eye contour), nose tip, mouth corners (mean of the outer
 * and inner lip corner). Order: subject's right eye (image left), left eye, nose, right mouth, left mouth.
 */
export function fivePointsFrom68(points: readonly Point[]): Point[] {
  return [
    mean(points, [36, 37, 38, 39, 40, 41]),
    mean(points, [42, 43, 44, 45, 46, 47]),
    mean(points, [30]),
    mean(points, [48, 60]),
    mean(points, [54, 64]),
  ];
}
