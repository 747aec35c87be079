/** The core's interface as both backends (the Node-API addon, the WebAssembly module) give it to the engine. */
import { coreConstants } from './core-constants.ts';

/** Template format ids of importTemplate/exportTemplate (st_template_format, api.h). */
export const NativeTemplateFormat = {
  sinhtrac: coreConstants.ST_FORMAT_SINHTRAC,
  iso19794_2_2005: coreConstants.ST_FORMAT_ISO19794_2_2005,
  ansi378_2004: coreConstants.ST_FORMAT_ANSI378_2004,
} as const;
export type NativeTemplateFormatId = (typeof NativeTemplateFormat)[keyof typeof NativeTemplateFormat];

/** Fields per minutia in the flat Int32Array form: x, y, angle (256ths of a turn), type, quality. */
export const MINUTIA_FIELDS = coreConstants.ST_MINUTIA_FIELDS;

export interface NativeDecodedTemplate {
  width: number;
  height: number;
  quality: number;
  position: number;
  /** [x, y, angle, type, quality] per minutia. */
  minutiae: Int32Array;
  /** Opaque data the matcher appended to the template (empty if none). */
  extension: Uint8Array;
}

/** A decoded WSQ image: 8-bit gray, row-major; ppi from the file's NIST_COM comment, -1 when it says none. */
export interface NativeWsqImage {
  pixels: Uint8Array;
  width: number;
  height: number;
  ppi: number;
}

/**
 * The core functions (api.c's table; a function added there gets one line here); every failure throws an Error
 * whose `code` is an st_status name (e.g. ST_E_BAD_MAGIC), a TypeError with code ST_E_ARGUMENT for a value of the
 * wrong JavaScript type.
 */
export interface NativeCore {
  extract(gray: Uint8Array, width: number, height: number, dpi: number, position: number): Uint8Array;
  /** Quality measures of a gray image at its dpi (quality_features.h): int32 fields in ST_QF_* order. */
  qualityFeatures(gray: Uint8Array, width: number, height: number, dpi: number): Int32Array;
  importTemplate(bytes: Uint8Array, format: NativeTemplateFormatId): Uint8Array;
  exportTemplate(template: Uint8Array, format: NativeTemplateFormatId): Uint8Array;
  decodeTemplate(template: Uint8Array): NativeDecodedTemplate;
  encodeTemplate(
    width: number,
    height: number,
    quality: number,
    position: number,
    minutiae: Int32Array,
  ): Uint8Array;
  /** Internal template bytes -> prepared template bytes (the matcher's search structures). */
  prepareTemplate(template: Uint8Array): Uint8Array;
  /** Similarity of two prepared templates, >= 0, symmetric. */
  matchPrepared(a: Uint8Array, b: Uint8Array): number;
  /** WSQ bytes -> gray image (byte-exact with NBIS dwsq); a frame over maxPixels is refused (ST_E_IMAGE_SIZE). */
  decodeWsq(wsq: Uint8Array, maxPixels: number): NativeWsqImage;
  /** BMP header checked (sizes, offsets, palette against the bytes): int32 fields ST_IMAGE_INFO_* (image_file.h). */
  bmpInfo(image: Uint8Array): Int32Array;
  /** BMP to gray, width x height bytes, top row first (bmp.h). */
  decodeBmp(image: Uint8Array): Uint8Array;
  /** The core's own table of status codes, format ids and layouts (what core-constants.ts was generated from). */
  readonly constants: Readonly<Record<string, number>>;
}

/** What a backend serves as is: decodeTemplate gives the int32 fields of api.h's ST_DECODED_* layout. */
export type NativeCalls = Omit<NativeCore, 'decodeTemplate' | 'decodeWsq'> & {
  decodeTemplate(template: Uint8Array): Int32Array;
  /** ST_WSQ_RESULT_* int32 fields (little-endian), then the pixels. */
  decodeWsq(wsq: Uint8Array, maxPixels: number): Uint8Array;
};

/** Error thrown by the core: `code` names the st_status. */
export interface NativeError extends Error {
  code: string;
}

export function isNativeError(err: unknown): err is NativeError {
  return (
    err instanceof Error &&
    typeof (err as { code?: unknown }).code === 'string' &&
    /^ST_/.test((err as NativeError).code)
  );
}

/** Names of the constants where the built core and core-constants.ts disagree (empty when they agree). */
export function constantsMismatch(constants: Readonly<Record<string, number>>): string[] {
  const expected: Readonly<Record<string, number>> = coreConstants;
  const names = new Set([...Object.keys(expected), ...Object.keys(constants)]);
  return [...names].filter((name) => expected[name] !== constants[name]);
}

const C = coreConstants;

/** The engine's NativeCore over a backend's calls; refuses a build whose constants are not this file's. */
export function nativeCoreOf(calls: NativeCalls, built: string): NativeCore {
  const mismatch = constantsMismatch(calls.constants);
  if (mismatch.length > 0) {
    throw new Error(
      `sinhtrac native core ${built} disagrees with engine/native/core-constants.ts on ${mismatch.join(', ')}: ` +
        'rebuild it (node engine/native/build-addon.mjs, npm run build:wasm) or, after changing the C side, ' +
        'regenerate the file (node --import tsx engine/native/tools/generate-constants.ts)',
    );
  }
  return {
    ...calls,
    decodeTemplate(template: Uint8Array): NativeDecodedTemplate {
      const f = calls.decodeTemplate(template);
      const count = f[C.ST_DECODED_COUNT] ?? 0;
      const extensionOffset = f[C.ST_DECODED_EXTENSION_OFFSET] ?? 0;
      const extensionBytes = f[C.ST_DECODED_EXTENSION_BYTES] ?? 0;
      const minutiaeStart = C.ST_DECODED_HEADER_FIELDS;
      return {
        width: f[C.ST_DECODED_WIDTH] ?? 0,
        height: f[C.ST_DECODED_HEIGHT] ?? 0,
        quality: f[C.ST_DECODED_QUALITY] ?? 0,
        position: f[C.ST_DECODED_POSITION] ?? 0,
        minutiae: f.slice(minutiaeStart, minutiaeStart + count * MINUTIA_FIELDS),
        extension: new Uint8Array(template.subarray(extensionOffset, extensionOffset + extensionBytes)),
      };
    },
    decodeWsq(wsq: Uint8Array, maxPixels: number): NativeWsqImage {
      const out = calls.decodeWsq(wsq, maxPixels);
      const fields = new DataView(out.buffer, out.byteOffset, C.ST_WSQ_RESULT_FIELDS * 4);
      const field = (i: number): number => fields.getInt32(i * 4, true);
      return {
        width: field(C.ST_WSQ_RESULT_WIDTH),
        height: field(C.ST_WSQ_RESULT_HEIGHT),
        ppi: field(C.ST_WSQ_RESULT_PPI),
        pixels: out.subarray(C.ST_WSQ_RESULT_FIELDS * 4),
      };
    },
  };
}
