import type { InferenceSession } from 'onnxruntime-node';
import ort from 'onnxruntime-node';
import { performance } from 'node:perf_hooks';
import { InputError } from '../errors.ts';
import { compareFaceTemplates as compareTemplates } from './compare.ts';
import type { CheckedImage, QuarterTurn } from './decode.ts';
import { checkImage, decodeFitting, turned } from './decode.ts';
import type { FaceBox } from './detect.ts';
import { detectFaces, pickSubject } from './detect.ts';
import { FaceEmbedders } from './embedders.ts';
import { faceImage, reframeBox } from './face-region.ts';
import type { Point, RgbImage } from './image.ts';
import { toOriginal } from './image.ts';
import type { Landmarks68 } from './landmarks.ts';
import { fivePointsFrom68, landmarks68, predictLandmarks68 } from './landmarks.ts';
import type { TurnCandidate } from './orientation.ts';
import { chooseTurn, looksUpright, turnCandidate } from './orientation.ts';
import type { FaceModelName } from './models.ts';
import { readManifest, readVerifiedModel } from './models.ts';
import { defaultMaxPixels, detectorInputHeightPx, detectorInputWidthPx } from './params.ts';
import { landmarkInputSidePx } from './params.ts';
import type { FaceQuality } from './quality.ts';
import { assessQuality } from './quality.ts';
import { encodeFaceTemplate } from './template.ts';

export type { FaceQuality } from './quality.ts';
export {
  currentFaceTemplateVersion,
  decodeFaceTemplate,
  decodedFaceTemplate,
  faceTemplateVersionLabel,
} from './template.ts';
export { faceCosines } from './compare.ts';

export interface FaceEngineOptions {
  intraOpThreads?: number;
  interOpThreads?: number;
  graphOptimizationLevel?: 'disabled' | 'basic' | 'extended' | 'all';
  /** Test-time flip augmentation: a second run of the ArcFace-style model on the mirrored face. */
  flip?: boolean;
  /** Average the 68 landmarks with those of the mirrored crop (a second, small landmark-model run). */
  mirrorLandmarks?: boolean;
  maxPixels?: number;
  /**
   * Try the other quarter turns when the face as sent does not look upright (orientation.ts). Off only to measure
   * what it costs and saves (bench:face-orientation).
   */
  turnPortraits?: boolean;
}

export interface DetectedFace {
  box: { x: number; y: number; width: number; height: number };
  confidence: number;
  /** 5 points in original image pixels: right eye, left eye (subject's), nose tip, right and left mouth corners. */
  landmarks: Array<{ x: number; y: number }>;
}

export interface FaceExtraction {
  template: Uint8Array;
  face: DetectedFace;
  faceCount: number;
  otherFaces: DetectedFace[];
  quality: FaceQuality;
  /**
   * Clockwise degrees the portrait (as sent, EXIF orientation applied) was turned to make the face upright
   * (orientation.ts); box and landmarks are in the pixels of the turned portrait.
   */
  rotationDegrees: QuarterTurn;
  /** `orientation`: the other turns tried when the face as sent did not look upright (0 when it did). */
  timingsMs: {
    decode: number;
    detect: number;
    landmarks: number;
    align: number;
    embed: number;
    orientation: number;
  };
}

/** Other faces in the frame are reported (with landmarks) up to this many; beyond it, boxes are enough. */
const maxOtherFacesWithLandmarks = 4;

/**
 * Measured on the 2-core project machine under shared load (min and p50 of interleaved runs, both orders):
 * graph level 'all' was the fastest for all three models (embedding min 13-14 ms vs 17-35 ms for 'basic'; detector
 * 4-11 ms vs 28-36 ms), with templates identical to 'basic' (cosine 1.000000). One intra-op thread per worker:
 * the service runs one worker per core.
 */
export const defaultFaceEngineOptions: Readonly<Required<FaceEngineOptions>> = {
  intraOpThreads: 1,
  interOpThreads: 1,
  graphOptimizationLevel: 'all',
  flip: false,
  mirrorLandmarks: false,
  maxPixels: defaultMaxPixels,
  turnPortraits: true,
};

