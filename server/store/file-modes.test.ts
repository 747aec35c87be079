import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyFileOf, openStore } from './open-store.ts';

// Biometric data at rest (Decree 13/2023): nothing the store writes may be readable by other local users, and the
// key must not travel with a copy of the data.
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sinhtrac-modes-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}

/** Every file and directory under `dir`, with its mode. */
function modesUnder(dir: string): Array<{ path: string; dir: boolean; mode: number }> {
  const out: Array<{ path: string; dir: boolean; mode: number }> = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    out.push({ path: relative(dir, path), dir: entry.isDirectory(), mode: modeOf(path) });
  }
  return out;
}

describe('store file modes', () => {
  it('creates the data directory, the database, its lock and the audit journals for the owner only', async () => {
    const dataDir = join(root, 'data');
    const keyFile = join(root, 'keys', 'store.key');
    const store = await openStore({ store: '', dataDir, keyFile });
    await store.close();
    expect(modeOf(dataDir)).toBe(0o700);
    const entries = modesUnder(dataDir);
    expect(entries.map((e) => e.path)).toEqual(expect.arrayContaining(['records.mdb', 'records.mdb-lock']));
    expect(entries.some((e) => e.path.startsWith('audit-journal'))).toBe(true);
    for (const e of entries)
      expect({ path: e.path, mode: e.mode }).toEqual({ path: e.path, mode: e.dir ? 0o700 : 0o600 });
    expect(modeOf(keyFile)).toBe(0o600);
    expect(modeOf(join(root, 'keys'))).toBe(0o700);
  });

  it('tightens a data directory that others could read', async () => {
    const dataDir = join(root, 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const store = await openStore({ store: '', dataDir, keyFile: join(root, 'store.key') });
    await store.close();
    expect(modeOf(dataDir)).toBe(0o700);
  });

  it('says so when the key file was readable by others, and makes it owner-only', async () => {
    const keyFile = join(root, 'store.key');
    writeFileSync(keyFile, `${randomBytes(32).toString('base64')}\n`);
    chmodSync(keyFile, 0o644);
    const warnings: string[] = [];
    const store = await openStore({ store: '', dataDir: join(root, 'data'), keyFile }, (m) =>
      warnings.push(m),
    );
    await store.close();
    expect(modeOf(keyFile)).toBe(0o600);
    expect(warnings).toEqual([expect.stringMatching(/had mode 0644.*rotat/)]);
  });

  it('keeps the default key file out of the data directory, and warns when only a key inside it exists', () => {
    // The default key path is relative to the working directory: use a fresh one, not the checkout's.
    const cwd = process.cwd();
    process.chdir(root);
    try {
      expectKeyFileChoice();
    } finally {
      process.chdir(cwd);
    }
  });
});

function expectKeyFileChoice(): void {
  const dataDir = join(root, 'data');
  const fresh = keyFileOf(undefined, dataDir);
  expect(relative(dataDir, fresh.keyFile).startsWith('..')).toBe(true);
  expect(fresh.keyFileWarning).toBeUndefined();
  mkdirSync(dataDir);
  writeFileSync(join(dataDir, 'key'), 'x\n', { mode: 0o600 });
  const legacy = keyFileOf(undefined, dataDir);
  expect(legacy.keyFile).toBe(join(dataDir, 'key'));
  expect(legacy.keyFileWarning).toMatch(/inside the data directory/);
}
