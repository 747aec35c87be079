import * as grpc from '@grpc/grpc-js';
import { serviceDefinition } from '../../server/grpc/definitions.ts';

export interface LoadResult {
  requests: number;
  errors: number;
  latenciesMs: number[];
  durationS: number;
  errorCodes: Record<string, number>;
  /** CPU the load generator itself used (user + system), seconds. */
  clientCpuS: number;
}

export interface GrpcLoadOptions {
  address: string;
  service: string;
  method: string;
  request: () => unknown;
  concurrency: number;
  durationS: number;
  /** TCP connections the callers are spread over (grpc-js multiplexes one channel's calls on one connection). */
  channels?: number;
  /** 'grpc-js' (a real client, CPU-heavy) or 'h2' (pre-encoded calls over node:http2: h2-grpc-load.ts). */
  client?: 'grpc-js' | 'h2';
}

/**
 * Closed-loop driver: `concurrency` callers spread over `connections`, each sending its next call when the last one
 * answered, for `durationS`. `call` resolves to an error code, or undefined for success.
 */
export async function closedLoop<C>(
  connections: readonly C[],
  concurrency: number,
  durationS: number,
  call: (connection: C) => Promise<string | undefined>,
  onTick: () => void,
): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  const errorCodes: Record<string, number> = {};
  let errors = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const endAt = started + durationS * 1000;
  const caller = async (k: number): Promise<void> => {
    const connection = connections[k % connections.length]!;
    while (performance.now() < endAt) {
      const t0 = performance.now();
      const code = await call(connection);
      latenciesMs.push(performance.now() - t0);
      if (code !== undefined) {
        errors++;
        errorCodes[code] = (errorCodes[code] ?? 0) + 1;
      }
      onTick();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, k) => caller(k)));
  const durationMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    requests: latenciesMs.length,
    errors,
    latenciesMs,
    durationS: durationMs / 1000,
    errorCodes,
    clientCpuS: (cpu.user + cpu.system) / 1e6,
  };
}

export type GenericClient = grpc.Client &
  Record<string, (req: unknown, cb: (err: grpc.ServiceError | null) => void) => void>;

/** A grpc-js client of one sinhtrac.v1 service on its own connection (a local subchannel pool: clients to the same
 * address would otherwise share one). */
export function grpcClientOf(address: string, service: string): GenericClient {
  const Client = grpc.makeGenericClientConstructor(serviceDefinition(service), service);
  return new Client(address, grpc.credentials.createInsecure(), {
    'grpc.use_local_subchannel_pool': 1,
  }) as GenericClient;
}

/** Closed-loop unary load: `concurrency` callers, each sending its next request when the last one answered. */
export async function grpcUnaryLoad(options: GrpcLoadOptions, onTick: () => void): Promise<LoadResult> {
  const { address, service, method, request, concurrency, durationS } = options;
  const clients = Array.from({ length: Math.max(1, options.channels ?? 1) }, () =>
    grpcClientOf(address, service),
  );
  const call = async (client: GenericClient): Promise<string | undefined> => {
    const err = await new Promise<grpc.ServiceError | null>((resolve) => client[method]!(request(), resolve));
    return err ? (grpc.status[err.code] ?? String(err.code)) : undefined;
  };
  const result = await closedLoop(clients, concurrency, durationS, call, onTick);
  for (const c of clients) c.close();
  return result;
}
