import { InputError } from '../errors.ts';
import { fingerParams } from './params.ts';

/** Refuses an image below or above the size limits, before its pixels are decoded or allocated. */
export function checkImageSize(width: number, height: number, field: string): void {
  if (width < fingerParams.minSidePx || height < fingerParams.minSidePx) {
    throw new InputError(
      'IMAGE_TOO_SMALL',
      `image is ${width}x${height}; at least ${fingerParams.minSidePx}px per side`,
      field,
    );
  }
  if (
    width > fingerParams.maxSidePx ||
    height > fingerParams.maxSidePx ||
    width * height > fingerParams.maxPixels
  ) {
    throw new InputError(
      'IMAGE_TOO_LARGE',
      `image is ${width}x${height}; at most ${fingerParams.maxSidePx}px per side`,
      field,
    );
  }
}
