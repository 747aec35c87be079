import type { InferenceSession } from 'onnxruntime-node';
import type { QuarterTurn } from './decode.ts';
import type { FaceBox } from './detect.ts';
import { detectFaces, pickSubject } from './detect.ts';
import type { Point, RgbImage } from './image.ts';
import { landmarks68 } from './landmarks.ts';
import {
  clearMirrorDisagreementRatio,
  maxUprightMirrorDisagreement,
  minUprightDetectorLogit,
  plainlyUprightMirrorDisagreement,
  uprightMirrorDisagreementAnyLogit,
} from './params.ts';

/**
 * A portrait sent sideways or upside down without EXIF orientation (a scanner, a phone held the wrong way, a CCCD
 * image stored turned) is embedded as it lies and scores NO_MATCH. The detector alone does not tell: it finds an
 * upside-down face with high confidence (LFW at 180 degrees: median logit 6 against 13 upright, a tenth above
 * 10). The landmark model mostly does: trained on upright faces, it agrees with its own mirrored-crop prediction on an
 * upright face and not on a turned one (landmarks.ts mirrorDisagreement). That check costs one 64x64 landmark run;
 * only when it fails (or no face is found) are the other three turns of the detector-sized frame tried, and when
 * two turns look alike, the embedding model's own confidence (its unnormalised length) decides.
 */

/** Clockwise quarter turns of a decoded image; the result maps to no original pixels (only compared, never reported). */
export function turnRgb(image: RgbImage, degrees: QuarterTurn): RgbImage {
  if (degrees === 0) return image;
  const { width: w, height: h, data: src } = image;
  const quarter = degrees !== 180;
  const outWidth = quarter ? h : w;
  const outHeight = quarter ? w : h;
  const data = new Uint8Array(src.length);
  let d = 0;
  for (let y = 0; y < outHeight; y++) {
    for (let x = 0; x < outWidth; x++, d += 3) {
      // The source pixel that lands on (x, y) after a clockwise turn.
      let sx: number;
      let sy: number;
      if (degrees === 90) {
        sx = y;
        sy = h - 1 - x;
      } else if (degrees === 180) {
        sx = w - 1 - x;
        sy = h - 1 - y;
      } else {
        sx = w - 1 - y;
        sy = x;
      }
      const s = (sy * w + sx) * 3;
      data[d] = src[s]!;
      data[d + 1] = src[s + 1]!;
      data[d + 2] = src[s + 2]!;
    }
  }
  return {
    data,
    width: outWidth,
    height: outHeight,
    scaleToOriginal: image.scaleToOriginal,
    originX: 0,
    originY: 0,
  };
}

/** How upright the subject of one turn of the frame looks. */
export interface TurnCandidate {
  degrees: QuarterTurn;
  /** The subject's box in `image`; undefined when no face was found there. */
  box?: FaceBox;
  /** landmarks.ts mirrorDisagreement of the subject (Infinity without a face). */
  mirrorDisagreement: number;
  /** The (turned) image the box and points are in, and the subject's 68 points: to measure its embedding. */
  image?: RgbImage;
  points68?: Point[];
}

/**
 * The face as sent is taken as upright without trying other turns: found, the landmark model agrees with itself
 * on it, and, when the agreement is only fair, the detector is sure of it (a quarter-turned face the landmark
 * model half agrees with scores a low detector logit; LFW, 500 faces x 4 turns: no turned face passes, 7% of
 * upright ones are checked).
 */
export function looksUpright(candidate: TurnCandidate): boolean {
  const box = candidate.box;
  if (box === undefined) return false;
  const m = candidate.mirrorDisagreement;
  if (m > maxUprightMirrorDisagreement) return false;
  return m <= uprightMirrorDisagreementAnyLogit || detectorLogit(box.confidence) >= minUprightDetectorLogit;
}

/** Upright beyond doubt: accepted without trying the remaining turns. */
function looksPlainlyUpright(candidate: TurnCandidate): boolean {
  return (
    candidate.box !== undefined &&
    candidate.mirrorDisagreement <= plainlyUprightMirrorDisagreement &&
    detectorLogit(candidate.box.confidence) >= minUprightDetectorLogit
  );
}

/** The detector's face logit from its softmax confidence (Infinity when float32 rounds the confidence to 1). */
export function detectorLogit(confidence: number): number {
  return Math.log(confidence / (1 - confidence));
}

/** The subject of the frame turned by `degrees`, with the landmark self-agreement of its face. */
export async function turnCandidate(
  detector: InferenceSession,
  landmarker: InferenceSession,
  frame: RgbImage,
  degrees: QuarterTurn,
): Promise<TurnCandidate> {
  const image = turnRgb(frame, degrees);
  const boxes = await detectFaces(detector, image);
  const box = boxes[pickSubject(boxes, image.width, image.height)];
  if (box === undefined) return { degrees, mirrorDisagreement: Number.POSITIVE_INFINITY };
  const found = await landmarks68(landmarker, image, box, 'check');
  return { degrees, box, mirrorDisagreement: found.mirrorDisagreement, image, points68: found.points };
}

/**
 * The turn whose face looks most upright, given the doubtful upright candidate (degrees 0), a way to try the
 * other turns and a way to measure a candidate's embedding length (embed.ts embeddingLength). The lowest mirror
 * disagreement wins when it is clearly the lowest (the runner-up at least `clearMirrorDisagreementRatio` times
 * higher); otherwise the longer embedding of the two decides (two extra embedding runs). Undefined when no turn
 * holds a face. Simulated on the probe (500 LFW faces, each sent at 0/90/180/270): 499 of 500 end upright at
 * every turn.
 */
export async function chooseTurn(
  upright: TurnCandidate,
  tryTurn: (degrees: QuarterTurn) => Promise<TurnCandidate>,
  embeddingLengthOf: (candidate: TurnCandidate) => Promise<number>,
): Promise<TurnCandidate | undefined> {
  const tried = [upright];
  // Quarter turns first (a phone or scanner held sideways), then upside down; a turn that looks plainly upright
  // ends the search (no wrong turn came within 0.019 in the probe).
  for (const degrees of [90, 270, 180] as const) {
    const candidate = await tryTurn(degrees);
    if (looksPlainlyUpright(candidate)) return candidate;
    tried.push(candidate);
  }
  const withFace = tried
    .filter((c) => c.box !== undefined)
    .sort((p, q) => p.mirrorDisagreement - q.mirrorDisagreement);
  const [first, second] = withFace;
  if (first === undefined) return undefined;
  if (
    second === undefined ||
    second.mirrorDisagreement >= clearMirrorDisagreementRatio * first.mirrorDisagreement
  ) {
    return first;
  }
  const [a, b] = [await embeddingLengthOf(first), await embeddingLengthOf(second)];
  return b > a ? second : first;
}
