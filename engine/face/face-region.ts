import type { CheckedImage } from './decode.ts';
import { decodeRegion } from './decode.ts';
import type { FaceBox } from './detect.ts';
import type { RgbImage } from './image.ts';
import { fromOriginal, toOriginal } from './image.ts';
import { minFrameFaceHeightPx, regionFaceHeightPx, regionSideInFaceBoxes } from './params.ts';

/** A box of `from` in the pixels of `to` (both images of the same original). */
export function reframeBox(box: FaceBox, from: RgbImage, to: RgbImage): FaceBox {
  if (from === to) return box;
  const p = fromOriginal(to, toOriginal(from, { x: box.x1, y: box.y1 }));
  const q = fromOriginal(to, toOriginal(from, { x: box.x2, y: box.y2 }));
  return { x1: p.x, y1: p.y, x2: q.x, y2: q.y, confidence: box.confidence };
}

/**
 * The image landmarks and alignment read a face from: the detector-sized frame itself when the face is large
 * enough in it (one decode in all), else a region around the face decoded again at the resolution the templates
 * need (JPEG shrink-on-load makes that cheap for big phone photos).
 */
export async function faceImage(source: CheckedImage, frame: RgbImage, box: FaceBox): Promise<RgbImage> {
  const frameHeight = box.y2 - box.y1;
  if (frame.scaleToOriginal === 1 || frameHeight >= minFrameFaceHeightPx) return frame;
  const topLeft = toOriginal(frame, { x: box.x1, y: box.y1 });
  const bottomRight = toOriginal(frame, { x: box.x2, y: box.y2 });
  const side = regionSideInFaceBoxes * Math.max(bottomRight.x - topLeft.x, bottomRight.y - topLeft.y);
  const cx = (topLeft.x + bottomRight.x) / 2;
  const cy = (topLeft.y + bottomRight.y) / 2;
  const scale = regionFaceHeightPx / (bottomRight.y - topLeft.y);
  return decodeRegion(source, { left: cx - side / 2, top: cy - side / 2, width: side, height: side }, scale);
}
