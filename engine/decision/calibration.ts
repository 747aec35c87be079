import { readFileSync } from 'node:fs';
import { calibrationFile } from '../repo-paths.ts';
import { isImpostorTail } from './impostor-tail.ts';
import type { ImpostorTail } from './impostor-tail.ts';

/** Modalities with a calibration file `models/<modality>-calibration.json`. */
export type Modality = 'face' | 'finger';

export interface CalibratedThreshold {
  target_fmr: number;
  threshold: number;
  measured_fmr: number;
  measured_fnmr: number;
}

/** The schema shared by every modality's calibration file. */
export interface Calibration {
  modality: Modality;
  model: string;
  template_version: string | number;
  score: string;
  method: string;
  dataset: string;
  genuine_pairs: number;
  impostor_pairs: number;
  default_target_fmr: number;
  /** Sorted by target_fmr, loosest first, after loading. */
  thresholds: CalibratedThreshold[];
  /** The measured impostor score distribution, finer than the thresholds (models/calibrate.ts writes it). */
  impostor_tail?: ImpostorTail;
}

export function calibrationPath(modality: Modality): string {
  return calibrationFile(modality);
}

function fail(modality: Modality, why: string): never {
  throw new Error(`models/${modality}-calibration.json: ${why}`);
}

/** Parses and checks a calibration document; a broken file stops the service rather than deciding wrongly. */
export function parseCalibration(modality: Modality, json: unknown): Calibration {
  const c = json as Partial<Calibration> | null;
  if (c === null || typeof c !== 'object') fail(modality, 'not a JSON object');
  if (c.modality !== modality) fail(modality, `modality is ${String(c.modality)}`);
  if (!Array.isArray(c.thresholds) || c.thresholds.length === 0) fail(modality, 'no thresholds');
  for (const t of c.thresholds) {
    if (!(t.target_fmr > 0 && t.target_fmr < 1) || !Number.isFinite(t.threshold)) {
      fail(modality, `bad threshold entry ${JSON.stringify(t)}`);
    }
  }
  if (!(typeof c.default_target_fmr === 'number' && c.default_target_fmr > 0 && c.default_target_fmr < 1)) {
    fail(modality, 'default_target_fmr must be in (0, 1)');
  }
  if (c.impostor_tail !== undefined && !isImpostorTail(c.impostor_tail))
    fail(modality, 'impostor_tail must be a list of [score, fraction] pairs');
  const thresholds = [...c.thresholds].sort((p, q) => q.target_fmr - p.target_fmr);
  return { ...(c as Calibration), thresholds };
}

const cache = new Map<Modality, Calibration>();

/** Loaded once per process; the file ships with the repository. */
export function loadCalibration(modality: Modality): Calibration {
  let c = cache.get(modality);
  if (c === undefined) {
    let text: string;
    try {
      text = readFileSync(calibrationPath(modality), 'utf8');
    } catch {
      fail(modality, 'missing: this modality has not been calibrated');
    }
    c = parseCalibration(modality, JSON.parse(text));
    cache.set(modality, c);
  }
  return c;
}
