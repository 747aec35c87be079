import type { InferenceSession } from 'onnxruntime-node';
import ort from 'onnxruntime-node';
import { performance } from 'node:perf_hooks';
import { alignDlibChip, alignFace } from './align.ts';
import type { EmbeddingInputSpec } from './embed.ts';
import { embedFace, embeddingLength } from './embed.ts';
import type { Point, RgbImage } from './image.ts';
import { fivePointsFrom68 } from './landmarks.ts';
import type { FaceModelName, readManifest } from './models.ts';
import {
  alignedFaceSidePx,
  dlibChipSidePx,
  dlibEmbedFlip,
  dlibPixelMeanRgb,
  dlibPixelScale,
  embedPixelMean,
  embedPixelScale,
} from './params.ts';
import type { FaceEmbedding } from './template-types.ts';

const arcfaceInput: EmbeddingInputSpec = {
  sidePx: alignedFaceSidePx,
  meanRgb: [embedPixelMean, embedPixelMean, embedPixelMean],
  scale: embedPixelScale,
};
const dlibInput: EmbeddingInputSpec = {
  sidePx: dlibChipSidePx,
  meanRgb: dlibPixelMeanRgb,
  scale: dlibPixelScale,
};

export interface FaceEmbeddings {
  /** One per model, in template order: the ArcFace-style model first, then dlib's ResNet. */
  embeddings: FaceEmbedding[];
  /** The 112x112 ArcFace-aligned face (HWC 0..255), which quality facts are measured on. */
  arcfaceAligned: Float32Array;
  alignMs: number;
  embedMs: number;
}

/**
 * The two unlike embedding models whose scores are fused: faceplugin's 512-d ArcFace-style model on the 5-point
 * 112x112 crop and dlib's 128-d ResNet on a dlib face chip. Each has its own session, created once.
 */
export class FaceEmbedders {
  private constructor(
    private readonly arcface: InferenceSession,
    private readonly dlib: InferenceSession,
    private readonly arcfaceModelId: number,
    private readonly dlibModelId: number,
  ) {}

  /** `create` is the engine's session factory (verified model, the engine's session options). */
  static async load(
    manifest: ReturnType<typeof readManifest>,
    create: (name: FaceModelName) => Promise<InferenceSession>,
  ): Promise<FaceEmbedders> {
    const idOf = (name: FaceModelName) => {
      const id = manifest.models[name].template_model_id;
      if (id === undefined) throw new Error(`models/manifest.json: ${name} has no template_model_id`);
      return id;
    };
    const [arcface, dlib] = await Promise.all([create('face_embedding'), create('face_embedding_dlib')]);
    return new FaceEmbedders(arcface, dlib, idOf('face_embedding'), idOf('face_embedding_dlib'));
  }

  /** The model ids a template from these embedders carries. */
  get modelIds(): number[] {
    return [this.arcfaceModelId, this.dlibModelId];
  }

  /** First runs allocate and pick kernels; do that before the service reports ready. */
  async warm(): Promise<void> {
    for (const [session, side] of [
      [this.arcface, alignedFaceSidePx],
      [this.dlib, dlibChipSidePx],
    ] as const) {
      await session.run({
        input: new ort.Tensor('float32', new Float32Array(3 * side * side), [1, 3, side, side]),
      });
    }
  }

  /** `flip` is the engine's test-time flip option for the ArcFace-style model; the dlib model's is a parameter. */
  async embed(image: RgbImage, landmarks68: readonly Point[], flip: boolean): Promise<FaceEmbeddings> {
    let t = performance.now();
    const arcfaceAligned = alignFace(image, fivePointsFrom68(landmarks68));
    const chip = alignDlibChip(image, landmarks68);
    const alignMs = performance.now() - t;
    t = performance.now();
    const arcfaceEmbedding = await embedFace(this.arcface, arcfaceInput, arcfaceAligned, flip);
    const dlibEmbedding = await embedFace(this.dlib, dlibInput, chip, dlibEmbedFlip);
    return {
      embeddings: [
        { modelId: this.arcfaceModelId, embedding: arcfaceEmbedding },
        { modelId: this.dlibModelId, embedding: dlibEmbedding },
      ],
      arcfaceAligned,
      alignMs,
      embedMs: performance.now() - t,
    };
  }

  /** The ArcFace-style model's unnormalised embedding length of a face (embed.ts embeddingLength). */
  async arcfaceLength(image: RgbImage, landmarks68: readonly Point[]): Promise<number> {
    return embeddingLength(this.arcface, arcfaceInput, alignFace(image, fivePointsFrom68(landmarks68)));
  }

  async release(): Promise<void> {
    await Promise.all([this.arcface.release(), this.dlib.release()]);
  }
}
