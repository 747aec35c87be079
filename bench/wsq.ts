/**
 * WSQ decoding against the NIST reference decoder: every `<dir>/wsq/NAME.wsq` is decoded by the core (the Node-API
 * addon and, when built, the WebAssembly module) and compared byte for byte with `<dir>/reference/NAME.raw`
 * (+ `NAME.ncm` for its size, NBIS layout) or `<dir>/reference/NAME.png`. Progress on stderr, one JSON line on
 * stdout: files, decoded, failures, exact, pixels_differing, max_abs_diff, psnr_min_db (null when every decoded
 * file is exact), decode_ms_median, decode_mpix_per_s (one thread), and the same for the wasm build.
 *
 *   npm run bench:wsq -- [--data ../shared/datasets/wsq/nist-bitrate075] [--repeat 3] [--no-wasm]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { loadNative } from '../engine/native/index.ts';
import type { NativeCore } from '../engine/native/index.ts';
import { loadWasm, wasmAvailable } from '../engine/native/wasm.ts';
import { parseArgs } from './lib/args.ts';
import { ProgressBar } from './lib/progress.ts';
import { printResult } from './lib/result.ts';
import { percentile } from './lib/stats.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = parseArgs();
const dataDir = path.resolve(
  args.string('data', path.join(here, '..', '..', 'shared', 'datasets', 'wsq', 'nist-bitrate075')),
);
const repeat = Math.max(1, Math.floor(args.number('repeat', 3)));
/** Far above any finger image; the bench measures the codec, not the service's limits. */
const maxPixels = 16 * 1024 * 1024;

interface Reference {
  pixels: Uint8Array;
  width: number;
  height: number;
}

/**
 * The reference image of NAME, undefined when there is none; a reference that cannot be read (a broken PNG, an .ncm
 * without a usable size, a .raw of another length) throws, and the caller counts it instead of stopping.
 */
async function readReference(name: string): Promise<Reference | undefined> {
  const base = path.join(dataDir, 'reference', name);
  if (existsSync(`${base}.raw`) && existsSync(`${base}.ncm`)) {
    const fields = new Map(
      readFileSync(`${base}.ncm`, 'latin1')
        .split('\n')
        .map((line) => line.trim().split(/\s+/) as [string, string]),
    );
    const raw = readFileSync(`${base}.raw`);
    const width = Number(fields.get('PIX_WIDTH'));
    const height = Number(fields.get('PIX_HEIGHT'));
    if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) {
      throw new Error(`${base}.ncm has no usable PIX_WIDTH/PIX_HEIGHT`);
    }
    if (raw.byteLength !== width * height) {
      throw new Error(`${base}.raw holds ${raw.byteLength} bytes, not ${width}x${height}`);
    }
    return { pixels: new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength), width, height };
  }
  if (existsSync(`${base}.png`)) {
    const { data, info } = await sharp(`${base}.png`).grayscale().raw().toBuffer({ resolveWithObject: true });
    return {
      pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
    };
  }
  return undefined;
}

interface BackendStats {
  decoded: number;
  failures: number;
  exact: number;
  pixelsDiffering: number;
  maxAbsDiff: number;
  psnrMinDb: number;
  decodeMs: number[];
  pixels: number;
  failureCodes: Record<string, number>;
}

function newStats(): BackendStats {
  return {
    decoded: 0,
    failures: 0,
    exact: 0,
    pixelsDiffering: 0,
    maxAbsDiff: 0,
    psnrMinDb: Number.POSITIVE_INFINITY,
    decodeMs: [],
    pixels: 0,
    failureCodes: {},
  };
}

function compare(stats: BackendStats, got: Uint8Array, ref: Reference | undefined): void {
  if (!ref) return;
  let differing = 0;
  let maxDiff = 0;
  let squared = 0;
  const n = Math.min(got.length, ref.pixels.length);
  for (let i = 0; i < n; i++) {
    const d = Math.abs((got[i] ?? 0) - (ref.pixels[i] ?? 0));
    if (d) {
      differing++;
      squared += d * d;
      if (d > maxDiff) maxDiff = d;
    }
  }
  differing += Math.abs(got.length - ref.pixels.length);
  if (got.length !== ref.pixels.length) maxDiff = 255;
  if (differing === 0) stats.exact++;
  stats.pixelsDiffering += differing;
  stats.maxAbsDiff = Math.max(stats.maxAbsDiff, maxDiff);
  if (squared > 0) stats.psnrMinDb = Math.min(stats.psnrMinDb, 10 * Math.log10((255 * 255 * n) / squared));
}

