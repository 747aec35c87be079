/**
 * @vladmandic/face-api's bundled tfjs on its CPU backend: the reference the converters' parity tests compare with
 * (tests only; tfjs-node cannot install here, and the bundle needs nothing native).
 */
import { createRequire } from 'node:module';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function faceApiOnTfjsCpu(): Promise<any> {
  // The bundled ESM build probes for `require` and a browser: give it both, so it takes the browser platform
  // (fetch, TextEncoder: Node has them) instead of the stubbed Node one.
  const g = globalThis as Record<string, unknown>;
  g['require'] ??= createRequire(import.meta.url);
  g['window'] ??= globalThis;
  g['document'] ??= {};
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const faceapi: any = await import('@vladmandic/face-api/dist/face-api.esm.js');
  await faceapi.tf.setBackend('cpu');
  await faceapi.tf.ready();
  return faceapi;
}
