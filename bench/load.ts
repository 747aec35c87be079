// Load against a real server process on loopback: `npm run bench:load -- --scenario verify-templates
// --transport grpc --concurrency 32 --duration 20 [--processes 1] [--workers 2 (per process)] [--ort-threads 1]
// [--clients 2] [--channels 4] [--grpc-client h2] [--cpu-prof DIR]`. --processes: SINHTRAC_PROCESSES (the
// cluster spreads connections, not calls: give gRPC --channels >= processes); --clients: gRPC load-generator
// processes (0 = in this one); --channels: connections; --grpc-client h2: pre-encoded calls over node:http2
// instead of a grpc-js client (less client CPU); --cpu-prof: the server writes a V8 CPU profile into DIR when it
// stops. One JSON line last.
import { parseArgs } from './lib/args.ts';
import { printResult } from './lib/result.ts';
import { runLoad } from './load/run.ts';
import { scenarioNamed } from './load/scenarios.ts';
import { ServerProcess } from './load/server-process.ts';

const args = parseArgs();
const scenarioName = args.string('scenario', 'compare-faces');
const transport = args.string('transport', 'http');
if (transport !== 'http' && transport !== 'grpc')
  throw new Error(`--transport must be http or grpc, got ${transport}`);
const concurrency = args.number('concurrency', 2);
const durationS = args.number('duration', 20);
const workers = args.number('workers', 2);
const processes = args.number('processes', 1);
const ortThreads = args.number('ort-threads', 1);
const warmupS = args.number('warmup', 3);
const grpcClient = args.string('grpc-client', 'grpc-js');
if (grpcClient !== 'grpc-js' && grpcClient !== 'h2') throw new Error(`--grpc-client must be grpc-js or h2`);
const generator = {
  processes: args.number('clients', 0),
  channels: args.number('channels', 1),
  client: grpcClient as 'grpc-js' | 'h2',
};
const cpuProfDir = args.string('cpu-prof', '');

const scenario = scenarioNamed(scenarioName);
const server = await ServerProcess.start(
  {
    SINHTRAC_WORKERS: String(workers),
    SINHTRAC_PROCESSES: String(processes),
    SINHTRAC_ORT_THREADS: String(ortThreads),
    SINHTRAC_DATA: args.string('data-dir', `/tmp/sinhtrac-bench-${process.pid}`),
  },
  undefined,
  undefined,
  cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [],
);
try {
  const setup = await scenario.setup(`http://127.0.0.1:${server.httpPort}`);
  if (warmupS > 0) await runLoad(server, setup, transport, concurrency, warmupS, undefined, generator);
  const point = await runLoad(
    server,
    setup,
    transport,
    concurrency,
    durationS,
    (n) => {
      if (n % 500 === 0)
        process.stderr.write(`\r${scenarioName}/${transport} c=${concurrency}: ${n} requests`);
    },
    generator,
  );
  process.stderr.write('\n');
  printResult({
    scenario: scenarioName,
    processes,
    workers,
    ort_threads: ortThreads,
    clients: generator.processes,
    channels: generator.channels,
    grpc_client: transport === 'grpc' ? generator.client : undefined,
    ...point,
  });
} finally {
  await server.stop();
}
