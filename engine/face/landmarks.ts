import type { InferenceSession } from 'onnxruntime-node';
import ort from 'onnxruntime-node';
import type { FaceBox } from './detect.ts';
import type { Point, RgbImage } from './image.ts';
import { landmarkInputSidePx } from './params.ts';
import { warpAffine } from './resample.ts';

/** The landmark model sees the detector box squared to its height, centred on the box. */
export function landmarkCrop(box: FaceBox): { x: number; y: number; side: number } {
  const side = box.y2 - box.y1;
  return { x: (box.x1 + box.x2) / 2 - side / 2, y: box.y1, side };
}

/** 68 points (iBUG 300-W order) in original image pixels. */
export async function predictLandmarks68(
  session: InferenceSession,
  image: RgbImage,
  box: FaceBox,
): Promise<Point[]> {
  const crop = landmarkCrop(box);
  const n = landmarkInputSidePx;
  const step = crop.side / n;
  // Pixel centres: output pixel u covers source [x + u*step, x + (u+1)*step).
  const rgb = warpAffine(
    image.data,
    image.width,
    image.height,
    3,
    { a: step, b: 0, c: crop.x + step / 2 - 0.5, d: 0, e: step, f: crop.y + step / 2 - 0.5 },
    n,
    n,
  );
  const gray = new Float32Array(n * n);
  for (let i = 0; i < n * n; i++) {
    gray[i] = (0.299 * rgb[i * 3]! + 0.587 * rgb[i * 3 + 1]! + 0.114 * rgb[i * 3 + 2]!) / 256;
  }
  const out = await session.run({ input: new ort.Tensor('float32', gray, [1, 1, n, n]) });
  const raw = out['output']!.data as Float32Array;
  const points: Point[] = [];
  for (let i = 0; i < 68; i++) {
    points.push({ x: crop.x + raw[i * 2]! * crop.side, y: crop.y + raw[i * 2 + 1]! * crop.side });
  }
  return points;
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
