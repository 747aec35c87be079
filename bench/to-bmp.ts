/**
 * Converts fingerprint image folders to BMP (for `bench:fvc` on BMP input; write outside the repository):
 *
 *   node --import tsx bench/to-bmp.ts --data <folder> --out /tmp/<dir> [--bits 24] [--top-down]
 *
 * Every image under --data is decoded as the service decodes it and written as a gray BMP (BITMAPINFOHEADER,
 * --bits 8 with a gray palette, 24 or 32) at the same relative path, the resolution it states kept as pixels per
 * metre. One JSON line last on stdout.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeToGray } from '../engine/finger/index.ts';
import { writeBmp, type BmpBits } from '../fixtures/bmp.ts';
import { parseArgs } from './lib/args.ts';
import { fvcImagePattern } from './lib/fvc-folders.ts';
import { printResult } from './lib/result.ts';

const metresPerInch = 0.0254;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const args = parseArgs();
  const data = path.resolve(args.string('data', ''));
  const out = path.resolve(args.string('out', ''));
  const bits = args.number('bits', 24) as BmpBits;
  const topDown = args.flag('top-down');
  if (![8, 24, 32].includes(bits)) throw new Error('--bits must be 8, 24 or 32');
  if (!args.string('out', '') || out.startsWith(repoRoot))
    throw new Error('--out must be outside the repository');
  let files = 0;
  const walk = async (dir: string): Promise<void> => {
    for (const name of readdirSync(dir).sort()) {
      const from = path.join(dir, name);
      if (statSync(from).isDirectory()) {
        await walk(from);
      } else if (fvcImagePattern.test(name)) {
        const gray = await decodeToGray(readFileSync(from));
        const dpi = gray.resolution?.xDpi ?? 0;
        const bmp = writeBmp(gray.pixels, gray.width, gray.height, {
          bits,
          topDown,
          pixelsPerMetre: Math.round(dpi / metresPerInch),
        });
        const to = path.join(out, path.relative(data, dir), name.replace(fvcImagePattern, '.bmp'));
        mkdirSync(path.dirname(to), { recursive: true });
        writeFileSync(to, bmp);
        files++;
        if (files % 100 === 0) process.stderr.write(`${files} images\n`);
      }
    }
  };
  await walk(data);
  printResult({ data, out, bits, top_down: topDown, files });
}

await main();
