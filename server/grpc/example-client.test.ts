import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen } from '../app/records-fixtures.ts';
import type { RunningService } from '../service.ts';
import { startTestService } from '../test/service-harness.ts';

const example = fileURLToPath(new URL('../../proto/examples/verify-grpc.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sinhtrac-example-'));
let service: RunningService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('proto/examples/verify-grpc.mjs', () => {
  it('enrols, verifies and reads a refusal from a running service, as the README shows', async () => {
    const alice = citizen(1);
    writeFileSync(join(dir, 'enrol.tpl'), alice.enrolFace);
    writeFileSync(join(dir, 'live.tpl'), alice.liveFace);
    const { stdout } = await promisify(execFile)(process.execPath, [
      example,
      `127.0.0.1:${service.grpcPort}`,
      '001190000123',
      join(dir, 'enrol.tpl'),
      join(dir, 'live.tpl'),
    ]);
    const [verified, refused] = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(verified).toEqual({ decision: 'MATCH', reasons: [] });
    expect(refused).toMatchObject({ status: 'INVALID_ARGUMENT', field: 'cccd' });
    expect(refused.reason).toBe('INVALID_CCCD');
  });
});
