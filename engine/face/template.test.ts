import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { compareFaceTemplates, cosineSimilarity, faceCosines } from './compare.ts';
import { fuseFaceScores, loadFaceScoreFusion } from './score-fusion.ts';
import { decodeFaceTemplate, decodedFaceTemplate, encodeFaceTemplate } from './template.ts';
import { encodeFaceTemplateV1 } from './template-v1.ts';

/** Deterministic pseudo-random unit vector. */
function unitVector(seed: number, size = 512): Float32Array {
  const v = new Float32Array(size);
  let s = seed >>> 0;
  let norm = 0;
  for (let i = 0; i < size; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    v[i] = s / 2 ** 32 - 0.5;
    norm += v[i]! * v[i]!;
  }
  for (let i = 0; i < size; i++) v[i] = v[i]! / Math.sqrt(norm);
  return v;
}

/** A v2 template with a 512-d embedding of model 1 and a 128-d one of model 2. */
function template(seed: number): Uint8Array {
  return encodeFaceTemplate([
    { modelId: 1, embedding: unitVector(seed) },
    { modelId: 2, embedding: unitVector(seed + 1000, 128) },
  ]);
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).code;
  }
}

describe('face template v2', () => {
  it('round-trips both embeddings with int8 quantisation error far below score resolution', () => {
    const bytes = template(1);
    expect(bytes.byteLength).toBe(6 + 8 + 512 + 8 + 128);
    const decoded = decodeFaceTemplate(bytes);
    expect(decoded.version).toBe(2);
    expect(decoded.embeddings.map((e) => [e.modelId, e.embedding.length])).toEqual([
      [1, 512],
      [2, 128],
    ]);
    expect(decoded.modelId).toBe(1);
    expect(cosineSimilarity(unitVector(1), decoded.embeddings[0]!.embedding)).toBeGreaterThan(0.9999);
    expect(cosineSimilarity(unitVector(1001, 128), decoded.embeddings[1]!.embedding)).toBeGreaterThan(0.9999);
  });

  it('scores a pair by fusing each model cosine with the calibrated rule', () => {
    const a = template(2);
    const b = encodeFaceTemplate([
      { modelId: 1, embedding: unitVector(3) },
      { modelId: 2, embedding: unitVector(1002, 128) },
    ]);
    const cosines = faceCosines(a, b);
    expect(cosines.get(1)).toBeCloseTo(cosineSimilarity(unitVector(2), unitVector(3)), 2);
    expect(cosines.get(2)).toBeCloseTo(cosineSimilarity(unitVector(1002, 128), unitVector(1002, 128)), 2);
    const fusion = loadFaceScoreFusion();
    const expected =
      fusion.offset + fusion.models.reduce((s, m) => s + m.weight * cosines.get(m.model_id)!, 0);
    expect(compareFaceTemplates(a, b)).toBeCloseTo(expected, 9);
    // More alike on either model scores higher.
    expect(compareFaceTemplates(a, a)).toBeGreaterThan(compareFaceTemplates(a, b));
    expect(
      fuseFaceScores(
        new Map([
          [1, 0.5],
          [2, 0.9],
        ]),
      ),
    ).toBeGreaterThan(
      fuseFaceScores(
        new Map([
          [1, 0.4],
          [2, 0.9],
        ]),
      ),
    );
  });

  it('refuses foreign bytes, truncation, trailing bytes, repeated models and unknown versions', () => {
    const good = template(4);
    expect(codeOf(() => decodeFaceTemplate(new Uint8Array([1, 2, 3, 4, 5, 6])))).toBe('INVALID_TEMPLATE');
    expect(codeOf(() => decodeFaceTemplate(good.subarray(0, 100)))).toBe('INVALID_TEMPLATE');
    expect(codeOf(() => decodeFaceTemplate(good.subarray(0, 6 + 8 + 512 + 4)))).toBe('INVALID_TEMPLATE');
    expect(codeOf(() => decodeFaceTemplate(Uint8Array.from([...good, 0])))).toBe('INVALID_TEMPLATE');
    const twice = Uint8Array.from(good);
    twice[6 + 8 + 512] = 1; // second section claims model 1 again
    expect(codeOf(() => decodeFaceTemplate(twice))).toBe('INVALID_TEMPLATE');
    const none = Uint8Array.from(good);
    none[5] = 0;
    expect(codeOf(() => decodeFaceTemplate(none))).toBe('INVALID_TEMPLATE');
    const future = Uint8Array.from(good);
    future[4] = 3;
    expect(codeOf(() => decodeFaceTemplate(future))).toBe('UNSUPPORTED_TEMPLATE_VERSION');
    expect(codeOf(() => compareFaceTemplates(good, good))).toBe('ok');
  });

  it('decodes a template bytes object once, keeps refusing bad bytes, and scores the same from the cache', () => {
    const a = template(11);
    const b = template(12);
    const first = decodedFaceTemplate(a);
    expect(decodedFaceTemplate(a)).toBe(first);
    expect(decodedFaceTemplate(new Uint8Array(a))).not.toBe(first);
    expect(first).toEqual(decodeFaceTemplate(a));
    expect(compareFaceTemplates(a, b)).toBe(compareFaceTemplates(new Uint8Array(a), new Uint8Array(b)));
    const bad = a.slice(0, 20);
    expect(codeOf(() => decodedFaceTemplate(bad))).toBe('INVALID_TEMPLATE');
    expect(codeOf(() => decodedFaceTemplate(bad))).toBe('INVALID_TEMPLATE');
  });

  it('refuses to score a template lacking a model the fusion needs (a v1 template has model 1 only)', () => {
    const onlyModel1 = encodeFaceTemplate([{ modelId: 1, embedding: unitVector(5) }]);
    expect(codeOf(() => compareFaceTemplates(template(5), onlyModel1))).toBe('INVALID_TEMPLATE');
    expect(codeOf(() => compareFaceTemplates(onlyModel1, template(5)))).toBe('INVALID_TEMPLATE');
  });
});

