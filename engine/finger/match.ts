/**
 * Fingerprint 1:1 comparison: prepared templates (the matcher's search structures, computed once per template and
 * cached), single-finger scores and finger-set fusion by ISO finger position.
 */
import { InputError } from '../errors.ts';
import { isNativeError, loadNative } from '../native/index.ts';
import { fuseFingerScores } from './match-fusion.ts';
import { templateError } from './template.ts';
import type { FingerTemplate } from './template.ts';
import { readTemplateHeader, type FingerTemplateHeader } from './template-header.ts';

/** A template with the matcher's search structures; compare it many times for the cost of one preparation. */
export interface PreparedFingerTemplate {
  readonly kind: 'prepared-finger';
  /** ISO finger position recorded in the template, 0 when unknown. */
  readonly position: number;
  readonly minutiaeCount: number;
  /** Opaque matcher data: derived from the template, so it is cached, never the record of truth. */
  readonly bytes: Uint8Array;
}

/** A template as FingerTemplate, its header, internal sinhtrac bytes, or already prepared. */
export type FingerTemplateInput = FingerTemplate | FingerTemplateHeader | Uint8Array | PreparedFingerTemplate;

/** Prepared forms keyed by the template bytes object, so a stored record is prepared once while it lives. */
const preparedCache = new WeakMap<Uint8Array, PreparedFingerTemplate>();

function isPrepared(t: FingerTemplateInput): t is PreparedFingerTemplate {
  return !(t instanceof Uint8Array) && (t as PreparedFingerTemplate).kind === 'prepared-finger';
}

export function prepareFingerTemplate(t: FingerTemplateInput, field = 'template'): PreparedFingerTemplate {
  if (isPrepared(t)) return t;
  const template = t instanceof Uint8Array ? undefined : t;
  const bytes = t instanceof Uint8Array ? t : t.bytes;
  if (!(bytes instanceof Uint8Array))
    throw new InputError('INVALID_FIELD', `${field} must be a template`, field);
  const cached = preparedCache.get(bytes);
  if (cached) return cached;
  if (bytes.byteLength === 0) throw new InputError('INVALID_TEMPLATE', `${field} is empty`, field);
  let prepared: Uint8Array;
  try {
    prepared = loadNative().prepareTemplate(bytes);
  } catch (err) {
    templateError(err, field);
  }
  // The core has accepted the bytes, so their header is sound; a caller's template may name the position.
  const header = readTemplateHeader(bytes);
  const result: PreparedFingerTemplate = {
    kind: 'prepared-finger',
    position: template?.position ?? header.position,
    minutiaeCount: header.minutiaeCount,
    bytes: prepared,
  };
  preparedCache.set(bytes, result);
  return result;
}

function checkPositions(a: number, b: number, field: string): void {
  if (a !== 0 && b !== 0 && a !== b) {
    throw new InputError(
      'FINGER_POSITION_MISMATCH',
      `finger positions differ (${a} vs ${b}): comparing different fingers is never a verification`,
      field,
    );
  }
}

/**
 * Similarity of two fingerprints (>= 0, higher is more similar, symmetric). Templates with 0 minutiae score 0.
 * Both finger positions known and different is a caller error (FINGER_POSITION_MISMATCH); unknown (0) matches any.
 * Scores mean nothing alone: compare them with the calibrated thresholds (models/finger-calibration.json).
 */
export function compareFingerTemplates(a: FingerTemplateInput, b: FingerTemplateInput): number {
  const pa = prepareFingerTemplate(a, 'a');
  const pb = prepareFingerTemplate(b, 'b');
  checkPositions(pa.position, pb.position, 'b');
  try {
    return loadNative().matchPrepared(pa.bytes, pb.bytes);
  } catch (err) {
    if (isNativeError(err)) {
      throw new InputError(
        err.code === 'ST_E_MATCH_VERSION' ? 'UNSUPPORTED_TEMPLATE_VERSION' : 'INVALID_TEMPLATE',
        `${err.message} (${err.code})`,
        'template',
      );
    }
    throw err;
  }
}

export interface FingerSetEntry {
  /** ISO/IEC 19794-2 finger position 1 (right thumb) .. 10 (left little finger). */
  position: number;
  template: FingerTemplateInput;
}

export interface FingerSetComparison {
  /** Fused fingerprint score, on the single-finger score scale (see match-fusion.ts). */
  score: number;
  /** One entry per finger position present on both sides, in probe order. */
  fingers: { position: number; score: number }[];
  /** Probe positions with no reference finger (not compared). */
  unpaired: number[];
}

function checkSet(entries: readonly FingerSetEntry[], field: string): void {
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new InputError('MISSING_FIELD', `${field} needs at least one finger`, field);
  }
  const seen = new Set<number>();
  entries.forEach((e, i) => {
    if (!Number.isInteger(e.position) || e.position < 1 || e.position > 10) {
      throw new InputError(
        'INVALID_FIELD',
        `finger position must be 1-10 (ISO/IEC 19794-2), got ${String(e.position)}`,
        `${field}[${i}].position`,
      );
    }
    if (seen.has(e.position)) {
      throw new InputError(
        'INVALID_FIELD',
        `finger position ${e.position} given twice`,
        `${field}[${i}].position`,
      );
    }
    seen.add(e.position);
  });
}

/**
 * Compares the fingers two sets share (paired by ISO finger position) and fuses their scores into one
 * fingerprint score: each finger's impostor tail probability from the calibration, combined by Fisher's method
 * for independent fingers, mapped back to the single-finger score with that tail. One finger: its own score.
 */
export function compareFingerSets(
  probe: readonly FingerSetEntry[],
  reference: readonly FingerSetEntry[],
): FingerSetComparison {
  checkSet(probe, 'probe');
  checkSet(reference, 'reference');
  const byPosition = new Map(reference.map((r, i) => [r.position, { entry: r, index: i }]));
  const fingers: { position: number; score: number }[] = [];
  const unpaired: number[] = [];
  probe.forEach((p, i) => {
    const ref = byPosition.get(p.position);
    if (!ref) {
      unpaired.push(p.position);
      return;
    }
    const pp = prepareFingerTemplate(p.template, `probe[${i}].template`);
    const rp = prepareFingerTemplate(ref.entry.template, `reference[${ref.index}].template`);
    checkPositions(p.position, pp.position, `probe[${i}].template`);
    checkPositions(p.position, rp.position, `reference[${ref.index}].template`);
    fingers.push({ position: p.position, score: compareFingerTemplates(pp, rp) });
  });
  if (fingers.length === 0) {
    throw new InputError('INVALID_FIELD', 'probe and reference share no finger position', 'probe');
  }
  return { score: fuseFingerScores(fingers.map((f) => f.score)), fingers, unpaired };
}
