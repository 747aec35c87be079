import { loadConfig, type ServiceConfig } from '../config.ts';
import { startService, type RunningService } from '../service.ts';

/** A real service on loopback with free ports and one warm worker: what the transport tests talk to. */
export async function startTestService(overrides: Partial<ServiceConfig> = {}): Promise<RunningService> {
  const config: ServiceConfig = {
    ...loadConfig({}),
    host: '127.0.0.1',
    httpPort: 0,
    grpcPort: 0,
    poolSize: 1,
    logLevel: 'warn',
    ...overrides,
  };
  const service = await startService(config);
  await service.ready;
  return service;
}
