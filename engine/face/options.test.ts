import { describe, expect, it } from 'vitest';
import { defaultFaceEngineOptions, resolveFaceEngineOptions } from './index.ts';

describe('FaceEngine options', () => {
  it('keeps defaults for options left out or explicitly undefined', () => {
    const options = resolveFaceEngineOptions({ maxPixels: undefined, intraOpThreads: 2 });
    expect(options.maxPixels).toBe(defaultFaceEngineOptions.maxPixels);
    expect(options.intraOpThreads).toBe(2);
  });

  it('refuses nonsense', () => {
    expect(() => resolveFaceEngineOptions({ intraOpThreads: 0 })).toThrow(/intraOpThreads/);
    expect(() => resolveFaceEngineOptions({ maxPixels: -1 })).toThrow(/maxPixels/);
    expect(() => resolveFaceEngineOptions({ graphOptimizationLevel: 'max' as 'all' })).toThrow(/graph/);
  });
});
