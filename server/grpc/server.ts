import { Server, ServerCredentials } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation, protoPath as healthProtoPath } from 'grpc-health-check';
import type { Application } from '../app/index.ts';
import { packageName, protoFiles, protoRoot } from '../contract.ts';
import type { ServiceMetrics } from '../metrics.ts';
import { checkLimitsCoverRequests } from '../request-limits.ts';
import type { TlsConfig } from '../tls.ts';
import { serviceDefinition } from './definitions.ts';
import { receiveDeadline } from './receive-deadline.ts';
import { verificationService } from './verification.ts';
import { recordsService } from './records.ts';

export interface GrpcOptions {
  maxMessageBytes: number;
  /** Time a client has to send a unary request message, and each VerifyBatch item the batch waits for. */
  receiveTimeoutMs: number;
}

export interface GrpcService {
  server: Server;
  health: HealthImplementation;
  /** Marks every service SERVING (called once the worker pool is warm). */
  setServing(serving: boolean): void;
}

export const grpcServiceNames = [`${packageName}.Verification`, `${packageName}.Records`];

export function buildGrpcServer(
  app: Application,
  metrics: ServiceMetrics,
  options: GrpcOptions,
): GrpcService {
  // A repeated request field without a bound would let one caller size the server's work: refuse to start.
  checkLimitsCoverRequests();
  const server = new Server({
    'grpc.max_receive_message_length': options.maxMessageBytes,
    'grpc.max_send_message_length': options.maxMessageBytes,
    // channelz (grpc-js's introspection of calls and sockets) tracks every call; nothing here reads it.
    'grpc.enable_channelz': 0,
    interceptors: [receiveDeadline(options.receiveTimeoutMs)],
  });
  server.addService(serviceDefinition('Verification'), verificationService(app, metrics));
  server.addService(
    serviceDefinition('Records'),
    recordsService(app, metrics, { itemTimeoutMs: options.receiveTimeoutMs }),
  );

  const health = new HealthImplementation({
    '': 'NOT_SERVING',
    ...Object.fromEntries(grpcServiceNames.map((s) => [s, 'NOT_SERVING'])),
  });
  health.addToServer(server);

  // The health service too, so a standard gRPC CLI can find and call grpc.health.v1.Health by reflection.
  const reflectionDefinition = loadSync([...protoFiles, healthProtoPath], {
    includeDirs: [protoRoot],
    keepCase: true,
  });
  new ReflectionService(reflectionDefinition).addToServer(server);

  return {
    server,
    health,
    setServing(serving) {
      for (const name of ['', ...grpcServiceNames])
        health.setStatus(name, serving ? 'SERVING' : 'NOT_SERVING');
    },
  };
}

/** Plaintext, TLS, or with a client CA mutual TLS (the client certificate names the caller). */
function credentialsOf(tls: TlsConfig | undefined): ServerCredentials {
  if (tls === undefined) return ServerCredentials.createInsecure();
  return ServerCredentials.createSsl(
    tls.clientCaPem ?? null,
    [{ cert_chain: tls.certPem, private_key: tls.keyPem }],
    tls.clientCaPem !== undefined,
  );
}

export function listenGrpc(
  service: GrpcService,
  host: string,
  port: number,
  tls?: TlsConfig,
): Promise<number> {
  return new Promise((resolve, reject) => {
    service.server.bindAsync(`${host}:${port}`, credentialsOf(tls), (err, bound) =>
      err ? reject(err) : resolve(bound),
    );
  });
}
