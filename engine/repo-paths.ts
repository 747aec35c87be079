/**
 * Where the repository's files are, for the sources (tsx, vitest: this file is engine/repo-paths.ts) and for the
 * compiled build (node dist/...: dist/engine/repo-paths.js) alike. The build compiles TypeScript only; everything
 * else (models, native addons, the WebAssembly core, calibration JSON, proto files, SQL migrations) stays in the
 * repository and is looked up here, so a module never climbs `../..` from its own location.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** True when running the compiled JavaScript in dist/ (tsc keeps .ts sources out of it). */
export const runningCompiled = !import.meta.url.endsWith('.ts');

/** The repository (the directory of package.json), from either layout. */
export const repoRoot = runningCompiled ? resolve(here, '..', '..') : resolve(here, '..');

/** The compiled build's directory (npm run build). */
export const distDir = join(repoRoot, 'dist');

/** A file or directory of the repository, by its path from the repository root. */
export function repoPath(...segments: string[]): string {
  return join(repoRoot, ...segments);
}

export const modelsDir = repoPath('models');
export const modelManifestFile = repoPath('models', 'manifest.json');
export const faceScoreFusionFile = repoPath('models', 'face-score-fusion.json');

export function calibrationFile(modality: 'face' | 'finger'): string {
  return repoPath('models', `${modality}-calibration.json`);
}

/** node-gyp's output (binding.gyp): the fingerprint core and the store's page helper. */
export function nativeAddonFile(name: string, config: 'Release' | 'Debug' = 'Release'): string {
  return repoPath('build', config, `${name}.node`);
}

/** engine/native/build-wasm.sh's output. */
export const wasmCoreFile = repoPath('build', 'wasm', 'sinhtrac.wasm');

/** The .proto contract (proto/sinhtrac/v1), read by reflection at run time. */
export const protoDir = repoPath('proto');

export const migrationsDir = repoPath('server', 'store', 'migrations');

export const cccdProvincesFile = repoPath('server', 'app', 'cccd-provinces.json');
