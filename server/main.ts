import { loadConfig } from './config.ts';
import { startService } from './service.ts';

const config = loadConfig();
const service = await startService(config);
service.http.log.info(
  `sinhtrac serving HTTP on :${service.httpPort} (docs /docs), gRPC on :${service.grpcPort}; ` +
    `${config.poolSize} workers warming up (GET /readyz)`,
);
service.ready.then(
  () => service.http.log.info('models loaded and warm: ready'),
  () => (process.exitCode = 1),
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    service.http.log.info(`${signal}: draining and stopping`);
    service.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
