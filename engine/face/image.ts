/** A decoded image: 8-bit sRGB, 3 interleaved channels, row-major, top-left origin, orientation applied. */
export interface RgbImage {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** Original (oriented) pixels per decoded pixel: > 1 when the photo was decoded at reduced size. */
  readonly scaleToOriginal: number;
  /** Where this image's top-left corner lies in the original, in original pixels (non-zero for a cut region). */
  readonly originX: number;
  readonly originY: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A point of `image` in the caller's original pixels. */
export function toOriginal(image: RgbImage, p: Point): Point {
  return { x: image.originX + p.x * image.scaleToOriginal, y: image.originY + p.y * image.scaleToOriginal };
}

/** A point in the caller's original pixels, in the pixels of `image`. */
export function fromOriginal(image: RgbImage, p: Point): Point {
  return {
    x: (p.x - image.originX) / image.scaleToOriginal,
    y: (p.y - image.originY) / image.scaleToOriginal,
  };
}
