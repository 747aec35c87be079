// Addon vs WebAssembly matcher scores on foreign templates of a dataset folder (must be identical; the tests check
// the same on generated fingers). Build the wasm first (npm run build:wasm), then, from the repository root:
// node --import tsx engine/native/tools/match-wasm-check.mts [folder of .iso files] [count]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadNative, NativeTemplateFormat } from '../index.ts';
import { loadWasm } from '../wasm.ts';

const dir = process.argv[2] ?? '../shared/datasets/fingerprints/templates/fvc2004/DB1_B';
const count = Number(process.argv[3] ?? 24);
const addon = loadNative();
const wasm = loadWasm();
const templates = readdirSync(dir)
  .filter((f) => f.endsWith('.iso'))
  .sort()
  .slice(0, count)
  .map((f) => addon.importTemplate(readFileSync(join(dir, f)), NativeTemplateFormat.iso19794_2_2005));
const fromAddon = templates.map((t) => addon.prepareTemplate(t));
const fromWasm = templates.map((t) => wasm.prepareTemplate(t));
let pairs = 0;
let identical = 0;
let maxDiff = 0;
for (let i = 0; i < templates.length; i++) {
  for (let j = i + 1; j < templates.length; j++) {
    const a = addon.matchPrepared(fromAddon[i]!, fromAddon[j]!);
    const b = wasm.matchPrepared(fromWasm[i]!, fromWasm[j]!);
    pairs++;
    if (a === b) identical++;
    maxDiff = Math.max(maxDiff, Math.abs(a - b));
  }
}
console.log(JSON.stringify({ pairs, identical, max_abs_diff: maxDiff }));
