import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { modelManifestFile, repoPath } from '../repo-paths.ts';

export type FaceModelName = 'face_detector' | 'face_landmarks' | 'face_embedding' | 'face_embedding_dlib';

export interface PackageFile {
  path: string;
  sha256: string;
}

export interface ModelEntry {
  package: string;
  package_version: string;
  /** The model file inside the package (for a derived model: its main source file). */
  path: string;
  sha256: string;
  /** Further package files a derived model is built from. */
  extra_files?: PackageFile[];
  /** A model converted at install (models/prepare.ts) from the package files; path relative to the repository. */
  derived?: PackageFile & { converter: string };
  template_model_id?: number;
}

interface Manifest {
  models: Record<FaceModelName, ModelEntry>;
}

export const manifestPath = modelManifestFile;

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
}

/** Absolute path of a file inside a model's npm package (default: the model file), resolved the way Node does. */
export function modelFilePath(entry: ModelEntry, path = entry.path): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve(`${entry.package}/package.json`);
  return join(dirname(packageJson), path);
}

export function derivedModelPath(entry: ModelEntry & { derived: PackageFile }): string {
  return repoPath(entry.derived.path);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads a file and refuses it unless its sha256 is the pinned one. */
export function readVerifiedFile(file: string, sha256: string, what: string): Uint8Array {
  const bytes = readFileSync(file);
  const actual = sha256Hex(bytes);
  if (actual !== sha256) throw new Error(`${what} at ${file} has sha256 ${actual}, manifest pins ${sha256}`);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Reads the file a model session is created from (the package's file, or the model derived from it at install)
 * and refuses it unless its sha256 is the one the manifest pins.
 */
export function readVerifiedModel(name: FaceModelName, manifest: Manifest = readManifest()): Uint8Array {
  const entry = manifest.models[name];
  if (entry.derived !== undefined) {
    const file = derivedModelPath({ ...entry, derived: entry.derived });
    try {
      return readVerifiedFile(file, entry.derived.sha256, `model ${name}`);
    } catch (err) {
      throw new Error(
        `${(err as Error).message} (it is derived at install: run npm ci or node --import tsx models/prepare.ts)`,
      );
    }
  }
  return readVerifiedFile(modelFilePath(entry), entry.sha256, `model ${name}`);
}
