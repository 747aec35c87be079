import { availableParallelism } from 'node:os';
import { policyFromEnv, type Policy } from './app/policy.ts';
import { recordsConfigFromEnv, type RecordsConfig } from './app/records-config.ts';
import { intFrom } from './env.ts';
import { tlsConfigFrom, type TlsConfig } from './tls.ts';

/** Service settings from the environment; every value has an embedded default so `npm start` just works. */
export interface ServiceConfig {
  httpPort: number;
  grpcPort: number;
  host: string;
  /**
   * Service processes sharing the ports and the embedded store (node:cluster, server/cluster.ts); 1 = this process
   * serves alone. Each process has its own event loop, so template verifies (main-thread work) use more cores.
   */
  processes: number;
  /** Worker threads per process, each holding its own model sessions. */
  poolSize: number;
  /** onnxruntime intra-op threads per worker. */
  ortThreads: number;
  /** Tasks allowed to wait for a worker before new ones are refused (RESOURCE_EXHAUSTED / 503). */
  maxQueue: number;
  maxImageBytes: number;
  maxImagePixels: number;
  httpBodyLimitBytes: number;
  /** Time a client has to send its request headers; slower ones are cut off (Node answers 408). */
  httpHeadersTimeoutMs: number;
  /** Time a client has to send a whole request body, and each line of a batch body (trickling clients). */
  httpRequestTimeoutMs: number;
  /** Time a gRPC client has to send a unary request message, and each VerifyBatch item the batch waits for. */
  grpcReceiveTimeoutMs: number;
  /** Longest NDJSON batch line; a longer one is that item's LINE_TOO_LONG error, skipped without buffering. */
  batchMaxLineBytes: number;
  /** Unset: the calibration file's default. */
  defaultTargetFmr: number | undefined;
  logLevel: string;
  /** One log line per HTTP request (route, status, time; never bodies). */
  logRequests: boolean;
  /** Unset: plaintext on both ports (behind a TLS-terminating gateway). */
  tls: TlsConfig | undefined;
  /** Records store, verify policy and batch settings (server/app/records-config.ts). */
  records: RecordsConfig;
  /** SINHTRAC_POLICY (server/app/policy.ts); unset = every caller may do everything (development default). */
  policy: Policy | undefined;
}

function numberFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got ${raw}`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const cores = availableParallelism();
  const maxImageBytes = intFrom(env, 'SINHTRAC_MAX_IMAGE_BYTES', 10 * 1024 * 1024, 1024);
  const processes = intFrom(env, 'SINHTRAC_PROCESSES', 1, 1);
  // Base64 inflates by 4/3 and a request can carry a portrait plus ten fingerprints.
  const httpBodyLimitBytes = intFrom(
    env,
    'SINHTRAC_HTTP_BODY_LIMIT',
    Math.ceil(maxImageBytes * 1.4) * 4,
    1024,
  );
  return {
    httpPort: intFrom(env, 'HTTP_PORT', 8080),
    grpcPort: intFrom(env, 'GRPC_PORT', 50051),
    host: env.HOST || '0.0.0.0',
    processes,
    // Several processes share the cores: each gets its share of workers (RSS grows with every model session).
    poolSize: intFrom(env, 'SINHTRAC_WORKERS', Math.max(1, Math.floor(cores / processes)), 1),
    ortThreads: intFrom(env, 'SINHTRAC_ORT_THREADS', 1, 1),
    maxQueue: intFrom(env, 'SINHTRAC_MAX_QUEUE', 32, 0),
    maxImageBytes,
    maxImagePixels: intFrom(env, 'SINHTRAC_MAX_IMAGE_PIXELS', 40_000_000, 1),
    httpBodyLimitBytes,
    httpHeadersTimeoutMs: intFrom(env, 'SINHTRAC_HTTP_HEADERS_TIMEOUT_MS', 10_000, 100),
    httpRequestTimeoutMs: intFrom(env, 'SINHTRAC_HTTP_REQUEST_TIMEOUT_MS', 30_000, 100),
    grpcReceiveTimeoutMs: intFrom(env, 'SINHTRAC_GRPC_RECEIVE_TIMEOUT_MS', 30_000, 100),
    // A batch line is one VerifyBatchItem: as large as one Verify request may be.
    batchMaxLineBytes: intFrom(env, 'SINHTRAC_BATCH_MAX_LINE_BYTES', httpBodyLimitBytes, 1024),
    defaultTargetFmr: env.SINHTRAC_TARGET_FMR ? numberFrom(env, 'SINHTRAC_TARGET_FMR', 0) : undefined,
    logLevel: env.LOG_LEVEL || 'info',
    logRequests: env.SINHTRAC_LOG_REQUESTS === '1',
    tls: tlsConfigFrom(env),
    records: recordsConfigFromEnv(env),
    policy: policyFromEnv(env),
  };
}
