/**
 * Stale-verify probe (issue 14 item 3): does a record deleted or replaced through one service process keep
 * verifying through another? Two layouts, started the way users start them:
 *   --mode processes  one service with SINHTRAC_PROCESSES=2 over the embedded LMDB store (connections spread over
 *                     the two processes by node:cluster);
 *   --mode pg-nodes   two separate service processes ("nodes") sharing one PostgreSQL schema.
 * Each round enrols a citizen, warms every process's record cache with verifies, then (a) deletes the record and
 * verifies again: any answer but 404 RECORD_NOT_FOUND is stale; (b) re-enrols it, warms, replaces it with another
 * person's templates and verifies with the first person's live capture: a MATCH is stale.
 *
 *   node --import tsx bench/stale-probe.ts --mode processes --rounds 20 --verifies 40
 *   node --import tsx bench/stale-probe.ts --mode pg-nodes --pg postgres://postgres@127.0.0.1:5432/test
 *
 * One JSON line last: rounds, verifies_after_delete, stale_after_delete, verifies_after_replace,
 * stale_after_replace, errors. Progress on stderr.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { citizen, enrolmentJson, liveCaptureJson } from '../server/app/records-fixtures.ts';
import { parseArgs } from './lib/args.ts';
import { printResult } from './lib/result.ts';
import { ServerProcess } from './load/server-process.ts';

const args = parseArgs();
const mode = args.string('mode', 'processes');
const rounds = args.number('rounds', 10);
const verifiesPerCheck = args.number('verifies', 40);
const pgUrl = args.string('pg', 'postgres://postgres@127.0.0.1:5432/test');
if (mode !== 'processes' && mode !== 'pg-nodes') throw new Error('--mode is processes or pg-nodes');

// A fresh connection per request (no keep-alive agent): node:cluster hands each new connection to the next
// process, so verifies reach every process, not only the one a kept-alive connection is bound to.
function call(base: string, method: string, path: string, body?: unknown) {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise<{ status: number; json: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      {
        method,
        agent: false,
        headers: {
          'x-caller-id': 'stale-probe',
          ...(payload !== undefined && {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
          }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          let json: Record<string, unknown> = {};
          try {
            json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
          } catch {
            // not JSON: counted by status only
          }
          resolve({ status: res.statusCode ?? 0, json });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'sinhtrac-stale-probe-'));
const schema = `stale_probe_${process.pid}`;
const servers: ServerProcess[] = [];
const common = { SINHTRAC_KEY_FILE: join(dataDir, 'key'), SINHTRAC_WORKERS: '1' };
if (mode === 'processes') {
  servers.push(await ServerProcess.start({ ...common, SINHTRAC_DATA: dataDir, SINHTRAC_PROCESSES: '2' }));
} else {
  const pg = { ...common, SINHTRAC_STORE: pgUrl, SINHTRAC_PG_SCHEMA: schema };
  servers.push(await ServerProcess.start(pg));
  servers.push(await ServerProcess.start(pg));
}
const bases = servers.map((s) => `http://127.0.0.1:${s.httpPort}`);
const writer = bases[0] as string;
/** Verifies go to every node in turn (and, in processes mode, to both processes through new connections). */
const verifierAt = (i: number): string => bases[i % bases.length] as string;

const result = {
  mode,
  rounds,
  verifies_after_delete: 0,
  stale_after_delete: 0,
  verifies_after_replace: 0,
  stale_after_replace: 0,
  errors: 0,
  /** Status (and decision) counts of the verifies after a delete and after a replace. */
  answers_after_delete: {} as Record<string, number>,
  answers_after_replace: {} as Record<string, number>,
};
const tally = (
  counts: Record<string, number>,
  r: { status: number; json: Record<string, unknown> },
): void => {
  const key = `${r.status}${typeof r.json.decision === 'string' ? ` ${r.json.decision}` : ''}`;
  counts[key] = (counts[key] ?? 0) + 1;
};

/** A write through the first node; an unexpected status is counted and shown. */
async function write(method: string, path: string, expected: number, body?: unknown): Promise<void> {
  const r = await call(writer, method, path, body);
  if (r.status === expected) return;
  result.errors++;
  process.stderr.write(`${method} ${path}: ${r.status} ${JSON.stringify(r.json).slice(0, 300)}\n`);
}

try {
  for (let round = 0; round < rounds; round++) {
    const cccd = `0010990${String(10000 + round).padStart(5, '0')}`;
    const person = citizen(5000 + round);
    const other = citizen(9000 + round);
    const verifyBody = { ...liveCaptureJson(person), level: 2 };
    const warm = async () => {
      for (let i = 0; i < verifiesPerCheck; i++) {
        const r = await call(verifierAt(i), 'POST', `/v1/records/${cccd}:verify`, verifyBody);
        if (r.status !== 200 || r.json.decision !== 'MATCH') {
          result.errors++;
          process.stderr.write(`warm-up verify: ${r.status} ${JSON.stringify(r.json).slice(0, 300)}\n`);
        }
      }
    };

    if ((await call(writer, 'POST', '/v1/records', enrolmentJson(person, cccd))).status !== 201)
      result.errors++;
    await warm();
    await write('DELETE', `/v1/records/${cccd}`, 200);
    for (let i = 0; i < verifiesPerCheck; i++) {
      const r = await call(verifierAt(i), 'POST', `/v1/records/${cccd}:verify`, verifyBody);
      result.verifies_after_delete++;
      tally(result.answers_after_delete, r);
      if (r.status !== 404) result.stale_after_delete++;
    }

    if ((await call(writer, 'POST', '/v1/records', enrolmentJson(person, cccd))).status !== 201)
      result.errors++;
    await warm();
    await write('PUT', `/v1/records/${cccd}`, 200, enrolmentJson(other, cccd));
    for (let i = 0; i < verifiesPerCheck; i++) {
      const r = await call(verifierAt(i), 'POST', `/v1/records/${cccd}:verify`, verifyBody);
      result.verifies_after_replace++;
      tally(result.answers_after_replace, r);
      if (r.json.decision === 'MATCH') result.stale_after_replace++;
    }
    await call(writer, 'DELETE', `/v1/records/${cccd}`);
    process.stderr.write(
      `round ${round + 1}/${rounds}: stale after delete ${result.stale_after_delete}, ` +
        `after replace ${result.stale_after_replace}, errors ${result.errors}\n`,
    );
  }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dataDir, { recursive: true, force: true });
  if (mode === 'pg-nodes') {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
}
printResult(result);
