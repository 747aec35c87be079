/** Pixels per inch along x and y as an image file states them (a header field, not a measurement). */
export interface ImageResolution {
  xDpi: number;
  yDpi: number;
}

/** An 8-bit grayscale image, row-major, one byte per pixel. */
export interface GrayImage {
  pixels: Uint8Array;
  width: number;
  height: number;
  /** The resolution the image file stated, when it stated one (never for raw pixels). */
  resolution?: ImageResolution;
}
