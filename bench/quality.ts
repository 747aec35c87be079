/**
 * Fingerprint quality feedback on real prints and on images that are not fingerprints:
 *   npm run bench:quality -- --data <folder of prints> [--negatives <folder>[,<folder>...]]
 *     [--generated-negatives] [--dpi 500] [--limit N]
 * --data and each --negatives folder are walked recursively (every folder holding images; one negative set
 * per --negatives folder); --generated-negatives adds the
 * images of fixtures/non-fingerprints.ts (blank, noise, documents, face-api portraits, a screen photo) to the
 * negatives. Per folder on stderr; one JSON line last on stdout: images, false_rejects_on_real (real prints
 * judged NOT_A_FINGERPRINT), feedback counts per code on the real prints, quality_ms_median (quality features +
 * feedback, one image, this thread), and with negatives: negatives, non_fingerprint_rejected (fraction judged
 * NOT_A_FINGERPRINT), per folder. The ERC part of issue 16 item 5 is not measured here yet.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeToGray, qualityFeaturesOf, qualityFeedbackOf } from '../engine/finger/index.ts';
import type { GrayImage, QualityFeedbackCode } from '../engine/finger/index.ts';
import { nonFingerprints } from '../fixtures/non-fingerprints.ts';
import { parseArgs } from './lib/args.ts';
import { foldersHolding } from './lib/fvc-folders.ts';
import { ProgressBar } from './lib/progress.ts';
import { printResult } from './lib/result.ts';
import { percentile } from './lib/stats.ts';

const imagePattern = /\.(tif|tiff|png|bmp|jpe?g)$/i;

interface Judged {
  name: string;
  codes: QualityFeedbackCode[];
  ms: number;
}

function judge(name: string, gray: GrayImage, dpi: number): Judged {
  const started = performance.now();
  const codes = qualityFeedbackOf(qualityFeaturesOf(gray, dpi));
  return { name, codes, ms: performance.now() - started };
}

async function judgeFolder(folder: string, dpi: number, limit: number): Promise<Judged[]> {
  const files = readdirSync(folder)
    .filter((f) => imagePattern.test(f))
    .sort()
    .slice(0, limit);
  const bar = new ProgressBar(path.basename(folder), files.length);
  const out: Judged[] = [];
  for (const f of files) {
    const gray = await decodeToGray(new Uint8Array(readFileSync(path.join(folder, f))));
    out.push(judge(f, gray, dpi));
    bar.tick();
  }
  bar.finish();
  return out;
}

const refused = (j: Judged): boolean => j.codes.includes('NOT_A_FINGERPRINT');

async function main(): Promise<void> {
  const args = parseArgs();
  const data = args.string('data', '../shared/datasets/fingerprints');
  const negatives = args.string('negatives', '');
  const dpi = args.number('dpi', 500);
  const limit = args.number('limit', Number.POSITIVE_INFINITY);
  const real: Judged[] = [];
  const realFolders: Record<
    string,
    { images: number; false_rejects: number; feedback: Record<string, number> }
  > = {};
  for (const folder of foldersHolding(data, (f) => imagePattern.test(f))) {
    const judged = await judgeFolder(folder, dpi, limit);
    const feedback: Record<string, number> = {};
    for (const j of judged) for (const c of j.codes) feedback[c] = (feedback[c] ?? 0) + 1;
    const falseRejects = judged.filter(refused);
    realFolders[path.relative(data, folder) || '.'] = {
      images: judged.length,
      false_rejects: falseRejects.length,
      feedback,
    };
    for (const j of falseRejects) console.error(`  refused as not a fingerprint: ${folder}/${j.name}`);
    real.push(...judged);
  }
  const negativeSets: Record<string, Judged[]> = {};
  for (const root of negatives.split(',').filter(Boolean)) {
    const judged: Judged[] = [];
    for (const folder of foldersHolding(root, (f) => imagePattern.test(f))) {
      judged.push(...(await judgeFolder(folder, dpi, limit)));
    }
    negativeSets[root] = judged;
  }
  if (args.flag('generated-negatives')) {
    negativeSets['generated'] = (await nonFingerprints()).map((g) => judge(g.name, g, 500));
  }
  const allNegatives = Object.values(negativeSets).flat();
  for (const j of allNegatives.filter((n) => !refused(n)))
    console.error(`  accepted as a fingerprint: ${j.name}`);
  const feedback: Record<string, number> = {};
  for (const j of real) for (const c of j.codes) feedback[c] = (feedback[c] ?? 0) + 1;
  const rate = (n: number, of: number): number => (of > 0 ? Number((n / of).toFixed(4)) : 0);
  printResult({
    bench: 'quality',
    data,
    dpi,
    images: real.length,
    false_rejects_on_real: real.filter(refused).length,
    feedback_on_real: feedback,
    quality_ms_median: Number(
      percentile(
        real.map((j) => j.ms),
        50,
      ).toFixed(2),
    ),
    quality_ms_p95: Number(
      percentile(
        real.map((j) => j.ms),
        95,
      ).toFixed(2),
    ),
    folders: realFolders,
    ...(allNegatives.length > 0
      ? {
          negatives: allNegatives.length,
          non_fingerprint_rejected: rate(allNegatives.filter(refused).length, allNegatives.length),
          negative_sets: Object.fromEntries(
            Object.entries(negativeSets).map(([name, js]) => [
              name,
              { images: js.length, non_fingerprint_rejected: rate(js.filter(refused).length, js.length) },
            ]),
          ),
        }
      : {}),
  });
}

await main();
