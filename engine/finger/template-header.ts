import { coreConstants as C } from '../native/core-constants.ts';
import type { QualityFeedbackCode } from './quality-feedback.ts';
import type { FingerTemplate } from './template.ts';

/** A template's header fields without its minutiae: what a verification needs beside the matcher's own form. */
export interface FingerTemplateHeader {
  format: 'sinhtrac';
  version: 1;
  width: number;
  height: number;
  /** Overall image quality 0..100. */
  quality: number;
  /** ISO finger position 0 (unknown) .. 10. */
  position: number;
  minutiaeCount: number;
  bytes: Uint8Array;
  /** Feedback codes of the capture the template was extracted from (absent for imported templates). */
  qualityFeedback?: readonly QualityFeedbackCode[];
}

/**
 * Header of internal template bytes the native core has already accepted (import, decode or prepare): a read of
 * fixed offsets (template_codec.h's ST_TEMPLATE_*_OFFSET, through the core's constants), no per-minutia objects.
 */
export function readTemplateHeader(bytes: Uint8Array): FingerTemplateHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    format: 'sinhtrac',
    version: 1,
    width: view.getUint16(C.ST_TEMPLATE_WIDTH_OFFSET, true),
    height: view.getUint16(C.ST_TEMPLATE_HEIGHT_OFFSET, true),
    quality: view.getUint8(C.ST_TEMPLATE_QUALITY_OFFSET),
    position: view.getUint8(C.ST_TEMPLATE_POSITION_OFFSET),
    minutiaeCount: view.getUint16(C.ST_TEMPLATE_COUNT_OFFSET, true),
    bytes,
  };
}

export function templateHeaderOf(t: FingerTemplate): FingerTemplateHeader {
  return {
    format: t.format,
    version: t.version,
    width: t.width,
    height: t.height,
    quality: t.quality,
    position: t.position,
    minutiaeCount: t.minutiae.length,
    bytes: t.bytes,
    ...(t.qualityFeedback ? { qualityFeedback: t.qualityFeedback } : {}),
  };
}
