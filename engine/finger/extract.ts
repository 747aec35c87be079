import { InputError } from '../errors.ts';
import { isNativeError, loadNative } from '../native/index.ts';
import { captureDpiOf, type CaptureDpi } from './capture-dpi.ts';
import { decodeToGray, rawToGray } from './decode.ts';
import type { GrayImage, RawGrayInput } from './decode.ts';
import { fingerParams } from './params.ts';
import { qualityFeedbackOf } from './quality-feedback.ts';
import { qualityFeaturesOf } from './quality-features.ts';
import { decodeTemplate, encodeTemplate } from './template.ts';
import type { FingerTemplate } from './template.ts';

export interface ExtractOptions {
  /** Capture resolution, 250..1000 dpi; overrides the one the image states (else 500: capture-dpi.ts). */
  dpi?: number;
  /** ISO finger position 0 (unknown) .. 10. */
  position?: number;
}

/** A template and the resolution it was extracted at. */
export interface ExtractedFinger extends FingerTemplate {
  capture: CaptureDpi;
}

function checkOptions(opts: ExtractOptions): { dpi: number | undefined; position: number } {
  const dpi = opts.dpi;
  const position = opts.position ?? 0;
  if (
    dpi !== undefined &&
    (!Number.isInteger(dpi) || dpi < fingerParams.minDpi || dpi > fingerParams.maxDpi)
  ) {
    throw new InputError(
      'INVALID_FIELD',
      `dpi must be an integer ${fingerParams.minDpi}..${fingerParams.maxDpi}`,
      'dpi',
    );
  }
  if (!Number.isInteger(position) || position < 0 || position > 10) {
    throw new InputError(
      'INVALID_FIELD',
      'position must be an integer 0..10 (ISO finger position)',
      'position',
    );
  }
  return { dpi, position };
}

/**
 * Minutiae template from a gray image already in memory (the step benchmarks time), with the quality feedback
 * codes; an image that is not a fingerprint keeps its minutiae for inspection but gets quality 0.
 */
export function extractFromGray(image: GrayImage, opts: ExtractOptions = {}): ExtractedFinger {
  const { dpi: requestedDpi, position } = checkOptions(opts);
  const capture = captureDpiOf(requestedDpi, image.resolution);
  const dpi = capture.dpi;
  const template = extractMinutiae(image, dpi, position);
  const feedback = qualityFeedbackOf(qualityFeaturesOf(image, dpi), template.minutiae.length);
  if (!feedback.includes('NOT_A_FINGERPRINT')) return { ...template, qualityFeedback: feedback, capture };
  const { width, height, minutiae } = template;
  return {
    ...encodeTemplate({ width, height, quality: 0, position, minutiae }),
    qualityFeedback: feedback,
    capture,
  };
}

function extractMinutiae(image: GrayImage, dpi: number, position: number): FingerTemplate {
  let bytes: Uint8Array;
  try {
    bytes = loadNative().extract(image.pixels, image.width, image.height, dpi, position);
  } catch (err) {
    if (isNativeError(err)) {
      if (err.code === 'ST_E_NO_FINGER')
        throw new InputError('NO_FINGERPRINT', 'no fingerprint found in the image', 'image');
      if (err.code === 'ST_E_IMAGE_SIZE') {
        throw new InputError(
          'INVALID_IMAGE',
          `image size ${image.width}x${image.height} at ${dpi} dpi is out of range`,
          'image',
        );
      }
      throw new InputError('INVALID_IMAGE', `${err.message} (${err.code})`, 'image');
    }
    throw err;
  }
  return decodeTemplate(bytes);
}

/** Image (PNG/JPEG/TIFF/BMP bytes, or raw gray with its size) to a minutiae template. */
export async function extractTemplate(
  image: Uint8Array | RawGrayInput,
  opts: ExtractOptions = {},
): Promise<ExtractedFinger> {
  checkOptions(opts);
  const gray = image instanceof Uint8Array ? await decodeToGray(image) : rawToGray(image);
  return extractFromGray(gray, opts);
}
