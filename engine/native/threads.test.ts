import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { addonCandidates, loadNative } from './index.ts';
import { drawSyntheticRidges } from './test/synthetic-ridges.ts';

// Plain JavaScript in the worker: the addon itself must load per thread (context-aware, no shared state).
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const core = require(workerData.addon);
const { pixels, width, height } = workerData;
const out = [];
for (let i = 0; i < 3; i++) out.push(Buffer.from(core.extract(pixels, width, height, 500, 1)).toString('hex'));
parentPort.postMessage(out);
`;

describe('addon in worker threads', () => {
  it('loads in several threads at once and gives the same templates as the main thread', async () => {
    const addon = addonCandidates().find((f) => existsSync(f))!;
    loadNative(); // the main thread holds it too
    const { pixels, width, height } = drawSyntheticRidges();
    const expected = Buffer.from(loadNative().extract(pixels, width, height, 500, 1)).toString('hex');
    const runs = await Promise.all(
      [0, 1, 2].map(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const w = new Worker(workerSource, { eval: true, workerData: { addon, pixels, width, height } });
            w.once('message', (m: string[]) => {
              resolve(m);
              void w.terminate();
            });
            w.once('error', reject);
          }),
      ),
    );
    for (const r of runs) for (const hex of r) expect(hex).toBe(expected);
  });
});
