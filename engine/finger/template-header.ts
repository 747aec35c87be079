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
}

/**
 * Header of internal template bytes the native core has already accepted (import, decode or prepare): a read of
 * fixed offsets (layout in engine/native/template_codec.c), no per-minutia objects.
 */
export function readTemplateHeader(bytes: Uint8Array): FingerTemplateHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    format: 'sinhtrac',
    version: 1,
    width: view.getUint16(6, true),
    height: view.getUint16(8, true),
    quality: view.getUint8(10),
    position: view.getUint8(11),
    minutiaeCount: view.getUint16(12, true),
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
  };
}
