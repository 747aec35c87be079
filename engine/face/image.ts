/** A decoded image: 8-bit sRGB, 3 interleaved channels, row-major, top-left origin, orientation applied. */
export interface RgbImage {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  x: number;
  y: number;
}
