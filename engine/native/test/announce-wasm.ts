/**
 * Vitest global set-up: says once, before the run, when the WebAssembly core is not built and its test groups will
 * be skipped, and how to build it, so a skip is never silent (vitest's summary counts the skipped tests).
 */
import { wasmAvailable, wasmFile } from '../wasm.ts';

export default function announceWasm(): void {
  if (wasmAvailable()) return;
  const required = process.env.SINHTRAC_REQUIRE_WASM === '1';
  process.stderr.write(
    required
      ? `\nWebAssembly core ${wasmFile} is not built and SINHTRAC_REQUIRE_WASM=1: its tests will fail.\n`
      : `\nWebAssembly core ${wasmFile} is not built: the wasm test groups are SKIPPED (counted as skipped below).\n` +
          'Build it with `npm run build:wasm` (needs clang and lld: apt-get install clang lld).\n\n',
  );
}
