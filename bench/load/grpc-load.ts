import * as grpc from '@grpc/grpc-js';
import { serviceDefinition } from '../../server/grpc/definitions.ts';

export interface LoadResult {
  requests: number;
  errors: number;
  latenciesMs: number[];
  durationS: number;
  errorCodes: Record<string, number>;
}

/** Closed-loop unary load: `concurrency` callers, each sending its next request when the last one answered. */
export async function grpcUnaryLoad(
  address: string,
  service: string,
  method: string,
  request: () => unknown,
  concurrency: number,
  durationS: number,
  onTick: () => void,
): Promise<LoadResult> {
  const Client = grpc.makeGenericClientConstructor(serviceDefinition(service), service);
  const client = new Client(address, grpc.credentials.createInsecure()) as grpc.Client &
    Record<string, (req: unknown, cb: (err: grpc.ServiceError | null) => void) => void>;
  const latenciesMs: number[] = [];
  const errorCodes: Record<string, number> = {};
  let errors = 0;
  const started = performance.now();
  const endAt = started + durationS * 1000;
  const caller = async (): Promise<void> => {
    while (performance.now() < endAt) {
      const t0 = performance.now();
      const err = await new Promise<grpc.ServiceError | null>((resolve) =>
        client[method]!(request(), resolve),
      );
      latenciesMs.push(performance.now() - t0);
      if (err) {
        errors++;
        errorCodes[grpc.status[err.code] ?? String(err.code)] =
          (errorCodes[grpc.status[err.code] ?? ''] ?? 0) + 1;
      }
      onTick();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  client.close();
  return {
    requests: latenciesMs.length,
    errors,
    latenciesMs,
    durationS: (performance.now() - started) / 1000,
    errorCodes,
  };
}
