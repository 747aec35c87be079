import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type FaceModelName = 'face_detector' | 'face_landmarks' | 'face_embedding';

export interface ModelEntry {
  package: string;
  package_version: string;
  path: string;
  sha256: string;
  template_model_id?: number;
}

interface Manifest {
  models: Record<FaceModelName, ModelEntry>;
}

export const manifestPath = fileURLToPath(new URL('../../models/manifest.json', import.meta.url));

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
}

/** Absolute path of a model file inside its npm package, resolved the way Node resolves the package. */
export function modelFilePath(entry: ModelEntry): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve(`${entry.package}/package.json`);
  return join(dirname(packageJson), entry.path);
}

/** Reads a model file and refuses it unless its sha256 is the one the manifest pins. */
export function readVerifiedModel(name: FaceModelName, manifest: Manifest = readManifest()): Uint8Array {
  const entry = manifest.models[name];
  const file = modelFilePath(entry);
  const bytes = readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== entry.sha256) {
    throw new Error(`model ${name} at ${file} has sha256 ${sha256}, manifest pins ${entry.sha256}`);
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
