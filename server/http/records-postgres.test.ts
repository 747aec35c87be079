/** The records API on the PostgreSQL backend (127.0.0.1:5432, a unique schema per run, dropped after). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, enrolmentJson, liveCaptureJson } from '../app/records-fixtures.ts';
import { loadConfig } from '../config.ts';
import type { RunningService } from '../service.ts';
import { PostgresBackend } from '../store/postgres-backend.ts';
import { startTestService } from '../test/service-harness.ts';

const pgUrl = process.env.SINHTRAC_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `t_api_${process.pid}_${Date.now().toString(36)}`;
const keyDir = mkdtempSync(join(tmpdir(), 'sinhtrac-pg-key-'));
let service: RunningService;
let base: string;

const alice = citizen(21);

beforeAll(async () => {
  const defaults = loadConfig({});
  service = await startTestService({
    records: {
      ...defaults.records,
      store: { store: pgUrl, dataDir: keyDir, keyFile: join(keyDir, 'key'), pgSchema: schema },
    },
  });
  base = `http://127.0.0.1:${service.httpPort}`;
});

afterAll(async () => {
  const backend = service?.app.deps.store.backend;
  if (backend instanceof PostgresBackend) await backend.dropSchema(schema);
  await service?.close();
  rmSync(keyDir, { recursive: true, force: true });
});

async function post(path: string, body: unknown) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('records over HTTP on PostgreSQL', () => {
  it('enrols, refuses a duplicate, verifies and audits', async () => {
    expect(service.app.deps.store.backend.kind).toBe('postgres');
    const enrol = enrolmentJson(alice, '092201004321');
    expect((await post('/v1/records', enrol)).status).toBe(201);
    expect((await post('/v1/records', enrol)).status).toBe(409);
    const verified = await post('/v1/records/092201004321:verify', liveCaptureJson(alice));
    expect(verified.json.decision).toBe('MATCH');
    const audit = (await (await fetch(`${base}/v1/records/092201004321/audit`)).json()) as {
      entries: { operation: string }[];
    };
    expect(audit.entries.map((e) => e.operation)).toEqual(['verify', 'create']);
  });
});
