/** A decoded image: 8-bit sRGB, 3 interleaved channels, row-major, top-left origin, orientation applied. */
export interface RgbImage {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** Original (oriented) pixels per decoded pixel: > 1 when a very large photo was decoded at reduced size. */
  readonly scaleToOriginal: number;
}

export interface Point {
  x: number;
  y: number;
}