/** Defaults for every option not given (an explicit `undefined` counts as not given); bad values are refused. */
export function resolveFaceEngineOptions(opts: FaceEngineOptions): Required<FaceEngineOptions> {
  const given = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined));
  const options: Required<FaceEngineOptions> = { ...defaultFaceEngineOptions, ...given };
  for (const name of ['intraOpThreads', 'interOpThreads'] as const) {
    if (!Number.isInteger(options[name]) || options[name] < 1) {
      throw new Error(`FaceEngineOptions.${name} must be an integer >= 1, got ${options[name]}`);
    }
  }
  if (!(options.maxPixels > 0))
    throw new Error(`FaceEngineOptions.maxPixels must be > 0, got ${options.maxPixels}`);
  if (!['disabled', 'basic', 'extended', 'all'].includes(options.graphOptimizationLevel)) {
    throw new Error(`FaceEngineOptions.graphOptimizationLevel: unknown ${options.graphOptimizationLevel}`);
  }
  return options;
}

/** Box and points of `image`, in the caller's (original, oriented) pixels. */
function toDetectedFace(box: FaceBox, points: readonly Point[], image: RgbImage): DetectedFace {
  const topLeft = toOriginal(image, { x: box.x1, y: box.y1 });
  const bottomRight = toOriginal(image, { x: box.x2, y: box.y2 });
  return {
    box: {
      x: topLeft.x,
      y: topLeft.y,
      width: bottomRight.x - topLeft.x,
      height: bottomRight.y - topLeft.y,
    },
    confidence: box.confidence,
    landmarks: points.map((p) => toOriginal(image, p)),
  };
}

/** The onnxruntime session options of every face model (bench:overhead builds its raw sessions with them too). */
export function faceSessionOptions(options: Required<FaceEngineOptions>): InferenceSession.SessionOptions {
  return {
    intraOpNumThreads: options.intraOpThreads,
    interOpNumThreads: options.interOpThreads,
    graphOptimizationLevel: options.graphOptimizationLevel,
    executionMode: 'sequential',
    // Spinning intra-op threads steal the cores sharp and the other worker need: measured with 2 threads,
    // embedding p50 28 -> 18 ms and the next JPEG decode 81 -> 65 ms with spinning off.
    extra: { session: { intra_op: { allow_spinning: '0' } } },
  };
}

export class FaceEngine {
  private constructor(
    private readonly detector: InferenceSession,
    private readonly landmarker: InferenceSession,
    private readonly embedders: FaceEmbedders,
    readonly options: Required<FaceEngineOptions>,
  ) {}

  /** Verifies every model's sha256 against models/manifest.json, creates the sessions once and warms them. */
  static async load(opts: FaceEngineOptions = {}): Promise<FaceEngine> {
    const options = resolveFaceEngineOptions(opts);
    const manifest = readManifest();
    const sessionOptions = faceSessionOptions(options);
    const create = (name: FaceModelName) =>
      ort.InferenceSession.create(readVerifiedModel(name, manifest), sessionOptions);
    const [detector, landmarker, embedders] = await Promise.all([
      create('face_detector'),
      create('face_landmarks'),
      FaceEmbedders.load(manifest, create),
    ]);
    const engine = new FaceEngine(detector, landmarker, embedders, options);
    await engine.warm();
    return engine;
  }

  /** First runs allocate and pick kernels; do that before the service reports ready. */
  private async warm(): Promise<void> {
    const zeros = (shape: number[]) =>
      new ort.Tensor('float32', new Float32Array(shape.reduce((p, q) => p * q, 1)), shape);
    await this.detector.run({ input: zeros([1, 3, detectorInputHeightPx, detectorInputWidthPx]) });
    await this.landmarker.run({ input: zeros([1, 1, landmarkInputSidePx, landmarkInputSidePx]) });
    await this.embedders.warm();
  }

