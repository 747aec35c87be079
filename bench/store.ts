/**
 * Store scale benchmark: bulk-loads N generated records through the public RecordStore (sealing included), then
 * measures random reads (decrypt included), metadata reads, count and bytes per record on disk.
 *   npm run bench:store -- --backend lmdb|postgres --records 1000000 [--batch 1000] [--concurrency 4] [--reads 20000]
 *     [--order sequential|random] [--data <dir>] [--pg postgres://...] [--keep]
 * Templates: 524-byte int8 face templates (v1) and two sinhtrac finger templates encoded from fixtures/synth
 * minutiae (falls back to random bytes of a typical size when the native core is not built).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { encodeFaceTemplateV1 } from '../engine/face/template-v1.ts';
import { parseArgs } from './lib/args.ts';
import { ProgressBar } from './lib/progress.ts';
import { printResult } from './lib/result.ts';
import { percentile } from './lib/stats.ts';
import { openStore } from '../server/store/open-store.ts';
import type { LmdbBackend } from '../server/store/lmdb-backend.ts';
import { PostgresBackend } from '../server/store/postgres-backend.ts';
import type { BiometricRecord } from '../server/store/record.ts';

const args = parseArgs();
const backend = args.string('backend', 'lmdb');
const recordCount = args.number('records', 100_000);
const batchSize = args.number('batch', 1000);
const readCount = args.number('reads', 20_000);
/** Batches in flight at once: hides commit (fsync) latency; PostgreSQL spreads them over pooled connections. */
const loadConcurrency = args.number('concurrency', 4);
const keep = args.flag('keep');
/** Key order of the load: `random` is how records of a real population arrive (any province, year, serial). */
const order = args.string('order', 'sequential');
const pgUrl = args.string('pg', 'postgres://postgres@127.0.0.1:5432/test');
const dataDir = args.string('data', '') || mkdtempSync(join(tmpdir(), 'sinhtrac-bench-store-'));
const schema = `bench_store_${process.pid}`;

/** Pools of distinct templates, reused round-robin: sealing makes every stored blob distinct anyway. */
const facePoolSize = 1000;
const fingerPoolSize = 500;

function gaussian(): number {
  return Math.sqrt(-2 * Math.log(1 - Math.random())) * Math.cos(2 * Math.PI * Math.random());
}

function faceTemplate(): Uint8Array {
  const e = new Float32Array(512);
  let norm = 0;
  for (let i = 0; i < e.length; i++) norm += (e[i] = gaussian()) ** 2;
  for (let i = 0; i < e.length; i++) e[i]! /= Math.sqrt(norm);
  return encodeFaceTemplateV1(e, 1);
}

async function fingerTemplates(): Promise<{ templates: Uint8Array[]; source: string }> {
  try {
    const { encodeSynthMinutiae, synthMinutiae } = await import('../fixtures/synth/index.ts');
    const templates: Uint8Array[] = [];
    for (let i = 0; i < fingerPoolSize; i++)
      templates.push(encodeSynthMinutiae(synthMinutiae(1 + i, 0), 2).bytes);
    return { templates, source: 'fixtures/synth minutiae, sinhtrac encoding' };
  } catch (err) {
    process.stderr.write(
      `finger templates: synth/native unavailable (${(err as Error).message}); random bytes\n`,
    );
    return {
      templates: Array.from({ length: fingerPoolSize }, () => randomBytes(300)),
      source: 'random 300-byte stand-ins',
    };
  }
}

/** Load position -> record index: identity, or a seeded permutation (Fisher-Yates) for `--order random`. */
function keyOrder(count: number, name: string): (i: number) => number {
  if (name === 'sequential') return (i) => i;
  if (name !== 'random') throw new Error(`--order must be sequential or random, got ${name}`);
  const permutation = new Uint32Array(count);
  for (let i = 0; i < count; i++) permutation[i] = i;
  let seed = 0x9e3779b9;
  for (let i = count - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const j = seed % (i + 1);
    const t = permutation[i]!;
    permutation[i] = permutation[j]!;
    permutation[j] = t;
  }
  return (i) => permutation[i]!;
}

function cccdOf(i: number): string {
  // Province 001, male 1900s, birth year 00-99 cycling, 6-digit serial: 100M distinct valid numbers.
  return `0010${String(Math.floor(i / 1_000_000) % 100).padStart(2, '0')}${String(i % 1_000_000).padStart(6, '0')}`;
}

