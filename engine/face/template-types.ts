/** One model's embedding of a face; model ids are models/manifest.json `template_model_id`s. */
export interface FaceEmbedding {
  modelId: number;
  embedding: Float32Array;
}

/** A decoded face template of any version. */
export interface DecodedFaceTemplate {
  version: number;
  /** Every embedding the template carries, in the order written; model ids are unique. */
  embeddings: FaceEmbedding[];
  /** The first embedding's model id and values (v1 templates carry only this one). */
  modelId: number;
  embedding: Float32Array;
}