  /** Portrait bytes -> template of the subject's face. Throws InputError for bad images and when no face is found. */
  async extract(image: Uint8Array): Promise<FaceExtraction> {
    let t = performance.now();
    const lap = () => {
      const now = performance.now();
      const ms = now - t;
      t = now;
      return ms;
    };
    const received = await checkImage(image, this.options.maxPixels);
    let source = received;
    // Decoded straight to the detector's size: the full-resolution pixels are only needed around the face.
    let frame = await decodeFitting(source, detectorInputWidthPx, detectorInputHeightPx);
    let decodeMs = lap();
    let boxes = await detectFaces(this.detector, frame);
    let subject = pickSubject(boxes, frame.width, frame.height);
    const detectMs = lap();
    let found = await this.subjectLandmarks(source, frame, boxes[subject]);
    decodeMs += found?.decodeMs ?? 0;
    const landmarksMs = lap() - (found?.decodeMs ?? 0);
    let orientationMs = 0;
    const upright: TurnCandidate = found
      ? {
          degrees: 0,
          box: found.subjectBox,
          mirrorDisagreement: found.landmarks.mirrorDisagreement,
          image: found.face,
          points68: found.landmarks.points,
        }
      : { degrees: 0, mirrorDisagreement: Number.POSITIVE_INFINITY };
    if (this.options.turnPortraits && !looksUpright(upright)) {
      // Doubtful: the other three turns of the detector-sized frame, then the whole pipeline again on the winner.
      const detectorFrame = frame;
      const chosen = await chooseTurn(
        upright,
        (degrees) => turnCandidate(this.detector, this.landmarker, detectorFrame, degrees),
        (c) => this.embedders.arcfaceLength(c.image!, c.points68!),
      );
      if (chosen !== undefined && chosen.degrees !== 0) {
        source = turned(received, chosen.degrees);
        frame = await decodeFitting(source, detectorInputWidthPx, detectorInputHeightPx);
        boxes = await detectFaces(this.detector, frame);
        subject = pickSubject(boxes, frame.width, frame.height);
        found = await this.subjectLandmarks(source, frame, boxes[subject]);
      }
      orientationMs = lap();
    }
    const frameBox = boxes[subject];
    if (found === undefined || frameBox === undefined) {
      throw new InputError('NO_FACE', 'no face found in the image', 'image');
    }
    const { face, subjectBox } = found;
    const points68 = found.landmarks.points;
    const fivePoints = fivePointsFrom68(points68);
    const embedded = await this.embedders.embed(face, points68, this.options.flip);
    lap();
    const otherFaces: DetectedFace[] = [];
    for (const [i, box] of boxes.entries()) {
      if (i === subject) continue;
      // Bystanders are reported, not verified: their landmarks come from the detector-sized frame.
      const points =
        otherFaces.length < maxOtherFacesWithLandmarks
          ? fivePointsFrom68(await predictLandmarks68(this.landmarker, frame, box))
          : [];
      otherFaces.push(toDetectedFace(box, points, frame));
    }
    return {
      template: encodeFaceTemplate(embedded.embeddings),
      face: toDetectedFace(subjectBox, fivePoints, face),
      rotationDegrees: source.turnDegrees ?? 0,
      faceCount: boxes.length,
      otherFaces,
      quality: assessQuality(subjectBox, fivePoints, embedded.arcfaceAligned, face.scaleToOriginal),
      timingsMs: {
        decode: decodeMs,
        detect: detectMs,
        landmarks: landmarksMs,
        align: embedded.alignMs,
        embed: embedded.embedMs,
        orientation: orientationMs,
      },
    };
  }

  /**
   * The subject's face image (the frame, or a finer region decoded around the box) and its 68 landmarks with the
   * mirror check; undefined without a subject.
   */
  private async subjectLandmarks(
    source: CheckedImage,
    frame: RgbImage,
    frameBox: FaceBox | undefined,
  ): Promise<{ face: RgbImage; subjectBox: FaceBox; landmarks: Landmarks68; decodeMs: number } | undefined> {
    if (frameBox === undefined) return undefined;
    const started = performance.now();
    const face = await faceImage(source, frame, frameBox);
    const subjectBox = reframeBox(frameBox, frame, face);
    const decodeMs = performance.now() - started;
    const landmarks = await landmarks68(
      this.landmarker,
      face,
      subjectBox,
      this.options.mirrorLandmarks ? 'average' : 'check',
    );
    return { face, subjectBox, landmarks, decodeMs };
  }

  /** The embedding models (manifest template_model_id) each template of this engine carries. */
  get modelIds(): number[] {
    return this.embedders.modelIds;
  }

  async release(): Promise<void> {
    await Promise.all([this.detector.release(), this.landmarker.release(), this.embedders.release()]);
  }
}

/**
 * Score of two face templates: each embedding model's cosine, fused by the calibrated rule
 * (models/face-score-fusion.json). InputError INVALID_TEMPLATE for foreign or corrupt templates and for templates
 * lacking a model the rule needs.
 */
export function compareFaceTemplates(a: Uint8Array, b: Uint8Array): number {
  return compareTemplates(a, b);
}
