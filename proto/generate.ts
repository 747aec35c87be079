// Regenerates proto/gen/ (typed static codecs) from the .proto contract; CI checks the output is current.
import { execFileSync } from 'node:child_process';
import { readdirSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const protoDir = dirname(fileURLToPath(import.meta.url));
const sources = readdirSync(join(protoDir, 'sinhtrac/v1'))
  .filter((f) => f.endsWith('.proto'))
  .sort()
  .map((f) => join(protoDir, 'sinhtrac/v1', f));
const outDir = join(protoDir, 'gen');
mkdirSync(outDir, { recursive: true });
const pbjs = join(protoDir, '../node_modules/.bin/pbjs');
execFileSync(
  pbjs,
  [
    '-t',
    'static-module',
    '-w',
    'esm',
    '--keep-case',
    '--force-number',
    '--no-service',
    '--no-delimited',
    '--null-semantics',
    '-p',
    protoDir,
    '-o',
    join(outDir, 'sinhtrac.js'),
    '-d',
    ...sources,
  ],
  { stdio: 'inherit' },
);
console.error(`generated ${outDir}/sinhtrac.{js,d.ts} from ${sources.length} files`);
