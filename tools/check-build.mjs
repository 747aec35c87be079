// `prestart`: `npm start` runs the compiled build (node dist/server/main.js), which `npm run build` makes. A missing
// build is one clear line instead of a module-not-found stack; sources newer than the build are a warning (a
// forgotten rebuild would serve old code), not a refusal, since a production host may keep sources it never edits.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist', 'server', 'main.js');

if (!existsSync(entry)) {
  console.error(
    'sinhtrac: dist/server/main.js is missing: run `npm run build` first (or `npm run dev` for the sources)',
  );
  process.exit(1);
}

function newestSource(dir) {
  let newest = { file: '', mtimeMs: 0 };
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, item.name);
    const found = item.isDirectory()
      ? newestSource(file)
      : item.name.endsWith('.ts') && !item.name.endsWith('.test.ts')
        ? { file, mtimeMs: statSync(file).mtimeMs }
        : newest;
    if (found.mtimeMs > newest.mtimeMs) newest = found;
  }
  return newest;
}

const builtMs = statSync(entry).mtimeMs;
const newest = [newestSource(path.join(root, 'server')), newestSource(path.join(root, 'engine'))].reduce(
  (a, b) => (b.mtimeMs > a.mtimeMs ? b : a),
);
if (newest.mtimeMs > builtMs) {
  console.error(
    `sinhtrac: warning: ${path.relative(root, newest.file)} is newer than dist/ (built ${new Date(builtMs).toISOString()}); ` +
      'run `npm run build` to serve it',
  );
}
