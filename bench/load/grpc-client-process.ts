// One gRPC load-generator process (bench/load/grpc-clients.ts starts several): a grpc-js client is CPU-heavy and
// single-threaded, so one process can be the bottleneck before the server is. Reads its job over IPC, reports the
// latencies and its own CPU time back.
import { unaryLoadHere } from './grpc-clients.ts';
import type { GrpcLoadOptions } from './grpc-load.ts';

type Job = Omit<GrpcLoadOptions, 'request'> & { request: unknown };

process.once('message', (job: Job) => {
  let ticks = 0;
  const progress = setInterval(() => process.send?.({ ticks }), 500);
  unaryLoadHere({ ...job, request: () => job.request }, () => ticks++).then(
    (result) => {
      clearInterval(progress);
      process.send?.({ result }, () => process.disconnect());
    },
    (err: unknown) => {
      clearInterval(progress);
      process.send?.({ error: String(err) }, () => process.disconnect());
    },
  );
});
process.send?.({ ready: true });
