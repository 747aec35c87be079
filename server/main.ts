import cluster from 'node:cluster';
import { runClusterPrimary } from './cluster.ts';
import { loadConfig } from './config.ts';
import { startService } from './service.ts';

const config = loadConfig();
if (config.processes > 1 && cluster.isPrimary) {
  await runClusterPrimary(config);
} else {
  const service = await startService(config);
  const who = cluster.isWorker ? `process ${process.env.SINHTRAC_PROCESS_INDEX}: ` : '';
  service.http.log.info(
    `${who}sinhtrac serving HTTP on :${service.httpPort} (docs /docs), gRPC on :${service.grpcPort}; ` +
      `${config.poolSize} workers warming up (GET /readyz)`,
  );
  service.ready.then(
    () => service.http.log.info(`${who}models loaded and warm: ready`),
    () => (process.exitCode = 1),
  );

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      service.http.log.info(`${who}${signal}: draining and stopping`);
      service.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
