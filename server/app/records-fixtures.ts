/**
 * Template fixtures for records tests: generated, deterministic, no model run. Face templates are seeded unit
 * embeddings of both face models in the current template format (a "same person" probe is the embedding plus
 * noise); finger templates are fixtures/synth minutiae impressions encoded by the engine (another impression of
 * the same seed = same finger).
 */
import { encodeFaceTemplate } from '../../engine/face/template.ts';
import { encodeSynthMinutiae, synthMinutiae } from '../../fixtures/synth/index.ts';

/** The shipped face embedding models (models/manifest.json template_model_id) and their dimensions. */
const faceModels = [
  { modelId: 1, dimension: 512 },
  { modelId: 2, dimension: 128 },
];

function seededGaussian(seed: number): () => number {
  let s = seed >>> 0 || 1;
  const uniform = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 1) / 4294967297;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

function unit(v: Float32Array): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  return v.map((x) => x / Math.sqrt(n));
}

/** Face template of person `seed`; `noise` > 0 gives another capture of the same person (cosine ~ 1/sqrt(1+noise^2)). */
export function faceTemplate(seed: number, noise = 0, captureSeed = 7): Uint8Array {
  const person = seededGaussian(seed * 7919 + 1);
  const capture = seededGaussian(seed * 104729 + captureSeed);
  return encodeFaceTemplate(
    faceModels.map(({ modelId, dimension }) => {
      const e = new Float32Array(dimension);
      for (let i = 0; i < e.length; i++) e[i] = person() + noise * capture();
      return { modelId, embedding: unit(e) };
    }),
  );
}

/** Finger template (sinhtrac bytes) of finger `seed`, impression `impression`, at ISO `position`. */
export function fingerTemplate(seed: number, impression: number, position: number): Uint8Array {
  return encodeSynthMinutiae(synthMinutiae(seed, impression), position).bytes;
}

/** A citizen: face and fingers 2 and 7 (right index, left index), enrolment and live-capture forms. */
export function citizen(seed: number) {
  return {
    enrolFace: faceTemplate(seed),
    liveFace: faceTemplate(seed, 0.3),
    enrolFingers: [2, 7].map((position, k) => ({
      position,
      template: fingerTemplate(seed * 10 + k, 0, position),
    })),
    liveFingers: [2, 7].map((position, k) => ({
      position,
      template: fingerTemplate(seed * 10 + k, 1, position),
    })),
  };
}

export type Citizen = ReturnType<typeof citizen>;

const base64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

/** The HTTP JSON body that enrols a citizen under `cccd` (templates base64). */
export function enrolmentJson(c: Citizen, cccd: string) {
  return {
    cccd,
    face: { template: base64(c.enrolFace) },
    fingers: c.enrolFingers.map((f) => ({ position: f.position, template: base64(f.template) })),
  };
}

/** The HTTP JSON body of a verify with the citizen's live captures (templates base64). */
export function liveCaptureJson(c: Citizen) {
  return {
    face: { template: base64(c.liveFace) },
    fingers: c.liveFingers.map((f) => ({ position: f.position, template: base64(f.template) })),
  };
}
