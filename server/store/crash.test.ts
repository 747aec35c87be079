/**
 * kill -9 in the middle of enrolments, single verifies and a verify batch: the embedded store must reopen, every
 * record that was acknowledged, or that is present at all, must be whole (templates decrypt and equal what was
 * sent), and every decision that was answered must have its audit entry.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { citizen, enrolmentJson, liveCaptureJson } from '../app/records-fixtures.ts';
import { freePort } from '../test/free-port.ts';
import { openStore } from './open-store.ts';
import { cccdFor } from './test-records.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'sinhtrac-crash-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const people = Array.from({ length: 12 }, (_, i) => citizen(100 + i));
const personOf = (i: number) => people[i % people.length]!;

describe('embedded store under kill -9', () => {
  it('keeps every record whole across a crash mid-batch', async () => {
    const [httpPort, grpcPort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        SINHTRAC_DATA: dataDir,
        SINHTRAC_STORE: '',
        SINHTRAC_KEY_FILE: join(dataDir, 'key'),
        HTTP_PORT: String(httpPort),
        GRPC_PORT: String(grpcPort),
        HOST: '127.0.0.1',
        SINHTRAC_WORKERS: '1',
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // A failure or timeout before the planned kill must not leave the server running after the test.
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    const base = `http://127.0.0.1:${httpPort}`;
    for (let tries = 0; ; tries++) {
      const up = await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (tries > 600) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }

    const attempted = new Set<number>();
    const acknowledged = new Set<number>();
    let next = 0;
    let killed = false;
    const enrol = async () => {
      while (!killed) {
        const i = next++;
        attempted.add(i);
        const p = personOf(i);
        const res = await fetch(`${base}/v1/records`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(enrolmentJson(p, cccdFor(i))),
        }).catch(() => undefined);
        if (res?.status === 201) acknowledged.add(i);
        else if (res !== undefined) throw new Error(`enrol ${i}: HTTP ${res.status} ${await res.text()}`);
      }
    };
    // A verify batch streaming against the first records while enrolments go on (audit writes).
    const batch = async () => {
      while (acknowledged.size < 5) await new Promise((r) => setTimeout(r, 10));
      const lines = Array.from({ length: 2000 }, (_, k) => {
        const i = k % 5;
        const p = personOf(i);
        return JSON.stringify({ id: String(k), cccd: cccdFor(i), ...liveCaptureJson(p) });
      });
      const res = await fetch(`${base}/v1/verify:batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body: lines.join('\n'),
      }).catch(() => undefined);
      await res?.text().catch(() => undefined);
    };
    // Single verifies, each with its own request id: an answered decision must be in the audit after the crash.
    const answered = new Map<string, string>();
    let nextVerify = 0;
    const verifyLoop = async () => {
      while (acknowledged.size < 5) await new Promise((r) => setTimeout(r, 10));
      while (!killed) {
        const k = nextVerify++;
        const i = k % 5;
        const requestId = `crash-verify-${k}`;
        const res = await fetch(`${base}/v1/records/${cccdFor(i)}:verify`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': requestId },
          body: JSON.stringify(liveCaptureJson(personOf(i))),
        }).catch(() => undefined);
        if (res?.status === 200) answered.set(requestId, cccdFor(i));
        else if (res !== undefined) throw new Error(`verify ${k}: HTTP ${res.status} ${await res.text()}`);
      }
    };
    const clients = [...Array.from({ length: 6 }, enrol), batch(), ...Array.from({ length: 4 }, verifyLoop)];
    while (acknowledged.size < 150) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    killed = true;
    expect(await exited).toBe('SIGKILL');
    await Promise.allSettled(clients);

    const store = await openStore({ store: '', dataDir, keyFile: join(dataDir, 'key') });
    try {
      let present = 0;
      for (const i of attempted) {
        const record = await store.get(cccdFor(i));
        if (record === undefined) {
          expect(acknowledged.has(i)).toBe(false);
          continue;
        }
        present++;
        const p = personOf(i);
        expect(Buffer.from(record.faces[0]!.template).equals(Buffer.from(p.enrolFace))).toBe(true);
        expect(record.fingers.map((f) => f.position)).toEqual([2, 7]);
        record.fingers.forEach((f, k) => {
          expect(Buffer.from(f.template).equals(Buffer.from(p.enrolFingers[k]!.template))).toBe(true);
        });
      }
      expect(present).toBeGreaterThanOrEqual(acknowledged.size);
      expect(await store.count()).toBe(present);
      // And a full walk: every record in the store opens (no half-written or stray value).
      let walked = 0;
      for await (const record of store.all()) {
        expect(record.fingers.length).toBe(2);
        walked++;
      }
      expect(walked).toBe(present);
      expect(answered.size).toBeGreaterThan(0);
      const audited = new Set<string>();
      for (let i = 0; i < 5; i++) {
        for (const e of await store.auditFor(cccdFor(i), 1_000_000)) audited.add(e.requestId);
      }
      const missing = [...answered.keys()].filter((id) => !audited.has(id));
      expect(missing).toEqual([]);
    } finally {
      await store.close();
    }
  }, 120_000);
});
