/** Loader for the WebAssembly build of the core (build/wasm/sinhtrac.wasm): the same NativeCore interface. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NativeCore, NativeDecodedTemplate, NativeTemplateFormatId } from './index.ts';

interface WasmExports {
  memory: WebAssembly.Memory;
  st_wasm_reset(): void;
  st_wasm_alloc(bytes: number): number;
  st_wasm_result_data(): number;
  st_wasm_result_bytes(): number;
  st_wasm_status_name(status: number): number;
  st_wasm_status_message(status: number): number;
  st_wasm_extract(
    gray: number,
    grayBytes: number,
    width: number,
    height: number,
    dpi: number,
    position: number,
  ): number;
  st_wasm_import(bytes: number, length: number, format: number): number;
  st_wasm_export(bytes: number, length: number, format: number): number;
  st_wasm_decode(bytes: number, length: number): number;
  st_wasm_match_status_name(status: number): number;
  st_wasm_match_status_message(status: number): number;
  st_wasm_prepare(bytes: number, length: number): number;
  st_wasm_match(a: number, aBytes: number, b: number, bBytes: number, score: number): number;
  st_wasm_encode(
    width: number,
    height: number,
    quality: number,
    position: number,
    fields: number,
    count: number,
  ): number;
}

export const wasmFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'build',
  'wasm',
  'sinhtrac.wasm',
);

export function wasmAvailable(): boolean {
  return existsSync(wasmFile);
}

function cString(memory: WebAssembly.Memory, ptr: number): string {
  const bytes = new Uint8Array(memory.buffer);
  let end = ptr;
  while (end < bytes.length && bytes[end] !== 0) end++;
  return Buffer.from(bytes.subarray(ptr, end)).toString('latin1');
}

/** Instantiates the module (synchronously; it is small) and wraps it as a NativeCore. One instance per thread. */
export function loadWasm(file = wasmFile): NativeCore {
  const module = new WebAssembly.Module(readFileSync(file));
  const x = new WebAssembly.Instance(module, {}).exports as unknown as WasmExports;

  /** Positive statuses are the core's st_status, negative ones the matcher's st_match_status. */
  const fail = (status: number): never => {
    const matcher = status < 0;
    const message = matcher ? x.st_wasm_match_status_message(status) : x.st_wasm_status_message(status);
    const name = matcher ? x.st_wasm_match_status_name(status) : x.st_wasm_status_name(status);
    const err = new Error(cString(x.memory, message)) as Error & { code: string };
    err.code = cString(x.memory, name);
    throw err;
  };
  const put = (bytes: Uint8Array): number => {
    const ptr = x.st_wasm_alloc(Math.max(1, bytes.byteLength));
    if (!ptr) fail(22); // ST_E_NO_MEMORY
    new Uint8Array(x.memory.buffer, ptr, bytes.byteLength).set(bytes);
    return ptr;
  };
  const result = (status: number): Uint8Array => {
    if (status !== 0) fail(status);
    return new Uint8Array(x.memory.buffer, x.st_wasm_result_data(), x.st_wasm_result_bytes()).slice();
  };
  const checkBytes = (v: unknown, what: string): Uint8Array => {
    if (!(v instanceof Uint8Array)) {
      const err = new TypeError(`${what} must be a Uint8Array`) as TypeError & { code: string };
      err.code = 'ST_E_ARGUMENT';
      throw err;
    }
    return v;
  };

  return {
    extract(gray, width, height, dpi, position) {
      x.st_wasm_reset();
      const g = checkBytes(gray, 'gray');
      return result(x.st_wasm_extract(put(g), g.byteLength, width | 0, height | 0, dpi | 0, position | 0));
    },
    importTemplate(bytes, format: NativeTemplateFormatId) {
      x.st_wasm_reset();
      const b = checkBytes(bytes, 'template');
      return result(x.st_wasm_import(put(b), b.byteLength, format));
    },
    exportTemplate(bytes, format: NativeTemplateFormatId) {
      x.st_wasm_reset();
      const b = checkBytes(bytes, 'template');
      return result(x.st_wasm_export(put(b), b.byteLength, format));
    },
    decodeTemplate(bytes): NativeDecodedTemplate {
      x.st_wasm_reset();
      const b = checkBytes(bytes, 'template');
      const f = new Int32Array(result(x.st_wasm_decode(put(b), b.byteLength)).buffer);
      const count = f[4] ?? 0;
      const extOffset = f[5] ?? 0;
      const extBytes = f[6] ?? 0;
      return {
        width: f[0] ?? 0,
        height: f[1] ?? 0,
        quality: f[2] ?? 0,
        position: f[3] ?? 0,
        minutiae: f.slice(7, 7 + count * 5),
        extension: b.slice(extOffset, extOffset + extBytes),
      };
    },
    prepareTemplate(bytes) {
      x.st_wasm_reset();
      const b = checkBytes(bytes, 'template');
      return result(x.st_wasm_prepare(put(b), b.byteLength));
    },
    matchPrepared(a, b) {
      x.st_wasm_reset();
      const pa = checkBytes(a, 'prepared template');
      const pb = checkBytes(b, 'prepared template');
      const score = x.st_wasm_alloc(4);
      const status = x.st_wasm_match(put(pa), pa.byteLength, put(pb), pb.byteLength, score);
      if (status !== 0) fail(status);
      return new Float32Array(x.memory.buffer, score, 1)[0]!;
    },
    encodeTemplate(width, height, quality, position, minutiae) {
      x.st_wasm_reset();
      if (!(minutiae instanceof Int32Array) || minutiae.length % 5 !== 0) {
        const err = new TypeError(
          'minutiae must be an Int32Array of [x, y, angle, type, quality] groups',
        ) as TypeError & {
          code: string;
        };
        err.code = 'ST_E_ARGUMENT';
        throw err;
      }
      const ptr = put(new Uint8Array(minutiae.buffer, minutiae.byteOffset, minutiae.byteLength));
      return result(
        x.st_wasm_encode(width | 0, height | 0, quality | 0, position | 0, ptr, minutiae.length / 5),
      );
    },
  };
}
