import { describe, expect, it } from 'vitest';
import { encodeSynthMinutiae } from '../../fixtures/synth/minutiae-template.ts';
import { synthMinutiae } from '../../fixtures/synth/minutiae.ts';
import { loadNative } from './index.ts';
import type { NativeCore } from './index.ts';
import { backends, wasmRequired } from './test/backends.ts';

/** Two impressions of each of four generated fingers: genuine and impostor pairs. */
const templates = [11, 12, 13, 14].flatMap((finger) =>
  [0, 1].map((impression) => encodeSynthMinutiae(synthMinutiae(finger, impression), 2).bytes),
);

/** Every pair's score from the addon: the reference the other builds must reproduce exactly. */
function allScores(core: NativeCore): number[] {
  const prepared = templates.map((t) => core.prepareTemplate(t));
  return prepared.flatMap((a) => prepared.map((b) => core.matchPrepared(a, b)));
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return undefined;
}

for (const backend of backends) {
  describe.skipIf(backend.unavailable !== undefined && !wasmRequired)(`matcher (${backend.name})`, () => {
    const core = (): NativeCore => {
      if (backend.unavailable) throw new Error(backend.unavailable);
      return backend.load();
    };

    it('prepares the same bytes and scores every pair exactly as the addon does', () => {
      const addon = loadNative();
      templates.forEach((t) =>
        expect(Buffer.from(core().prepareTemplate(t)).equals(Buffer.from(addon.prepareTemplate(t)))).toBe(
          true,
        ),
      );
      const scores = allScores(core());
      expect(scores).toEqual(allScores(addon));
      // genuine pairs (same finger, other impression) outscore every impostor pair
      const at = (i: number, j: number): number => scores[i * templates.length + j]!;
      const genuine = [0, 2, 4, 6].map((i) => at(i, i + 1));
      const impostor = [0, 2, 4, 6].flatMap((i) => [0, 2, 4, 6].filter((j) => j !== i).map((j) => at(i, j)));
      expect(Math.min(...genuine)).toBeGreaterThan(Math.max(...impostor));
    });

    it('refuses buffers that are not prepared templates, with the matcher code', () => {
      const p = core().prepareTemplate(templates[0]!);
      expect(codeOf(() => core().matchPrepared(new Uint8Array(64), p))).toBe('ST_E_MATCH_NOT_PREPARED');
      expect(codeOf(() => core().matchPrepared(p.subarray(0, p.length - 8), p))).toMatch(/^ST_E_MATCH/);
      expect(codeOf(() => core().prepareTemplate(new Uint8Array([1, 2, 3])))).toMatch(/^ST_E_/);
    });
  });
}
