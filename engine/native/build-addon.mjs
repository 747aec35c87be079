// Builds the addon with node-gyp during `npm install`/`npm ci`. node-gyp would download Node headers from
// nodejs.org; when the running Node ships its own headers (e.g. /usr/include/node) we point it there so the
// build needs nothing but the npm registry.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const prefix = path.resolve(path.dirname(process.execPath), '..');
const versionHeader = path.join(prefix, 'include', 'node', 'node_version.h');

function localHeadersMatch() {
  if (!existsSync(versionHeader) || !existsSync(path.join(prefix, 'include', 'node', 'common.gypi')))
    return false;
  const text = readFileSync(versionHeader, 'utf8');
  const part = (name) => text.match(new RegExp(`#define NODE_${name}_VERSION (\\d+)`))?.[1];
  return `v${part('MAJOR')}.${part('MINOR')}.${part('PATCH')}` === process.version;
}

function nodeGypScript() {
  if (process.env.npm_config_node_gyp && existsSync(process.env.npm_config_node_gyp))
    return process.env.npm_config_node_gyp;
  const npmRoot = path.join(
    prefix,
    'lib',
    'node_modules',
    'npm',
    'node_modules',
    'node-gyp',
    'bin',
    'node-gyp.js',
  );
  if (existsSync(npmRoot)) return npmRoot;
  return createRequire(import.meta.url).resolve('node-gyp/bin/node-gyp.js');
}

// Platforms without a C toolchain: skip the addon and run on the WebAssembly core (engine/native/build-wasm.sh).
if (process.env.SINHTRAC_SKIP_ADDON === '1') {
  console.error('sinhtrac: SINHTRAC_SKIP_ADDON=1, not building the native addon');
  process.exit(0);
}

const args = [nodeGypScript(), 'rebuild'];
if (!process.env.npm_config_nodedir && localHeadersMatch()) args.push(`--nodedir=${prefix}`);
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
