/** Fingerprint-like test images drawn in code: parallel ridges inside an elliptical print, with one known feature
 * at the centre, on a light, slightly noisy background (no real biometric data needed). */
export interface SyntheticRidges {
  pixels: Uint8Array;
  width: number;
  height: number;
  /** The centre feature, pixels at 500 dpi; for 'ending' and 'fork' its ISO direction is 90 degrees. */
  ending: { x: number; y: number; angleDeg: number };
}

/** 'ending': one ridge cut below the centre (a true minutia). 'fork': the same picture with ridges and valleys
 * swapped, so one valley ends at the centre and the two ridges beside it join below (a true bifurcation, ISO
 * direction 90 degrees: away from the stem, between the arms). Artefacts the extractor must not report: 'gap', a
 * short break in one ridge; 'bridge', a short dark join across a valley; 'island', a short thin fragment inside a
 * valley. 'none': plain ridges. */
export type SyntheticFeature = 'ending' | 'fork' | 'gap' | 'bridge' | 'island' | 'none';

export const ridgePeriodPx = 9;
/** How far from the drawn feature an extractor may report it: one ridge period (smoothing along the ridge,
 * 17 px, moves an abrupt synthetic ending by a few pixels). */
export const featureTolerancePx = ridgePeriodPx;

export function drawSyntheticRidges(
  width = 320,
  height = 360,
  seed = 7,
  feature: SyntheticFeature = 'ending',
): SyntheticRidges {
  const pixels = new Uint8Array(width * height);
  let state = seed >>> 0 || 1;
  const noise = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state >>> 24) / 255 - 0.5;
  };
  const cx = width / 2;
  const cy = height / 2;
  const rx = width * 0.4;
  const ry = height * 0.42;
  // ridge centres at x = x0 + k * period; cut the ridge nearest the centre below the ending
  const x0 = 4;
  const k = Math.round((cx - x0) / ridgePeriodPx);
  const endingX = x0 + k * ridgePeriodPx;
  const endingY = Math.round(cy);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inside = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
      let v = 235 + 6 * noise();
      if (inside) {
        let ridge = Math.cos((2 * Math.PI * (x - x0)) / ridgePeriodPx);
        const onRidge = Math.abs(x - endingX) < ridgePeriodPx / 2;
        const onValley = Math.abs(x - endingX - ridgePeriodPx / 2) < ridgePeriodPx / 2;
        if ((feature === 'ending' || feature === 'fork') && y > endingY && onRidge) ridge = -1;
        if (feature === 'gap' && Math.abs(y - endingY) <= 3 && onRidge) ridge = -1;
        if (feature === 'bridge' && Math.abs(y - endingY) <= 5 && onValley) ridge = Math.max(ridge, 0.9);
        const valleyCentre = endingX + ridgePeriodPx / 2;
        if (feature === 'island' && Math.abs(y - endingY) <= 6 && Math.abs(x - valleyCentre) < 1.5)
          ridge = 0.9;
        v = 140 - (feature === 'fork' ? -80 : 80) * ridge + 10 * noise();
      }
      pixels[y * width + x] = Math.max(0, Math.min(255, Math.round(v)));
    }
  }
  return { pixels, width, height, ending: { x: endingX, y: endingY, angleDeg: 90 } };
}
