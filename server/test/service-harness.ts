import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type ServiceConfig } from '../config.ts';
import { startService, type RunningService } from '../service.ts';

/** A real service on loopback with free ports and one warm worker: what the transport tests talk to. */
export async function startTestService(overrides: Partial<ServiceConfig> = {}): Promise<RunningService> {
  const defaults = loadConfig({});
  // Each test service gets its own embedded store in a temporary directory, never ./data.
  const dataDir = mkdtempSync(join(tmpdir(), 'sinhtrac-test-'));
  const config: ServiceConfig = {
    ...defaults,
    records: { ...defaults.records, store: { store: '', dataDir, keyFile: join(dataDir, 'key') } },
    host: '127.0.0.1',
    httpPort: 0,
    grpcPort: 0,
    poolSize: 1,
    logLevel: 'warn',
    ...overrides,
  };
  const service = await startService(config);
  await service.ready;
  const close = service.close;
  return {
    ...service,
    async close() {
      await close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
