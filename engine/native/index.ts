/** Loader for the Node-API addon built by node-gyp (build/Release/sinhtrac_native.node). */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWasm, wasmAvailable } from './wasm.ts';

/** Template format ids shared with binding.c. */
export const NativeTemplateFormat = { sinhtrac: 0, iso19794_2_2005: 1, ansi378_2004: 2 } as const;
export type NativeTemplateFormatId = (typeof NativeTemplateFormat)[keyof typeof NativeTemplateFormat];

/** Fields per minutia in the flat Int32Array form: x, y, angle (256ths of a turn), type, quality. */
export const MINUTIA_FIELDS = 5;

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

/** The core functions; every failure throws an Error whose `code` is an st_status name (e.g. ST_E_BAD_MAGIC). */
export interface NativeCore {
  extract(gray: Uint8Array, width: number, height: number, dpi: number, position: number): Uint8Array;
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
}

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

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the addon is looked for, first match wins (SINHTRAC_NATIVE_ADDON overrides, e.g. for a sanitizer build). */
export function addonCandidates(): string[] {
  const fromEnv = process.env.SINHTRAC_NATIVE_ADDON;
  return [
    ...(fromEnv ? [fromEnv] : []),
    path.join(repoRoot, 'build', 'Release', 'sinhtrac_native.node'),
    path.join(repoRoot, 'build', 'Debug', 'sinhtrac_native.node'),
  ];
}

let loaded: NativeCore | undefined;

/**
 * Loads the core once per thread: the Node-API addon (context-aware, so every worker thread may load it), or the
 * WebAssembly build where the addon could not be built (SINHTRAC_NATIVE_BACKEND=wasm forces it, =addon forbids
 * the fallback). Both give the same templates and scores, byte for byte.
 */
export function loadNative(): NativeCore {
  if (loaded) return loaded;
  const backend = process.env.SINHTRAC_NATIVE_BACKEND ?? 'auto';
  const file = backend === 'wasm' ? undefined : addonCandidates().find((f) => existsSync(f));
  if (file) {
    loaded = createRequire(import.meta.url)(file) as NativeCore;
  } else if (backend !== 'addon' && wasmAvailable()) {
    if (backend === 'auto')
      process.stderr.write('sinhtrac: native addon not built, using the WebAssembly core\n');
    loaded = loadWasm();
  } else {
    throw new Error(
      `sinhtrac native addon not found (looked in ${addonCandidates().join(', ')}); run \`npm ci\` or \`npx node-gyp rebuild\``,
    );
  }
  return loaded;
}
