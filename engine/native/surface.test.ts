import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { coreConstants } from './core-constants.ts';
import { constantsMismatch, NativeTemplateFormat } from './core.ts';
import { backends, wasmRequired } from './test/backends.ts';
import { coreConstantsFile, renderCoreConstants } from './tools/generate-constants.ts';
import { loadWasm, wasmAvailable } from './wasm.ts';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return undefined;
}

for (const backend of backends) {
  describe.skipIf(backend.unavailable !== undefined && !wasmRequired)(
    `one native surface (${backend.name})`,
    () => {
      it('exports the constants core-constants.ts was generated from, and the file is current', () => {
        if (backend.unavailable) throw new Error(backend.unavailable);
        const { constants } = backend.load();
        expect(constantsMismatch(constants)).toEqual([]);
        expect(readFileSync(coreConstantsFile, 'utf8')).toBe(renderCoreConstants(constants));
      });

      it('names every status by its value in the C headers', () => {
        if (backend.unavailable) throw new Error(backend.unavailable);
        const core = backend.load();
        expect(codeOf(() => core.importTemplate(new Uint8Array(8), 7 as never))).toBe('ST_E_ARGUMENT');
        expect(core.constants.ST_E_ARGUMENT).toBe(coreConstants.ST_E_ARGUMENT);
        expect(codeOf(() => core.importTemplate(new Uint8Array(2), NativeTemplateFormat.sinhtrac))).toBe(
          'ST_E_TRUNCATED',
        );
      });
    },
  );
}

describe.skipIf(!wasmAvailable() && !wasmRequired)('wasm core out of memory', () => {
  const RealInstance = WebAssembly.Instance;
  afterEach(() => {
    (WebAssembly as { Instance: unknown }).Instance = RealInstance;
  });

  it('fails with ST_E_NO_MEMORY when an input cannot be copied into the instance (was ST_E_ARGUMENT, 22)', () => {
    // An instance whose allocator is exhausted: every st_wasm_alloc from JavaScript returns 0.
    class StarvedInstance {
      readonly exports: WebAssembly.Exports;
      constructor(module: WebAssembly.Module, imports?: WebAssembly.Imports) {
        this.exports = { ...new RealInstance(module, imports).exports, st_wasm_alloc: () => 0 };
      }
    }
    (WebAssembly as { Instance: unknown }).Instance = StarvedInstance;
    const core = loadWasm();
    expect(codeOf(() => core.importTemplate(new Uint8Array(8), NativeTemplateFormat.sinhtrac))).toBe(
      'ST_E_NO_MEMORY',
    );
  });
});
