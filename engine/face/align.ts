import type { Point, RgbImage } from './image.ts';
import {
  alignedFaceSidePx,
  arcfaceTemplate112,
  dlibChipPadding,
  dlibChipSidePx,
  dlibMeanFaceShape,
} from './params.ts';
import type { InverseAffine } from './resample.ts';
import { warpAffineRgb } from './resample.ts';

/** Forward similarity q = [[a, -b], [b, a]] p + t, i.e. scale*rotation plus translation. */
export interface Similarity {
  a: number;
  b: number;
  tx: number;
  ty: number;
}

/** Least-squares similarity (Umeyama without reflection, closed form in 2-D) taking `from` onto `to`. */
export function fitSimilarity(
  from: readonly Point[],
  to: ReadonlyArray<readonly [number, number]>,
): Similarity {
  const n = from.length;
  let fx = 0;
  let fy = 0;
  let tx = 0;
  let ty = 0;
  for (let i = 0; i < n; i++) {
    fx += from[i]!.x;
    fy += from[i]!.y;
    tx += to[i]![0];
    ty += to[i]![1];
  }
  fx /= n;
  fy /= n;
  tx /= n;
  ty /= n;
  let dot = 0;
  let cross = 0;
  let norm = 0;
  for (let i = 0; i < n; i++) {
    const px = from[i]!.x - fx;
    const py = from[i]!.y - fy;
    const qx = to[i]![0] - tx;
    const qy = to[i]![1] - ty;
    dot += px * qx + py * qy;
    cross += px * qy - py * qx;
    norm += px * px + py * py;
  }
  if (norm === 0) throw new Error('degenerate landmarks: all points coincide');
  const a = dot / norm;
  const b = cross / norm;
  return { a, b, tx: tx - (a * fx - b * fy), ty: ty - (b * fx + a * fy) };
}

export function invertSimilarity(s: Similarity): InverseAffine {
  const k = s.a * s.a + s.b * s.b;
  const a = s.a / k;
  const b = s.b / k;
  const d = -s.b / k;
  const e = s.a / k;
  return { a, b, c: -(a * s.tx + b * s.ty), d, e, f: -(d * s.tx + e * s.ty) };
}

/** The 112x112 RGB face (HWC floats 0..255) with the 5 points moved onto the ArcFace template. */
export function alignFace(image: RgbImage, fivePoints: readonly Point[]): Float32Array {
  const similarity = fitSimilarity(fivePoints, arcfaceTemplate112);
  const side = alignedFaceSidePx;
  return warpAffineRgb(image.data, image.width, image.height, invertSimilarity(similarity), side, side);
}

/** dlib's mean face shape placed in a padded chip, in chip pixels. */
const dlibChipTemplate: ReadonlyArray<readonly [number, number]> = dlibMeanFaceShape.map(([, x, y]) => [
  ((dlibChipPadding + x) / (2 * dlibChipPadding + 1)) * dlibChipSidePx,
  ((dlibChipPadding + y) / (2 * dlibChipPadding + 1)) * dlibChipSidePx,
]);

/**
 * The 150x150 RGB face chip (HWC floats 0..255) that dlib's get_face_chip_details(shape, 150, 0.25) cuts: the
 * similarity taking the 68 landmarks (those dlib aligns on) onto its mean face shape.
 */
export function alignDlibChip(image: RgbImage, landmarks68: readonly Point[]): Float32Array {
  if (landmarks68.length !== 68)
    throw new Error(`alignDlibChip needs 68 landmarks, got ${landmarks68.length}`);
  const from = dlibMeanFaceShape.map(([index]) => landmarks68[index]!);
  const similarity = fitSimilarity(from, dlibChipTemplate);
  const side = dlibChipSidePx;
  return warpAffineRgb(image.data, image.width, image.height, invertSimilarity(similarity), side, side);
}
