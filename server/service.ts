import type { FastifyInstance } from 'fastify';
import { BiometricPool } from '../engine/pool/index.ts';
import { createApplication, type Application } from './app/index.ts';
import type { ServiceConfig } from './config.ts';
import { buildGrpcServer, listenGrpc, type GrpcService } from './grpc/server.ts';
import { buildHttpServer } from './http/app.ts';
import { ServiceMetrics } from './metrics.ts';
import { openStore } from './store/open-store.ts';

export interface RunningService {
  app: Application;
  http: FastifyInstance;
  grpc: GrpcService;
  httpPort: number;
  grpcPort: number;
  /** Resolves when every worker is warm (readiness flips then); rejects if a worker cannot load its models. */
  ready: Promise<void>;
  close(): Promise<void>;
}

const shutdownGraceMs = 5_000;

/** Starts the pool and both transports; ports 0 pick free ones (tests). */
export async function startService(config: ServiceConfig): Promise<RunningService> {
  // First: a wrong key file or an unreachable database stops the start before any port opens.
  const store = await openStore(config.records.store);
  const pool = new BiometricPool({
    size: config.poolSize,
    ortThreads: config.ortThreads,
    maxQueue: config.maxQueue,
    maxImagePixels: config.maxImagePixels,
  });
  const metrics = new ServiceMetrics(pool);
  const app = createApplication({
    pool,
    config,
    store,
    records: config.records,
    decisions: { count: (operation, decision, level) => metrics.countDecision(operation, decision, level) },
  });
  const http = await buildHttpServer(app, metrics, {
    bodyLimitBytes: config.httpBodyLimitBytes,
    logLevel: config.logLevel,
    logRequests: config.logRequests,
    headersTimeoutMs: config.httpHeadersTimeoutMs,
    requestTimeoutMs: config.httpRequestTimeoutMs,
    tls: config.tls,
  });
  const grpc = buildGrpcServer(app, metrics, {
    maxMessageBytes: config.httpBodyLimitBytes,
    receiveTimeoutMs: config.grpcReceiveTimeoutMs,
  });

  await http.listen({ port: config.httpPort, host: config.host });
  const address = http.server.address();
  const httpPort = typeof address === 'object' && address ? address.port : config.httpPort;
  const grpcPort = await listenGrpc(grpc, config.host, config.grpcPort, config.tls);

  // Serving once the workers are warm, and while the store takes writes (a full disk: not ready until it recovers).
  let poolReady = false;
  store.onHealthChange((health) => grpc.setServing(poolReady && health.ready));
  const ready = pool.ready.then(() => {
    poolReady = true;
    grpc.setServing(store.health.ready);
  });
  ready.catch((err: unknown) => http.log.error({ err }, 'worker pool failed to start'));

  return {
    app,
    http,
    grpc,
    httpPort,
    grpcPort,
    ready,
    async close() {
      grpc.setServing(false);
      // Let calls in flight finish, but an open stream must not hold the process forever.
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          grpc.server.forceShutdown();
          resolve();
        }, shutdownGraceMs);
        grpc.server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      });
      await http.close();
      await pool.close();
      await store.close();
    },
  };
}
