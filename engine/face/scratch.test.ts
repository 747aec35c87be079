import { describe, expect, it } from 'vitest';
import { detectorInput } from './detect.ts';
import type { RgbImage } from './image.ts';
import { detectorInputHeightPx, detectorInputWidthPx } from './params.ts';
import { borrowFloats, giveBackFloats } from './scratch.ts';

const image = (width: number, height: number, value: number): RgbImage => ({
  data: new Uint8Array(width * height * 3).fill(value),
  width,
  height,
  scaleToOriginal: 1,
  originX: 0,
  originY: 0,
});

describe('borrowed model inputs', () => {
  it('hands a given-back buffer out again, and never one still borrowed', () => {
    const a = borrowFloats(7);
    const b = borrowFloats(7);
    expect(b).not.toBe(a);
    giveBackFloats(a);
    expect(borrowFloats(7)).toBe(a);
  });

  it('letterbox padding is written afresh when the detector input buffer is reused', async () => {
    const w = detectorInputWidthPx;
    const h = detectorInputHeightPx;
    // A full-size bright frame leaves its values in the buffer; a narrow one must pad over them.
    const full = await detectorInput(image(w, h, 255));
    giveBackFloats(full.tensor);
    const pad = (127 - 127) / 128;
    // Padded on the right (a square frame), then below (a wide one): neither keeps the bright values.
    const square = await detectorInput(image(h, h, 255));
    expect(square.tensor).toBe(full.tensor);
    for (let c = 0; c < 3; c++) {
      expect(square.tensor[c * w * h + h - 1]).toBeCloseTo(1, 5);
      expect(square.tensor[c * w * h + h]).toBe(pad);
      expect(square.tensor[(c + 1) * w * h - 1]).toBe(pad);
    }
    giveBackFloats(square.tensor);
    const narrow = await detectorInput(image(w, h / 2, 255));
    expect(narrow.tensor).toBe(full.tensor);
    for (let c = 0; c < 3; c++) {
      expect(narrow.tensor[c * w * h + (h / 2) * w - 1]).toBeCloseTo(1, 5);
      expect(narrow.tensor[c * w * h + (h / 2) * w]).toBe(pad);
      expect(narrow.tensor[(c + 1) * w * h - 1]).toBe(pad);
    }
    giveBackFloats(narrow.tensor);
  });
});
