// The production build (npm run build, then the service run as `npm start` does) serves with no dev dependency
// installed: no tsx loader and no esbuild in the main thread or in any pool worker. The service runs from a view of
// the repository whose node_modules holds only what `npm prune --omit=dev` keeps (the lockfile's non-dev packages),
// so any import of tsx, by the main thread or a worker, fails its start and /readyz never answers ready.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../engine/repo-paths.ts';
import { portrait, sample1Faces } from '../fixtures/portraits.ts';
import { encodeGrayPng, generateFingerImpression } from '../fixtures/synth/index.ts';
import { freePort } from './test/free-port.ts';

/** The repository as a production host has it: sources and build linked, node_modules without dev packages. */
function productionView(dir: string): void {
  for (const entry of readdirSync(repoRoot)) {
    if (entry !== 'node_modules' && entry !== '.git') symlinkSync(join(repoRoot, entry), join(dir, entry));
  }
  const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean }>;
  };
  for (const [key, meta] of Object.entries(lock.packages)) {
    const name = key.startsWith('node_modules/') ? key.slice('node_modules/'.length) : '';
    if (name === '' || name.includes('/node_modules/') || meta.dev) continue;
    if (name.includes('/')) mkdirSync(join(dir, 'node_modules', name.split('/')[0]!), { recursive: true });
    else mkdirSync(join(dir, 'node_modules'), { recursive: true });
    try {
      symlinkSync(join(repoRoot, 'node_modules', name), join(dir, 'node_modules', name));
    } catch (err) {
      // An optional package for another platform is in the lockfile but not installed.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
}

describe('the built service', () => {
  let dir: string;
  let child: ChildProcess | undefined;
  let output = '';
  let httpPort: number;

  beforeAll(async () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', join(repoRoot, 'tsconfig.build.json')], { stdio: 'inherit' });
    dir = mkdtempSync(join(tmpdir(), 'sinhtrac-built-'));
    productionView(dir);
    httpPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HTTP_PORT: String(httpPort),
      GRPC_PORT: String(await freePort()),
      HOST: '127.0.0.1',
      SINHTRAC_DATA: join(dir, 'data'),
      SINHTRAC_KEY_FILE: join(dir, 'keys', 'store.key'),
      SINHTRAC_WORKERS: '1',
    };
    delete env.NODE_OPTIONS;
    delete env.SINHTRAC_POLICY;
    // Symlinks kept as they are, so packages resolve from the view's node_modules, not the repository's.
    child = spawn(
      process.execPath,
      ['--preserve-symlinks', '--preserve-symlinks-main', join(dir, 'dist', 'server', 'main.js')],
      { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout!.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
  }, 300_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has no tsx to fall back on', () => {
    const fromView = createRequire(join(dir, 'dist', 'server', 'main.js'));
    expect(() => fromView.resolve('tsx/package.json', { paths: [join(dir, 'node_modules')] })).toThrow();
  });

  it('gets ready without tsx and verifies an enrolled citizen', async () => {
    const base = `http://127.0.0.1:${httpPort}`;
    let ready = false;
    for (let i = 0; i < 600 && !ready && child!.exitCode === null; i++) {
      ready = await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (!ready) await new Promise((r) => setTimeout(r, 200));
    }
    expect(ready, `service output:\n${output}`).toBe(true);

    const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
    // The README demo's captures (fixtures/demo.ts): impression 0 enrolled, impression 1 live.
    const finger = (position: number, impression: number) =>
      encodeGrayPng(generateFingerImpression(4200 + position, impression));
    const post = (path: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const enrol = await post('/v1/records', {
      cccd: '001099012345',
      face: { image: b64(await portrait(1, sample1Faces.middle)) },
      fingers: [2, 7].map((position) => ({ position, image: b64(finger(position, 0)) })),
    });
    expect(enrol.status, await enrol.clone().text()).toBe(201);
    const verify = await post('/v1/records/001099012345:verify', {
      face: {
        image: b64(await portrait(1, sample1Faces.middle, { margin: 2.4, shiftX: 0.08, outputSidePx: 340 })),
      },
      fingers: [2, 7].map((position) => ({ position, image: b64(finger(position, 1)) })),
    });
    const answer = (await verify.json()) as { decision?: string };
    expect(verify.status, JSON.stringify(answer)).toBe(200);
    expect(answer.decision).toBe('MATCH');
  });
});
