import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { compareFaceTemplates, cosineSimilarity } from './compare.ts';
import { decodeFaceTemplate, encodeFaceTemplate } from './template.ts';

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

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).code;
  }
}

describe('face template v1', () => {
  it('round-trips with int8 quantisation error far below score resolution', () => {
    const v = unitVector(1);
    const bytes = encodeFaceTemplate(v, 1);
    expect(bytes.byteLength).toBe(12 + 512);
    const decoded = decodeFaceTemplate(bytes);
    expect(decoded.modelId).toBe(1);
    expect(decoded.version).toBe(1);
    expect(cosineSimilarity(v, decoded.embedding)).toBeGreaterThan(0.9999);
  });

  it('preserves scores between templates', () => {
    const a = unitVector(2);
    const b = unitVector(3);
    for (let i = 0; i < 512; i++) b[i] = 0.6 * a[i]! + 0.8 * b[i]!; // a correlated pair
    const exact = cosineSimilarity(a, b);
    const quantised = compareFaceTemplates(encodeFaceTemplate(a, 1), encodeFaceTemplate(b, 1));
    expect(Math.abs(exact - quantised)).toBeLessThan(2e-3);
  });

  it('refuses foreign bytes, truncation, unknown versions and templates of another model', () => {
    const good = encodeFaceTemplate(unitVector(4), 1);
    expect(codeOf(() => decodeFaceTemplate(new Uint8Array([1, 2, 3, 4, 5, 6])))).toBe('INVALID_TEMPLATE');
    expect(codeOf(() => decodeFaceTemplate(good.subarray(0, 100)))).toBe('INVALID_TEMPLATE');
    const future = Uint8Array.from(good);
    future[4] = 2;
    expect(codeOf(() => decodeFaceTemplate(future))).toBe('UNSUPPORTED_TEMPLATE_VERSION');
    const otherModel = encodeFaceTemplate(unitVector(5), 2);
    expect(codeOf(() => compareFaceTemplates(good, otherModel))).toBe('INVALID_TEMPLATE');
    expect(codeOf(() => compareFaceTemplates(good, good))).toBe('ok');
  });
});
