/**
 * Loader for the WebAssembly build of the core (build/wasm/sinhtrac.wasm): the same NativeCore interface, every
 * function of api.c's table served from the table itself (names, argument kinds, type errors), so a core function
 * added in C needs no line here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { wasmCoreFile } from '../repo-paths.ts';
import { coreConstants as C } from './core-constants.ts';
import { nativeCoreOf } from './core.ts';
import type { NativeCalls, NativeCore } from './core.ts';

interface WasmExports {
  memory: WebAssembly.Memory;
  st_wasm_reset(): void;
  st_wasm_alloc(bytes: number): number;
  st_wasm_function_count(): number;
  st_wasm_function_name(f: number): number;
  st_wasm_function_result(f: number): number;
  st_wasm_function_arg_count(f: number): number;
  st_wasm_function_arg_kind(f: number, i: number): number;
  st_wasm_function_arg_type_error(f: number, i: number): number;
  st_wasm_constant_count(): number;
  st_wasm_constant_name(i: number): number;
  st_wasm_constant_value(i: number): number;
  st_wasm_status_name(status: number): number;
  st_wasm_status_message(status: number): number;
  st_wasm_arg_bytes(i: number, data: number, length: number): void;
  st_wasm_arg_fields(i: number, fields: number, count: number): void;
  st_wasm_arg_int(i: number, value: number): void;
  st_wasm_call(f: number): number;
  st_wasm_result_data(): number;
  st_wasm_result_bytes(): number;
  st_wasm_result_score(): number;
}

export const wasmFile = wasmCoreFile;

export function wasmAvailable(): boolean {
  return existsSync(wasmFile);
}

function cString(memory: WebAssembly.Memory, ptr: number): string {
  const bytes = new Uint8Array(memory.buffer);
  let end = ptr;
  while (end < bytes.length && bytes[end] !== 0) end++;
  return Buffer.from(bytes.subarray(ptr, end)).toString('latin1');
}

function argumentError(message: string): never {
  const err = new TypeError(message) as TypeError & { code: string };
  err.code = 'ST_E_ARGUMENT';
  throw err;
}

/** Instantiates the module (synchronously; it is small) and serves its table as is. One instance per thread. */
export function wasmCalls(file = wasmFile): NativeCalls {
  const module = new WebAssembly.Module(readFileSync(file));
  const x = new WebAssembly.Instance(module, {}).exports as unknown as WasmExports;
  const text = (ptr: number): string => cString(x.memory, ptr);

  const constants: Record<string, number> = {};
  for (let i = 0; i < x.st_wasm_constant_count(); i++)
    constants[text(x.st_wasm_constant_name(i))] = x.st_wasm_constant_value(i);
  Object.freeze(constants);

  /** Positive statuses are the core's st_status, negative ones the matcher's st_match_status. */
  const fail = (status: number): never => {
    const err = new Error(text(x.st_wasm_status_message(status))) as Error & { code: string };
    err.code = text(x.st_wasm_status_name(status));
    throw err;
  };
  const put = (bytes: Uint8Array): number => {
    const ptr = x.st_wasm_alloc(Math.max(1, bytes.byteLength));
    if (!ptr) fail(C.ST_E_NO_MEMORY);
    new Uint8Array(x.memory.buffer, ptr, bytes.byteLength).set(bytes);
    return ptr;
  };

  const serve = (f: number): ((...values: unknown[]) => unknown) => {
    const kinds: number[] = [];
    const typeErrors: string[] = [];
    for (let i = 0; i < x.st_wasm_function_arg_count(f); i++) {
      kinds.push(x.st_wasm_function_arg_kind(f, i));
      typeErrors.push(text(x.st_wasm_function_arg_type_error(f, i)));
    }
    const resultKind = x.st_wasm_function_result(f);
    // Checks every value's JavaScript type before copying any into the instance, as binding.c does.
    const check = (v: unknown, i: number): void => {
      const kind = kinds[i];
      const ok =
        kind === C.ST_API_ARG_BYTES
          ? v instanceof Uint8Array
          : kind === C.ST_API_ARG_MINUTIAE
            ? v instanceof Int32Array && v.length % C.ST_MINUTIA_FIELDS === 0
            : typeof v === 'number';
      if (!ok) argumentError(typeErrors[i]!);
    };
    return (...values: unknown[]): unknown => {
      if (values.length < kinds.length) argumentError('too few arguments');
      kinds.forEach((_, i) => check(values[i], i));
      x.st_wasm_reset();
      kinds.forEach((kind, i) => {
        const v = values[i];
        if (kind === C.ST_API_ARG_BYTES) {
          const b = v as Uint8Array;
          x.st_wasm_arg_bytes(i, put(b), b.byteLength);
        } else if (kind === C.ST_API_ARG_MINUTIAE) {
          const m = v as Int32Array;
          x.st_wasm_arg_fields(i, put(new Uint8Array(m.buffer, m.byteOffset, m.byteLength)), m.length);
        } else {
          x.st_wasm_arg_int(i, (v as number) | 0);
        }
      });
      const status = x.st_wasm_call(f);
      if (status !== 0) fail(status);
      if (resultKind === C.ST_API_RESULT_SCORE) return x.st_wasm_result_score();
      const bytes = new Uint8Array(
        x.memory.buffer,
        x.st_wasm_result_data(),
        x.st_wasm_result_bytes(),
      ).slice();
      return resultKind === C.ST_API_RESULT_FIELDS ? new Int32Array(bytes.buffer) : bytes;
    };
  };

  const calls: Record<string, unknown> = { constants };
  for (let f = 0; f < x.st_wasm_function_count(); f++) calls[text(x.st_wasm_function_name(f))] = serve(f);
  return calls as unknown as NativeCalls;
}

/** The wasm core as the engine's NativeCore (refused when its constants disagree with core-constants.ts). */
export function loadWasm(file = wasmFile): NativeCore {
  return nativeCoreOf(wasmCalls(file), file);
}
