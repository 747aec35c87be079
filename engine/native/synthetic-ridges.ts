/** Fingerprint-like test images drawn in code: parallel ridges inside an elliptical print, with one known ridge
 * ending, on a light, slightly noisy background (no real biometric data needed). */
export interface SyntheticRidges {
  pixels: Uint8Array;
  width: number;
  height: number;
  /** The ridge ending drawn, pixels at 500 dpi; its ISO direction is 90 degrees (the ridge runs up from it). */
  ending: { x: number; y: number; angleDeg: number };
}

export const ridgePeriodPx = 9;

export function drawSyntheticRidges(width = 320, height = 360, seed = 7): SyntheticRidges {
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
        if (y > endingY && Math.abs(x - endingX) < ridgePeriodPx / 2) ridge = -1;
        v = 140 - 80 * ridge + 10 * noise();
      }
      pixels[y * width + x] = Math.max(0, Math.min(255, Math.round(v)));
    }
  }
  return { pixels, width, height, ending: { x: endingX, y: endingY, angleDeg: 90 } };
}
