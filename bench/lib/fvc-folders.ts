/**
 * FVC-style dataset folders, shared by the benchmarks (bench/fvc.ts, bench/fvc-protocol.ts) and the fingerprint
 * calibration (models/calibrate-finger.ts): the folder walk and the file name convention.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Fingerprint image files the benchmarks and the calibration read. */
export const fvcImagePattern = /\.(tif|tiff|png|bmp|wsq|jpe?g)$/i;

/**
 * Finger and impression of a base name (no extension): FINGER_IMPRESSION (FVC) or PERSON_FINGER_SCAN (finger =
 * PERSON_FINGER); undefined for any other shape.
 */
export function fvcSampleName(base: string): { finger: string; impression: number } | undefined {
  const parts = base.split('_');
  if (parts.length === 2) return { finger: parts[0]!, impression: Number(parts[1]) };
  if (parts.length === 3) return { finger: `${parts[0]}_${parts[1]}`, impression: Number(parts[2]) };
  return undefined;
}

/**
 * Folders under root (root included) holding a file that passes `holds`, depth first in name order; folders named
 * in `skip` are not entered.
 */
export function foldersHolding(
  root: string,
  holds: (file: string) => boolean,
  skip: readonly string[] = [],
): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir).sort();
    if (entries.some(holds)) found.push(dir);
    for (const e of entries) {
      const p = path.join(dir, e);
      if (!skip.includes(e) && statSync(p).isDirectory()) walk(p);
    }
  };
  walk(root);
  return found;
}
