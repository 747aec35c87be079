// Runs a TypeScript entry point of the repository for an npm script that must also work without dev dependencies
// (postinstall, models/prepare.ts): the source through tsx where tsx is installed (a full install, where the
// sources are what is current), else its compiled copy in dist/ (`npm ci --omit=dev` next to a built dist/).
//   node tools/run-ts.mjs models/prepare.ts [args...]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry?.endsWith('.ts')) {
  console.error('usage: node tools/run-ts.mjs <path/to/entry.ts> [args...]');
  process.exit(2);
}

function tsxInstalled() {
  try {
    createRequire(import.meta.url).resolve('tsx/package.json');
    return true;
  } catch {
    return false;
  }
}

const compiled = path.join(root, 'dist', entry.replace(/\.ts$/, '.js'));
let argv;
if (tsxInstalled()) argv = ['--import', 'tsx', path.join(root, entry), ...args];
else if (existsSync(compiled)) argv = [compiled, ...args];
else {
  console.error(
    `sinhtrac: cannot run ${entry}: tsx is not installed (dev dependencies omitted) and ${path.relative(root, compiled)} ` +
      'is not built; install everything (npm ci), npm run build, then npm prune --omit=dev',
  );
  process.exit(1);
}
const result = spawnSync(process.execPath, argv, { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
