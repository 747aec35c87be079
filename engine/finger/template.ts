import { InputError } from '../errors.ts';
import { coreConstants as C } from '../native/core-constants.ts';
import { isNativeError, loadNative, MINUTIA_FIELDS, NativeTemplateFormat } from '../native/index.ts';
import type { NativeTemplateFormatId } from '../native/index.ts';
import { fingerParams } from './params.ts';
import { readTemplateHeader, type FingerTemplateHeader } from './template-header.ts';

export type MinutiaType = 'other' | 'ending' | 'bifurcation';

export interface Minutia {
  /** Pixels at 500 dpi, origin top-left, y down. */
  x: number;
  y: number;
  /** Ridge direction in degrees counter-clockwise from +x (ISO/IEC 19794-2 convention), 360/256 steps. */
  angleDeg: number;
  type: MinutiaType;
  /** 0..100 */
  quality: number;
}

/** A fingerprint template: header fields and minutiae; `bytes` is the internal encoding records store. */
export interface FingerTemplate extends Omit<FingerTemplateHeader, 'minutiaeCount'> {
  minutiae: Minutia[];
}

export type TemplateFormat = 'sinhtrac' | 'iso19794-2:2005' | 'ansi378:2004';

export const templateFormats: readonly TemplateFormat[] = ['sinhtrac', 'iso19794-2:2005', 'ansi378:2004'];

const formatIds: Record<TemplateFormat, NativeTemplateFormatId> = {
  sinhtrac: NativeTemplateFormat.sinhtrac,
  'iso19794-2:2005': NativeTemplateFormat.iso19794_2_2005,
  'ansi378:2004': NativeTemplateFormat.ansi378_2004,
};

/** Indexed by st_minutia_type (template.h). */
const minutiaTypes: readonly MinutiaType[] = Object.assign<MinutiaType[], Record<number, MinutiaType>>([], {
  [C.ST_MINUTIA_OTHER]: 'other',
  [C.ST_MINUTIA_ENDING]: 'ending',
  [C.ST_MINUTIA_BIFURCATION]: 'bifurcation',
});

function formatId(format: TemplateFormat): NativeTemplateFormatId {
  const id = formatIds[format];
  if (id === undefined) {
    throw new InputError('INVALID_FIELD', `format must be one of ${templateFormats.join(', ')}`, 'format');
  }
  return id;
}

/** Maps a core failure on caller-supplied template bytes to an InputError; anything else is a bug and rethrown. */
export function templateError(err: unknown, field = 'template'): never {
  if (isNativeError(err)) {
    const code = err.code === 'ST_E_BAD_VERSION' ? 'UNSUPPORTED_TEMPLATE_VERSION' : 'INVALID_TEMPLATE';
    throw new InputError(code, `${err.message} (${err.code})`, field);
  }
  throw err;
}

/** Builds the typed view of internal template bytes. */
export function decodeTemplate(bytes: Uint8Array): FingerTemplate {
  let decoded;
  try {
    decoded = loadNative().decodeTemplate(bytes);
  } catch (err) {
    templateError(err);
  }
  const minutiae: Minutia[] = [];
  const f = decoded.minutiae;
  for (let i = 0; i + MINUTIA_FIELDS <= f.length; i += MINUTIA_FIELDS) {
    minutiae.push({
      x: f[i + C.ST_MINUTIA_X] ?? 0,
      y: f[i + C.ST_MINUTIA_Y] ?? 0,
      angleDeg: ((f[i + C.ST_MINUTIA_ANGLE] ?? 0) * 360) / 256,
      type: minutiaTypes[f[i + C.ST_MINUTIA_TYPE] ?? 0] ?? 'other',
      quality: f[i + C.ST_MINUTIA_QUALITY] ?? 0,
    });
  }
  return {
    format: 'sinhtrac',
    version: 1,
    width: decoded.width,
    height: decoded.height,
    quality: decoded.quality,
    position: decoded.position,
    minutiae,
    bytes,
  };
}

function checkBytes(bytes: Uint8Array): void {
  if (!(bytes instanceof Uint8Array))
    throw new InputError('INVALID_FIELD', 'template must be bytes', 'template');
  if (bytes.byteLength === 0) throw new InputError('INVALID_TEMPLATE', 'template is empty', 'template');
  if (bytes.byteLength > fingerParams.maxTemplateBytes) {
    throw new InputError(
      'INVALID_TEMPLATE',
      `template is over ${fingerParams.maxTemplateBytes} bytes`,
      'template',
    );
  }
}

function importInternal(bytes: Uint8Array, format: TemplateFormat): Uint8Array {
  checkBytes(bytes);
  const id = formatId(format);
  try {
    return loadNative().importTemplate(bytes, id);
  } catch (err) {
    templateError(err);
  }
}

/** Reads a template in any supported format (first finger view of ISO/ANSI records, rescaled to 500 dpi). */
export function importTemplate(bytes: Uint8Array, format: TemplateFormat): FingerTemplate {
  return decodeTemplate(importInternal(bytes, format));
}

/** Like importTemplate, with the header only: for a comparison, which never needs the minutiae as objects. */
export function importTemplateHeader(bytes: Uint8Array, format: TemplateFormat): FingerTemplateHeader {
  return readTemplateHeader(importInternal(bytes, format));
}

/** Writes a template in the given format (ISO/ANSI: one finger view at 500 dpi, no extended data). */
export function exportTemplate(t: FingerTemplate | Uint8Array, format: TemplateFormat): Uint8Array {
  const bytes = t instanceof Uint8Array ? t : t.bytes;
  checkBytes(bytes);
  const id = formatId(format);
  try {
    return loadNative().exportTemplate(bytes, id);
  } catch (err) {
    templateError(err);
  }
}

/** Builds a template from minutiae (tests, synthetic records); validates like the codecs do. */
export function encodeTemplate(t: Omit<FingerTemplate, 'bytes' | 'format' | 'version'>): FingerTemplate {
  const flat = new Int32Array(t.minutiae.length * MINUTIA_FIELDS);
  t.minutiae.forEach((m, i) => {
    const at = i * MINUTIA_FIELDS;
    flat[at + C.ST_MINUTIA_X] = m.x;
    flat[at + C.ST_MINUTIA_Y] = m.y;
    flat[at + C.ST_MINUTIA_ANGLE] = Math.round((m.angleDeg * 256) / 360) & 255;
    flat[at + C.ST_MINUTIA_TYPE] = minutiaTypes.indexOf(m.type);
    flat[at + C.ST_MINUTIA_QUALITY] = m.quality;
  });
  let bytes: Uint8Array;
  try {
    bytes = loadNative().encodeTemplate(t.width, t.height, t.quality, t.position, flat);
  } catch (err) {
    templateError(err);
  }
  return decodeTemplate(bytes);
}