function decodeOne(
  core: NativeCore,
  stats: BackendStats,
  bytes: Uint8Array,
  ref: Reference | undefined,
): Uint8Array | undefined {
  try {
    let best = Number.POSITIVE_INFINITY;
    let image = core.decodeWsq(bytes, maxPixels);
    for (let r = 0; r < repeat; r++) {
      const t0 = process.hrtime.bigint();
      image = core.decodeWsq(bytes, maxPixels);
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    }
    stats.decoded++;
    stats.decodeMs.push(best);
    stats.pixels += image.width * image.height;
    if (ref && (ref.width !== image.width || ref.height !== image.height)) {
      process.stderr.write(`size ${image.width}x${image.height} but reference ${ref.width}x${ref.height}\n`);
    }
    compare(stats, image.pixels, ref);
    return image.pixels;
  } catch (err) {
    stats.failures++;
    const code = (err as { code?: string }).code ?? 'ERROR';
    stats.failureCodes[code] = (stats.failureCodes[code] ?? 0) + 1;
    return undefined;
  }
}

function summary(stats: BackendStats): Record<string, unknown> {
  const totalMs = stats.decodeMs.reduce((a, b) => a + b, 0);
  return {
    decoded: stats.decoded,
    failures: stats.failures,
    exact: stats.exact,
    pixels_differing: stats.pixelsDiffering,
    max_abs_diff: stats.maxAbsDiff,
    psnr_min_db: Number.isFinite(stats.psnrMinDb) ? Number(stats.psnrMinDb.toFixed(2)) : null,
    decode_ms_median: stats.decodeMs.length ? Number(percentile(stats.decodeMs, 50).toFixed(2)) : null,
    decode_mpix_per_s: totalMs > 0 ? Number((stats.pixels / 1e6 / (totalMs / 1000)).toFixed(2)) : null,
    failure_codes: stats.failureCodes,
  };
}

async function main(): Promise<void> {
  const wsqDir = path.join(dataDir, 'wsq');
  if (!existsSync(wsqDir)) throw new Error(`${wsqDir} not found (--data <dir> holding wsq/ and reference/)`);
  const names = readdirSync(wsqDir)
    .filter((f) => /\.wsq$/i.test(f))
    .sort();
  const addon = loadNative();
  const wasm = !args.flag('no-wasm') && wasmAvailable() ? loadWasm() : undefined;
  const addonStats = newStats();
  const wasmStats = newStats();
  let references = 0;
  let referenceErrors = 0;
  let unreadable = 0;
  let backendsDiffer = 0;
  const bar = new ProgressBar('wsq', names.length);
  for (const file of names) {
    const name = file.replace(/\.wsq$/i, '');
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(path.join(wsqDir, file)));
    } catch (err) {
      // A file that cannot be read is a failure of both backends, never the end of the run.
      process.stderr.write(`${file}: ${(err as Error).message}\n`);
      unreadable++;
      for (const stats of wasm ? [addonStats, wasmStats] : [addonStats]) {
        stats.failures++;
        stats.failureCodes.UNREADABLE_FILE = (stats.failureCodes.UNREADABLE_FILE ?? 0) + 1;
      }
      bar.tick();
      continue;
    }
    let ref: Reference | undefined;
    try {
      ref = await readReference(name);
    } catch (err) {
      process.stderr.write(`${name}: reference not readable: ${(err as Error).message}\n`);
      referenceErrors++;
    }
    if (ref) references++;
    const a = decodeOne(addon, addonStats, bytes, ref);
    if (wasm) {
      const w = decodeOne(wasm, wasmStats, bytes, ref);
      if (a && w && Buffer.compare(Buffer.from(a), Buffer.from(w)) !== 0) backendsDiffer++;
    }
    bar.tick();
  }
  bar.finish();
  const [load1] = loadavg();
  printResult({
    bench: 'wsq',
    data: dataDir,
    files: names.length,
    references,
    reference_errors: referenceErrors,
    unreadable_files: unreadable,
    ...summary(addonStats),
    backend: 'addon',
    wasm: wasm ? summary(wasmStats) : null,
    backends_differing_files: wasm ? backendsDiffer : null,
    repeat,
    load_1m: Number((load1 ?? 0).toFixed(2)),
  });
}

await main();