async function main(): Promise<void> {
  const faces = Array.from({ length: facePoolSize }, faceTemplate);
  const fingers = await fingerTemplates();
  const store = await openStore({
    store: backend === 'postgres' ? pgUrl : '',
    dataDir,
    keyFile: join(dataDir, 'key'),
    pgSchema: schema,
  });
  const now = new Date().toISOString();
  const recordOf = (i: number): BiometricRecord => ({
    cccd: cccdOf(i),
    faces: [{ template: faces[i % facePoolSize]!, version: 'face-v1/model-1' }],
    fingers: [2, 7].map((position, k) => ({
      position,
      template: fingers.templates[(i * 2 + k) % fingerPoolSize]!,
      format: 'sinhtrac',
      version: 'finger-v1',
    })),
    enrolment: { createdAt: now, updatedAt: now, caller: 'bench', requestId: `bench-${i}` },
  });

  const existing = await store.count();
  const indexOf = keyOrder(recordCount, order);
  const bar = new ProgressBar(`load ${backend}`, recordCount);
  const loadStart = performance.now();
  const inFlight = new Set<Promise<void>>();
  // Load rate per tenth of the load: shows whether inserting slows as the store grows.
  const tenth = Math.max(1, Math.floor(recordCount / 10));
  const tenthRates: number[] = [];
  let loaded = 0;
  let tenthStart = loadStart;
  for (let start = 0; start < recordCount; start += batchSize) {
    const batch: BiometricRecord[] = [];
    for (let i = start; i < Math.min(recordCount, start + batchSize); i++)
      batch.push(recordOf(existing + indexOf(i)));
    const write: Promise<void> = store.putMany(batch).then(() => {
      inFlight.delete(write);
      bar.tick(batch.length);
      loaded += batch.length;
      if (loaded >= (tenthRates.length + 1) * tenth) {
        const now = performance.now();
        tenthRates.push(Math.round(tenth / ((now - tenthStart) / 1000)));
        tenthStart = now;
      }
    });
    inFlight.add(write);
    if (inFlight.size >= loadConcurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  bar.finish();
  const loadS = (performance.now() - loadStart) / 1000;
  const total = await store.count();

  const readMs: number[] = [];
  const metaMs: number[] = [];
  for (let r = 0; r < readCount; r++) {
    const cccd = cccdOf(Math.floor(Math.random() * total));
    let t = performance.now();
    const rec = await store.get(cccd);
    readMs.push(performance.now() - t);
    if (rec === undefined) throw new Error(`record ${cccd} missing`);
    t = performance.now();
    await store.getMeta(cccd);
    metaMs.push(performance.now() - t);
  }

  // PostgreSQL: table + indexes + TOAST. LMDB: pages used by the records tree (file size reported too).
  let diskBytes: number;
  let fileBytes: number | undefined;
  if (store.backend instanceof PostgresBackend) {
    diskBytes = await store.backend.relationBytes('records');
  } else {
    diskBytes = (store.backend as LmdbBackend).usedBytes();
    fileBytes = statSync(join(dataDir, 'records.mdb')).size;
  }
  const sample = store.sealRecord(recordOf(0));
  const result = {
    bench: 'store',
    backend,
    records_loaded: recordCount,
    records_total: total,
    batch: batchSize,
    load_concurrency: loadConcurrency,
    load_order: order,
    load_s: +loadS.toFixed(2),
    load_records_per_s: Math.round(recordCount / loadS),
    load_records_per_s_by_tenth: tenthRates,
    reads: readCount,
    read_p50_ms: +percentile(readMs, 50).toFixed(4),
    read_p99_ms: +percentile(readMs, 99).toFixed(4),
    meta_read_p50_ms: +percentile(metaMs, 50).toFixed(4),
    meta_read_p99_ms: +percentile(metaMs, 99).toFixed(4),
    disk_bytes: diskBytes,
    disk_bytes_per_record: Math.round(diskBytes / total),
    ...(fileBytes === undefined
      ? {}
      : { file_bytes: fileBytes, file_bytes_per_record: Math.round(fileBytes / total) }),
    sealed_template_bytes_per_record: sample.sealed.byteLength,
    face_template_bytes: faces[0]!.byteLength,
    finger_template_bytes_mean: Math.round(
      fingers.templates.reduce((n, t) => n + t.byteLength, 0) / fingers.templates.length,
    ),
    finger_templates: fingers.source,
  };
  if (!keep) {
    if (store.backend instanceof PostgresBackend) await store.backend.dropSchema(schema);
  }
  await store.close();
  if (!keep && !args.string('data', '')) rmSync(dataDir, { recursive: true, force: true });
  printResult(result);
}

await main();
