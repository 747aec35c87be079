import { describe, expect, it } from 'vitest';
import {
  blank,
  demoPhotos,
  drawnNonFingerprints,
  noise,
  portraits,
  screenPhoto,
} from '../../fixtures/non-fingerprints.ts';
import { generateFingerImpression } from '../../fixtures/synth/index.ts';
import { backends, wasmRequired } from '../native/test/backends.ts';
import { drawSyntheticRidges } from '../native/test/synthetic-ridges.ts';
import { extractFromGray } from './extract.ts';
import { qualityFeedbackOf } from './quality-feedback.ts';
import { qualityFeaturesOf } from './quality-features.ts';
import type { GrayImage } from './decode.ts';

const feedback = (image: GrayImage, dpi = 500) => qualityFeedbackOf(qualityFeaturesOf(image, dpi));

/** Square-wave ridges of period 12 px in an elliptical print: `ridgePx` of each period is ridge (dark). */
function squareRidges(ridgePx: number): GrayImage {
  const width = 320;
  const height = 360;
  const pixels = new Uint8Array(width * height).fill(235);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const inside = ((x - 160) / 128) ** 2 + ((y - 180) / 151) ** 2 <= 1;
      if (inside) pixels[y * width + x] = x % 12 < ridgePx ? 50 : 215;
    }
  return { pixels, width, height };
}

describe('NOT_A_FINGERPRINT', () => {
  it('refuses blank, noise and document images', () => {
    for (const image of drawnNonFingerprints()) {
      expect(feedback(image), image.name).toContain('NOT_A_FINGERPRINT');
    }
  });

  it('refuses portraits, a photo of a screen and the face-api demo photos', async () => {
    for (const image of [...(await portraits()), await screenPhoto(), ...(await demoPhotos())]) {
      expect(feedback(image), image.name).toContain('NOT_A_FINGERPRINT');
    }
  });

  it('accepts synthetic ridges and generated prints', () => {
    for (const f of ['ending', 'fork', 'none'] as const) {
      expect(feedback(drawSyntheticRidges(320, 360, 7, f))).not.toContain('NOT_A_FINGERPRINT');
    }
    for (let seed = 1; seed <= 6; seed++) {
      expect(feedback(generateFingerImpression(seed, seed % 3)), `synth ${seed}`).not.toContain(
        'NOT_A_FINGERPRINT',
      );
    }
  });

  it('a portrait sent for extraction keeps its minutiae but gets quality 0 and the code', async () => {
    const [image] = await portraits();
    const t = extractFromGray(image!);
    expect(t.quality).toBe(0);
    expect(t.qualityFeedback).toContain('NOT_A_FINGERPRINT');
    const print = extractFromGray(generateFingerImpression(3, 0));
    expect(print.quality).toBeGreaterThan(0);
    expect(print.qualityFeedback).not.toContain('NOT_A_FINGERPRINT');
  });
});

describe('actionable feedback', () => {
  it('too dark, too light, low contrast', () => {
    const r = drawSyntheticRidges(320, 360, 7, 'none');
    const dark = { ...r, pixels: r.pixels.map((v) => Math.round(v * 0.2)) };
    const light = { ...r, pixels: r.pixels.map((v) => 225 + Math.round(v / 9)) };
    const flat = { ...r, pixels: r.pixels.map((v) => 120 + Math.round(v / 16)) };
    expect(feedback(r)).toEqual([]);
    expect(feedback(dark)).toContain('TOO_DARK');
    expect(feedback(light)).toContain('TOO_LIGHT');
    expect(feedback(flat)).toContain('LOW_CONTRAST');
  });

  it('small and off-centre contact', () => {
    const r = drawSyntheticRidges(320, 360, 7, 'none');
    // only a 96 x 96 px patch of ridges, in a corner
    const small = new Uint8Array(640 * 640).fill(235);
    for (let y = 0; y < 96; y++)
      for (let x = 0; x < 96; x++) small[(y + 20) * 640 + x + 20] = r.pixels[(y + 130) * 320 + x + 110]!;
    const codes = feedback({ pixels: small, width: 640, height: 640 });
    expect(codes).toContain('SMALL_CONTACT_AREA');
    expect(codes).toContain('OFF_CENTRE');
    expect(codes).not.toContain('NOT_A_FINGERPRINT');
    expect(feedback(r)).not.toContain('SMALL_CONTACT_AREA');
  });

  it('smudged (wet, merged ridges) and dry (thin ridges)', () => {
    expect(feedback(squareRidges(6))).toEqual([]);
    expect(feedback(squareRidges(9))).toContain('SMUDGED');
    expect(feedback(squareRidges(3))).toContain('DRY');
  });

  it('too few minutiae when the extractor kept fewer than the Verify gate needs', () => {
    const f = qualityFeaturesOf(generateFingerImpression(3, 0), 500);
    expect(qualityFeedbackOf(f, 3)).toContain('TOO_FEW_MINUTIAE');
    expect(qualityFeedbackOf(f, 40)).not.toContain('TOO_FEW_MINUTIAE');
  });

  it('odd images get features and codes, never a crash', () => {
    const thinLines = new Uint8Array(300 * 300).map((_, i) => ((i % 300) % 2 ? 0 : 255));
    for (const [image, dpi] of [
      [blank(0, 32, 32), 500],
      [{ pixels: thinLines, width: 300, height: 300 }, 500],
      [blank(200, 4000, 600), 1000],
      [noise(5, 0, 40, 900), 250],
    ] as const) {
      expect(feedback(image, dpi)).toContain('NOT_A_FINGERPRINT');
    }
  });
});

describe.skipIf(backends.some((b) => b.unavailable !== undefined) && !wasmRequired)(
  'addon and wasm agree on quality features',
  () => {
    it('the same fields for a print, a portrait and noise', async () => {
      const [addon, wasm] = backends.map((b) => b.load());
      const [face] = await portraits();
      for (const image of [generateFingerImpression(2, 1), face!, noise(7, 2)]) {
        const a = addon!.qualityFeatures(image.pixels, image.width, image.height, 500);
        const b = wasm!.qualityFeatures(image.pixels, image.width, image.height, 500);
        expect([...b]).toEqual([...a]);
      }
    });
  },
);
