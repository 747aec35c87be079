import { readFileSync } from 'node:fs';
import { faceScoreFusionFile } from '../repo-paths.ts';

/**
 * How the per-model cosine scores of two face templates become the one face score that is calibrated and decided
 * on: score = offset + sum over models of weight * cosine. The weights and offset are fitted by
 * models/calibrate-face.ts (models/face-score-fusion.json says how).
 */
export interface FaceScoreFusion {
  rule: string;
  models: Array<{ model_id: number; weight: number }>;
  offset: number;
}

export const faceScoreFusionPath = faceScoreFusionFile;

/** Checks the fusion document; a broken file stops the engine rather than scoring wrongly. */
export function parseFaceScoreFusion(json: unknown): FaceScoreFusion {
  const f = json as Partial<FaceScoreFusion> | null;
  const fail = (why: string): never => {
    throw new Error(`models/face-score-fusion.json: ${why}`);
  };
  if (f === null || typeof f !== 'object') fail('not a JSON object');
  if (!Array.isArray(f!.models) || f!.models.length === 0) fail('no models');
  for (const m of f!.models!) {
    if (!Number.isInteger(m.model_id) || !Number.isFinite(m.weight) || !(m.weight > 0)) {
      fail(`bad model entry ${JSON.stringify(m)}`);
    }
  }
  if (new Set(f!.models!.map((m) => m.model_id)).size !== f!.models!.length) fail('a model is listed twice');
  if (!Number.isFinite(f!.offset)) fail('offset must be a number');
  return f as FaceScoreFusion;
}

let cached: FaceScoreFusion | undefined;

/** Loaded once per process; the file ships with the repository. */
export function loadFaceScoreFusion(): FaceScoreFusion {
  cached ??= parseFaceScoreFusion(JSON.parse(readFileSync(faceScoreFusionPath, 'utf8')));
  return cached;
}

/** The fused score from each model's cosine (by model id); every model of the rule must be present. */
export function fuseFaceScores(cosines: ReadonlyMap<number, number>, fusion = loadFaceScoreFusion()): number {
  let score = fusion.offset;
  for (const m of fusion.models) {
    const c = cosines.get(m.model_id);
    if (c === undefined) throw new Error(`face score fusion needs model ${m.model_id}`);
    score += m.weight * c;
  }
  return score;
}
