import cluster from 'node:cluster';
import { runClusterPrimary } from './cluster.ts';
import { loadConfig } from './config.ts';
import { startService } from './service.ts';

function configOrExit(): ReturnType<typeof loadConfig> {
  try {
    return loadConfig();
  } catch (err) {
    // A settings mistake (env var, TLS file, policy file) is one line for the operator, not a stack trace.
    console.error(`sinhtrac: ${(err as Error).message}`);
    process.exit(1);
  }
}

const config = configOrExit();
if (config.processes > 1 && cluster.isPrimary) {
  await runClusterPrimary(config);
} else {
  const service = await startService(config);
  const who = cluster.isWorker ? `process ${process.env.SINHTRAC_PROCESS_INDEX}: ` : '';
  service.http.log.info(
    `${who}sinhtrac serving HTTP on :${service.httpPort} (docs /docs), gRPC on :${service.grpcPort}; ` +
      `${config.poolSize} workers warming up (GET /readyz)`,
  );
  if (config.policy === undefined) {
    service.http.log.warn(
      `${who}NO ACCESS POLICY (SINHTRAC_POLICY unset): every caller may read, replace and delete every record, ` +
        'read its audit and see raw scores, with no attempt limits: development only',
    );
  } else {
    service.http.log.info(
      `${who}access policy ${config.policy.source}: ${config.policy.callers.length} callers`,
    );
  }
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
