import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const clockTicksPerSecond = 100;

/** A port free on loopback now (other engineers' benchmarks run servers on this machine too). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

/** The service as a separate process on loopback, started the way `npm start` starts it. */
export class ServerProcess {
  private constructor(
    readonly child: ChildProcess,
    readonly httpPort: number,
    readonly grpcPort: number,
  ) {}

  static async start(
    env: Record<string, string>,
    httpPortWanted?: number,
    grpcPortWanted?: number,
    nodeArgs: readonly string[] = [],
  ): Promise<ServerProcess> {
    const httpPort = httpPortWanted ?? (await freePort());
    const grpcPort = grpcPortWanted ?? (await freePort());
    const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/main.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        HTTP_PORT: String(httpPort),
        GRPC_PORT: String(grpcPort),
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const server = new ServerProcess(child, httpPort, grpcPort);
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        const ready = (await fetch(`http://127.0.0.1:${httpPort}/readyz`)).status === 200;
        // Ready, and still ours: a server someone else left on the port must not be measured instead.
        if (ready && child.exitCode === null) return server;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    child.kill('SIGKILL');
    throw new Error('server did not become ready within 120 s');
  }

  /** CPU seconds used so far (user + system) and resident memory, from /proc. */
  usage(): { cpuSeconds: number; rssMb: number } {
    const pid = this.child.pid;
    if (!pid) return { cpuSeconds: Number.NaN, rssMb: Number.NaN };
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond;
    const rssPages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return { cpuSeconds, rssMb: (rssPages * 4096) / (1024 * 1024) };
  }

  /**
   * Resident memory split: anonymous (heaps, buffers, native allocations) vs file-backed (mapped files: LMDB's
   * memory map, model files, code), which the kernel can drop under pressure.
   */
  memory(): { rssMb: number; anonMb: number; fileMb: number; shmemMb: number } {
    const pid = this.child.pid;
    const status = pid ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
    const kb = (name: string) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return {
      rssMb: kb('VmRSS') / 1024,
      anonMb: kb('RssAnon') / 1024,
      fileMb: kb('RssFile') / 1024,
      shmemMb: kb('RssShmem') / 1024,
    };
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}
