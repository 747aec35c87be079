import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../service.ts';
import { startTestService } from '../test/service-harness.ts';
import { portrait, sample1Faces } from '../../fixtures/portraits.ts';

let service: RunningService;

beforeAll(async () => {
  // One worker and no queue: a second concurrent extraction has nowhere to wait.
  service = await startTestService({ poolSize: 1, maxQueue: 0 });
});

afterAll(async () => {
  await service?.close();
});

describe('overload', () => {
  it('refuses work beyond the queue with 503 RESOURCE_EXHAUSTED instead of queueing it', async () => {
    const body = JSON.stringify({ image: (await portrait(1, sample1Faces.middle)).toString('base64') });
    const url = `http://127.0.0.1:${service.httpPort}/v1/faces:extract`;
    const send = () => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const responses = await Promise.all(Array.from({ length: 6 }, send));
    const statuses = responses.map((r) => r.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
    const refused = responses.find((r) => r.status === 503)!;
    const json = (await refused.json()) as { error: { code: string; reason: string } };
    expect(json.error).toMatchObject({ code: 'RESOURCE_EXHAUSTED', reason: 'OVERLOADED' });

    // Nothing is lost or stuck: once the burst is over, a request goes through.
    expect((await send()).status).toBe(200);
  });
});
