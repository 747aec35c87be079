/** Loader for the Node-API addon built by node-gyp (build/Release/sinhtrac_native.node). */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { nativeCoreOf } from './core.ts';
import type { NativeCalls, NativeCore } from './core.ts';
import { nativeAddonFile } from '../repo-paths.ts';
import { loadWasm, wasmAvailable } from './wasm.ts';

export { isNativeError, MINUTIA_FIELDS, NativeTemplateFormat } from './core.ts';
export type {
  NativeCore,
  NativeDecodedTemplate,
  NativeError,
  NativeTemplateFormatId,
  NativeWsqImage,
} from './core.ts';

/** Where the addon is looked for, first match wins (SINHTRAC_NATIVE_ADDON overrides, e.g. for a sanitizer build). */
export function addonCandidates(): string[] {
  const fromEnv = process.env.SINHTRAC_NATIVE_ADDON;
  return [
    ...(fromEnv ? [fromEnv] : []),
    nativeAddonFile('sinhtrac_native', 'Release'),
    nativeAddonFile('sinhtrac_native', 'Debug'),
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
    loaded = nativeCoreOf(createRequire(import.meta.url)(file) as NativeCalls, file);
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
