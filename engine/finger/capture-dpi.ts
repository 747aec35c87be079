import { InputError } from '../errors.ts';
import type { ImageResolution } from './gray-image.ts';
import { fingerParams } from './params.ts';

/** Where the resolution an extraction used came from. */
export type DpiSource = 'request' | 'image' | 'default';

export interface CaptureDpi {
  dpi: number;
  source: DpiSource;
}

/** Stated x and y within this many dpi are one square-pixel resolution (rounding of pixels per metre). */
const squarePixelToleranceDpi = 1;

/**
 * The resolution to extract at: the request's dpi when given, else the one the image file states, else
 * fingerParams.defaultDpi. A stated resolution below fingerParams.minDpi is taken for what image software writes
 * when nobody set one (72 or 96 dpi) and ignored; one above maxDpi, or non-square pixels, cannot be served
 * and is refused, so a caller that knows better sends dpi.
 */
export function captureDpiOf(requested: number | undefined, stated: ImageResolution | undefined): CaptureDpi {
  if (requested !== undefined) return { dpi: requested, source: 'request' };
  if (!stated || Math.max(stated.xDpi, stated.yDpi) < fingerParams.minDpi) {
    return { dpi: fingerParams.defaultDpi, source: 'default' };
  }
  const { xDpi, yDpi } = stated;
  if (Math.abs(xDpi - yDpi) > squarePixelToleranceDpi) {
    throw new InputError(
      'INVALID_IMAGE',
      `image states ${xDpi} x ${yDpi} dpi (non-square pixels): resample it to square pixels, or send dpi`,
      'image',
    );
  }
  if (xDpi > fingerParams.maxDpi) {
    throw new InputError(
      'INVALID_IMAGE',
      `image states ${xDpi} dpi; ${fingerParams.minDpi}-${fingerParams.maxDpi} dpi are read: resample it, or send dpi`,
      'image',
    );
  }
  return { dpi: Math.max(xDpi, fingerParams.minDpi), source: 'image' };
}