describe('face template v1 (still readable)', () => {
  it('decodes to one model-1 embedding', () => {
    const bytes = encodeFaceTemplateV1(unitVector(6), 1);
    expect(bytes.byteLength).toBe(12 + 512);
    const decoded = decodeFaceTemplate(bytes);
    expect(decoded.version).toBe(1);
    expect(decoded.embeddings).toHaveLength(1);
    expect(decoded.embeddings[0]!.modelId).toBe(1);
    expect(cosineSimilarity(unitVector(6), decoded.embedding)).toBeGreaterThan(0.9999);
    expect(codeOf(() => decodeFaceTemplate(bytes.subarray(0, 100)))).toBe('INVALID_TEMPLATE');
  });

  it('is not scored against a v2 template: the score would not be on the calibrated scale', () => {
    const v1 = encodeFaceTemplateV1(unitVector(7), 1);
    expect(codeOf(() => compareFaceTemplates(v1, template(7)))).toBe('INVALID_TEMPLATE');
  });
});

describe('face template values are finite and in range', () => {
  /** The template with embedding k's scale (v2: f32 at 6 + 4 for the first section) overwritten. */
  function withScale(bytes: Uint8Array, scale: number, section = 0): Uint8Array {
    const out = bytes.slice();
    const view = new DataView(out.buffer);
    let at = 6;
    for (let k = 0; k < section; k++) at += 8 + view.getUint16(at + 2, true);
    view.setFloat32(at + 4, scale, true);
    return out;
  }

  it('refuses a v2 scale that overflows, is non-finite, zero, negative or denormal-small (INVALID_TEMPLATE)', () => {
    for (const scale of [1e38, 3.4e38, Infinity, -Infinity, NaN, 0, -0.01, 2, 1e-30]) {
      for (const section of [0, 1]) {
        const bytes = withScale(template(4), scale, section);
        expect(
          codeOf(() => decodeFaceTemplate(bytes)),
          `scale ${scale}`,
        ).toBe('INVALID_TEMPLATE');
      }
    }
    expect(() => decodeFaceTemplate(withScale(template(4), 1e38))).toThrow(/embedding 1 has scale/);
  });

  it('never scores NaN: a crafted template is refused before any score', () => {
    const crafted = withScale(template(5), 1e38);
    expect(codeOf(() => compareFaceTemplates(template(6), crafted))).toBe('INVALID_TEMPLATE');
  });

  it('refuses an all-zero embedding and a bad v1 scale', () => {
    const zeros = template(7);
    zeros.fill(0, 6 + 8, 6 + 8 + 512);
    expect(codeOf(() => decodeFaceTemplate(zeros))).toBe('INVALID_TEMPLATE');
    const v1 = encodeFaceTemplateV1(unitVector(8), 1);
    new DataView(v1.buffer).setFloat32(8, 1e38, true);
    expect(codeOf(() => decodeFaceTemplate(v1))).toBe('INVALID_TEMPLATE');
  });

  it('still reads every template the encoder writes', () => {
    for (let seed = 10; seed < 30; seed++)
      expect(codeOf(() => decodeFaceTemplate(template(seed)))).toBe('ok');
  });
});
