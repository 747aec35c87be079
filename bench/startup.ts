// Start-up and idle cost of the service run from the sources through tsx (`npm run dev`) against the compiled build
// (`npm start`, node dist/server/main.js), interleaved run by run: time and CPU from spawn to /readyz 200, then, after a
// settling pause, idle CPU (ms per second) and RSS of the whole process tree (main thread, pool workers, and from
// the sources the esbuild processes tsx keeps), and CPU per image Verify (the README demo citizen, one at a time).
// `npm run bench:startup -- [--runs 3] [--workers 2] [--settle 30] [--window 30] [--verifies 20]`. Builds dist/
// first. One JSON line last.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../engine/repo-paths.ts';
import { portrait, sample1Faces } from '../fixtures/portraits.ts';
import { encodeGrayPng, generateFingerImpression } from '../fixtures/synth/index.ts';
import { parseArgs } from './lib/args.ts';
import { printResult } from './lib/result.ts';
import { percentile } from './lib/stats.ts';
import { ServerProcess, type ServiceLayout } from './load/server-process.ts';

const args = parseArgs();
const runs = args.number('runs', 3);
const workers = args.number('workers', 2);
const settleS = args.number('settle', 30);
const windowS = args.number('window', 30);
const verifies = args.number('verifies', 20);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const finger = (position: number, impression: number) =>
  b64(encodeGrayPng(generateFingerImpression(4200 + position, impression)));
const enrolBody = JSON.stringify({
  cccd: '001099012345',
  face: { image: b64(await portrait(1, sample1Faces.middle)) },
  fingers: [2, 7].map((position) => ({ position, image: finger(position, 0) })),
});
const verifyBody = JSON.stringify({
  face: {
    image: b64(await portrait(1, sample1Faces.middle, { margin: 2.4, shiftX: 0.08, outputSidePx: 340 })),
  },
  fingers: [2, 7].map((position) => ({ position, image: finger(position, 1) })),
});

interface Run {
  startupMs: number;
  /** CPU the process tree used until ready: less at the mercy of the neighbours than the wall time. */
  startupCpuMs: number;
  idleCpuMsPerS: number;
  rssMb: number;
  processes: number;
  verifyCpuMs: number;
  verifyWallMsP50: number;
}

async function post(base: string, path: string, body: string): Promise<Response> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
  return res;
}

async function measure(layout: ServiceLayout): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'sinhtrac-startup-'));
  const began = performance.now();
  const server = await ServerProcess.start(
    {
      SINHTRAC_DATA: join(dir, 'data'),
      SINHTRAC_KEY_FILE: join(dir, 'keys', 'store.key'),
      SINHTRAC_WORKERS: String(workers),
      NODE_OPTIONS: '',
    },
    undefined,
    undefined,
    [],
    layout,
  );
  try {
    const startupMs = performance.now() - began;
    const startupCpuMs = Math.round(server.usage().cpuSeconds * 1000);
    await sleep(settleS * 1000);
    const idleFrom = server.usage();
    await sleep(windowS * 1000);
    const idleTo = server.usage();
    const processes = server.pids().length;
    const base = `http://127.0.0.1:${server.httpPort}`;
    await post(base, '/v1/records', enrolBody);
    await post(base, '/v1/records/001099012345:verify', verifyBody); // warm the path once
    const cpuFrom = server.usage().cpuSeconds;
    const wall: number[] = [];
    for (let i = 0; i < verifies; i++) {
      const t = performance.now();
      const answer = (await (await post(base, '/v1/records/001099012345:verify', verifyBody)).json()) as {
        decision?: string;
      };
      wall.push(performance.now() - t);
      if (answer.decision !== 'MATCH') throw new Error(`verify answered ${answer.decision}`);
    }
    const verifyCpuMs = ((server.usage().cpuSeconds - cpuFrom) * 1000) / verifies;
    return {
      startupMs: Math.round(startupMs),
      startupCpuMs,
      idleCpuMsPerS: +(((idleTo.cpuSeconds - idleFrom.cpuSeconds) * 1000) / windowS).toFixed(1),
      rssMb: Math.round(idleTo.rssMb),
      processes,
      verifyCpuMs: +verifyCpuMs.toFixed(1),
      verifyWallMsP50: +percentile(wall, 50).toFixed(1),
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', repoPath('tsconfig.build.json')], { stdio: 'inherit' });

const loadBefore = loadavg()[0]!;
const results: Record<ServiceLayout, Run[]> = { source: [], dist: [] };
for (let i = 0; i < runs; i++) {
  for (const layout of ['source', 'dist'] as const) {
    const run = await measure(layout);
    results[layout].push(run);
    process.stderr.write(
      `run ${i + 1}/${runs} ${layout}: ${JSON.stringify(run)} (load ${loadavg()[0]!.toFixed(1)})\n`,
    );
  }
}

const median = (xs: number[]) => percentile(xs, 50);
const summary = (rs: Run[]) => ({
  startupMs: median(rs.map((r) => r.startupMs)),
  startupCpuMs: median(rs.map((r) => r.startupCpuMs)),
  idleCpuMsPerS: median(rs.map((r) => r.idleCpuMsPerS)),
  rssMb: median(rs.map((r) => r.rssMb)),
  processes: median(rs.map((r) => r.processes)),
  verifyCpuMs: median(rs.map((r) => r.verifyCpuMs)),
  verifyWallMsP50: median(rs.map((r) => r.verifyWallMsP50)),
  runs: rs,
});
printResult({
  bench: 'startup',
  workers,
  settleS,
  windowS,
  verifies,
  loadBefore: +loadBefore.toFixed(2),
  loadAfter: +loadavg()[0]!.toFixed(2),
  source: summary(results.source),
  dist: summary(results.dist),
});
