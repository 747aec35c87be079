import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { repoRoot } from '../../engine/repo-paths.ts';
import { freePort } from '../../server/test/free-port.ts';
const clockTicksPerSecond = 100;

/** A /proc file's text, or "" for a process that has just exited. */
function readIfExists(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/**
 * How the service is run: from the sources through tsx (`npm run dev`, the benches' default) or the compiled build
 * (`npm start`: node dist/server/main.js, after `npm run build`).
 */
export type ServiceLayout = 'source' | 'dist';

const serviceArgs: Record<ServiceLayout, readonly string[]> = {
  source: ['--import', 'tsx', 'server/main.ts'],
  dist: ['dist/server/main.js'],
};

/** The service as a separate process on loopback. */
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
    layout: ServiceLayout = 'source',
  ): Promise<ServerProcess> {
    const httpPort = httpPortWanted ?? (await freePort());
    const grpcPort = grpcPortWanted ?? (await freePort());
    const child = spawn(process.execPath, [...nodeArgs, ...serviceArgs[layout]], {
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
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGKILL');
    throw new Error('server did not become ready within 120 s');
  }

  /**
   * The server's process and every process it started: with SINHTRAC_PROCESSES > 1 the service processes, and from
   * the sources the esbuild service process tsx starts in each thread (children of any thread, not only the main one).
   */
  pids(): number[] {
    const pid = this.child.pid;
    if (!pid) return [];
    const all = [pid];
    for (let i = 0; i < all.length; i++) {
      let tasks: string[] = [];
      try {
        tasks = readdirSync(`/proc/${all[i]}/task`);
      } catch {
        // exited
      }
      for (const task of tasks) {
        const children = readIfExists(`/proc/${all[i]}/task/${task}/children`);
        for (const c of children.split(' ')) if (c.trim()) all.push(Number(c));
      }
    }
    return all;
  }

  /** CPU seconds used so far (user + system) and resident memory, from /proc, summed over the server's processes. */
  usage(): { cpuSeconds: number; rssMb: number } {
    let cpuSeconds = 0;
    for (const pid of this.pids()) {
      const stat = readIfExists(`/proc/${pid}/stat`);
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpuSeconds += (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / clockTicksPerSecond;
    }
    return { cpuSeconds, rssMb: this.memory().rssMb };
  }

  /**
   * Resident memory split: anonymous (heaps, buffers, native allocations) vs file-backed (mapped files: LMDB's
   * memory map, model files, code), which the kernel can drop under pressure. Summed over the server's processes
   * (file pages they share count once per process).
   */
  memory(): { rssMb: number; anonMb: number; fileMb: number; shmemMb: number } {
    const sum = { rssMb: 0, anonMb: 0, fileMb: 0, shmemMb: 0 };
    for (const pid of this.pids()) {
      const status = readIfExists(`/proc/${pid}/status`);
      const mb = (name: string) =>
        Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) / 1024;
      sum.rssMb += mb('VmRSS');
      sum.anonMb += mb('RssAnon');
      sum.fileMb += mb('RssFile');
      sum.shmemMb += mb('RssShmem');
    }
    return sum;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}
