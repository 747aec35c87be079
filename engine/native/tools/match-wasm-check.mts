// Native vs wasm32 matcher scores on the first 24 DB1_B foreign templates (must be identical).
// clang --target=wasm32 -std=c11 -O3 -ffreestanding -nostdlib -fno-builtin-malloc -ffp-contract=off \
//   -isystem engine/native/wasm/include -I engine/native -Wl,--no-entry -Wl,-z,stack-size=1048576 -o /tmp/wmt.wasm \
//   engine/native/tools/match_wasm_check.c engine/native/match_*.c engine/native/matcher.c engine/native/wasm/freestanding.c
// node --import tsx engine/native/tools/match-wasm-check.mts [/tmp/wmt.wasm]   (from the repository root)
import { readFileSync, readdirSync } from 'node:fs';
import { compareFingerTemplates } from '../../finger/match.ts';
import { importTemplate } from '../../finger/template.ts';
import type { FingerTemplate } from '../../finger/template.ts';

interface MatcherWasm {
  memory: WebAssembly.Memory;
  template_ptr(i: number): number;
  match_templates(): number;
}

const { instance } = await WebAssembly.instantiate(readFileSync(process.argv[2] ?? '/tmp/wmt.wasm'));
const wasm = instance.exports as unknown as MatcherWasm;
const types = ['other', 'ending', 'bifurcation'];

/** Writes t as an st_template (template.h layout, wasm32 little-endian, 8-byte minutiae). */
function put(i: number, t: FingerTemplate): void {
  const p = wasm.template_ptr(i);
  const v = new DataView(wasm.memory.buffer);
  v.setUint16(p, t.width, true);
  v.setUint16(p + 2, t.height, true);
  v.setUint8(p + 4, t.quality);
  v.setUint8(p + 5, t.position);
  v.setUint16(p + 6, t.minutiae.length, true);
  t.minutiae.forEach((m, k) => {
    const q = p + 8 + k * 8;
    v.setInt16(q, m.x, true);
    v.setInt16(q + 2, m.y, true);
    v.setUint8(q + 4, Math.round((m.angleDeg * 256) / 360) & 255);
    v.setUint8(q + 5, types.indexOf(m.type));
    v.setUint8(q + 6, m.quality);
  });
}

const dir = '../shared/datasets/fingerprints/templates/fvc2004/DB1_B/';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.iso'))
  .sort()
  .slice(0, 24);
const templates = files.map((f) => importTemplate(readFileSync(dir + f), 'iso19794-2:2005'));
let pairs = 0;
let identical = 0;
let maxDiff = 0;
for (let i = 0; i < templates.length; i++) {
  for (let j = i + 1; j < templates.length; j++) {
    put(0, templates[i]!);
    put(1, templates[j]!);
    const fromWasm = wasm.match_templates();
    const fromNative = compareFingerTemplates(templates[i]!, templates[j]!);
    pairs++;
    if (Math.fround(fromNative) === Math.fround(fromWasm)) identical++;
    maxDiff = Math.max(maxDiff, Math.abs(fromNative - fromWasm));
  }
}
console.log(JSON.stringify({ pairs, identical, max_abs_diff: maxDiff }));
