/**
 * Batch verification throughput against a server process on loopback:
 *   npm run bench:batch -- [--transport http|grpc] [--items 5000] [--citizens 200] [--in-flight 8] [--workers 2]
 * Enrols generated citizens (template records), then sends one VerifyBatch of template probes (genuine and
 * impostor alternating) and reports items/s, decisions and server CPU. One JSON line last.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as grpc from '@grpc/grpc-js';
import { citizen, enrolmentJson } from '../server/app/records-fixtures.ts';
import { serviceDefinition } from '../server/grpc/definitions.ts';
import { cccdFor } from '../server/store/test-records.ts';
import { parseArgs } from './lib/args.ts';
import { ProgressBar } from './lib/progress.ts';
import { printResult } from './lib/result.ts';
import { ServerProcess } from './load/server-process.ts';

const args = parseArgs();
const transport = args.string('transport', 'http');
const itemCount = args.number('items', 5000);
const citizenCount = args.number('citizens', 200);
const inFlight = args.number('in-flight', 8);
const workers = args.number('workers', 2);
const dataDir = mkdtempSync(join(tmpdir(), 'sinhtrac-bench-batch-'));

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

const server = await ServerProcess.start(
  { SINHTRAC_WORKERS: String(workers), SINHTRAC_DATA: dataDir, SINHTRAC_BATCH_IN_FLIGHT: String(inFlight) },
  args.number('http-port', 0) || undefined, // free ports unless given
  args.number('grpc-port', 0) || undefined,
);
try {
  const base = `http://127.0.0.1:${server.httpPort}`;
  const people = Array.from({ length: citizenCount }, (_, i) => citizen(1000 + i));
  const enrolBar = new ProgressBar('enrol', citizenCount);
  for (const [i, p] of people.entries()) {
    const res = await fetch(`${base}/v1/records`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(enrolmentJson(p, cccdFor(i))),
    });
    if (res.status !== 201) throw new Error(`enrol ${i}: ${res.status} ${await res.text()}`);
    enrolBar.tick();
  }
  enrolBar.finish();

  // Item k probes record k mod N with the live capture of the same citizen (even k) or of the next one (odd k).
  const item = (k: number) => {
    const target = k % citizenCount;
    const p = people[(target + (k % 2)) % citizenCount]!;
    return {
      id: String(k),
      cccd: cccdFor(target),
      face: { template: p.liveFace },
      fingers: p.liveFingers.map((f) => ({ position: f.position, template: f.template })),
    };
  };
  const decisions: Record<string, number> = {};
  let errors = 0;
  const count = (decision: string | undefined, failed: boolean) => {
    if (failed) errors++;
    else decisions[decision ?? '?'] = (decisions[decision ?? '?'] ?? 0) + 1;
  };
  const bar = new ProgressBar(`batch ${transport}`, itemCount);
  const cpuBefore = server.usage().cpuSeconds;
  const started = performance.now();
  if (transport === 'grpc') {
    const Client = grpc.makeGenericClientConstructor(serviceDefinition('Records'), 'Records');
    const client = new Client(
      `127.0.0.1:${server.grpcPort}`,
      grpc.credentials.createInsecure(),
    ) as unknown as grpc.Client & {
      VerifyBatch(
        md: grpc.Metadata,
      ): grpc.ClientDuplexStream<unknown, { result?: { decision: number }; error?: unknown }>;
    };
    const stream = client.VerifyBatch(new grpc.Metadata());
    const done = new Promise<void>((resolve, reject) => {
      stream.on('data', (r) => {
        count(r.result ? ['?', 'MATCH', 'NO_MATCH', 'RECAPTURE'][r.result.decision] : undefined, !r.result);
        bar.tick();
      });
      stream.on('end', resolve);
      stream.on('error', reject);
    });
    for (let k = 0; k < itemCount; k++) {
      if (!stream.write(item(k))) await new Promise((r) => stream.once('drain', r));
    }
    stream.end();
    await done;
    client.close();
  } else {
    const body = Array.from({ length: itemCount }, (_, k) => {
      const it = item(k);
      return JSON.stringify({
        ...it,
        face: { template: b64(it.face.template) },
        fingers: it.fingers.map((f) => ({ position: f.position, template: b64(f.template) })),
      });
    }).join('\n');
    const res = await fetch(`${base}/v1/verify:batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body,
    });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let rest = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const lines = (rest + value).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const r = JSON.parse(line) as { result?: { decision: string } };
        count(r.result?.decision, !r.result);
        bar.tick();
      }
    }
  }
  bar.finish();
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = server.usage().cpuSeconds - cpuBefore;
  printResult({
    bench: 'verify-batch',
    transport,
    probes: 'templates',
    items: itemCount,
    citizens: citizenCount,
    batch_in_flight: inFlight,
    workers,
    seconds: +seconds.toFixed(2),
    items_per_s: Math.round(itemCount / seconds),
    errors,
    decisions,
    server_cpu_pct: +((100 * cpuSeconds) / seconds).toFixed(1),
    server_rss_mb: Math.round(server.usage().rssMb),
  });
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
