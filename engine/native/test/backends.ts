/** The builds every native test runs on: the Node-API addon and, when built, the WebAssembly module. */
import { loadNative } from '../index.ts';
import type { NativeCore } from '../index.ts';
import { loadWasm, wasmAvailable, wasmFile } from '../wasm.ts';

export interface Backend {
  name: 'addon' | 'wasm';
  /** Why the backend cannot run here, or undefined when it can. */
  unavailable?: string;
  load(): NativeCore;
}

/** CI installs clang/lld, builds the wasm file and sets SINHTRAC_REQUIRE_WASM=1: then a missing file fails. */
export const wasmRequired = process.env.SINHTRAC_REQUIRE_WASM === '1';

export const backends: Backend[] = [
  { name: 'addon', load: loadNative },
  {
    name: 'wasm',
    unavailable: wasmAvailable() ? undefined : `${wasmFile} not built (sh engine/native/build-wasm.sh)`,
    load: () => loadWasm(),
  },
];
