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
 * NOT_A_FINGERPRINT), per folder. Unless --no-erc: the prints are also extracted and the error-versus-reject
 * curve of the genuine pairs (FVC protocol) by pair quality (the lower template quality) is given per folder and
 * pooled: erc ({reject_fraction, fnmr} at 0-20%, FNMR at the calibrated FMR 1e-3 threshold),
 * fnmr_reduction_at_10pct, random_reject_fnmr_at_10pct. The quality is today's template quality (quality.c's
 * blend), not a trained model; pooled pairs are not cross-validated (nothing is fitted here).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { thresholdFor } from '../engine/decision/index.ts';
import { meetsThreshold } from '../engine/decision/impostor-tail.ts';
import { InputError } from '../engine/errors.ts';
import {
  decodeToGray,
  extractFromGray,
  qualityFeaturesOf,
  qualityFeedbackOf,
} from '../engine/finger/index.ts';
import type { FingerTemplate, GrayImage, QualityFeedbackCode } from '../engine/finger/index.ts';
import { compareFingerTemplates } from '../engine/finger/match.ts';
import { nonFingerprints } from '../fixtures/non-fingerprints.ts';
import { parseArgs } from './lib/args.ts';
import { errorVersusReject, randomRejectFnmr, type QualityPair } from './lib/erc.ts';
import { foldersHolding, fvcImagePattern, fvcSampleName } from './lib/fvc-folders.ts';
import { fvcPairs } from './fvc-protocol.ts';
import { ProgressBar } from './lib/progress.ts';
import { printResult } from './lib/result.ts';
import { percentile } from './lib/stats.ts';

interface Judged {
  name: string;
  codes: QualityFeedbackCode[];
  ms: number;
  /** Real prints only: the extracted template (absent on a failure to enrol). */
  template?: FingerTemplate;
}

const ercFractions = [0, 0.01, 0.02, 0.05, 0.1, 0.2];
/** FNMR is measured at the calibrated threshold for this FMR (models/finger-calibration.json). */
const ercTargetFmr = 1e-3;

/** Genuine pairs of a folder (FVC protocol) with pair quality = the lower template quality (0 when not enrolled). */
function qualityPairs(judged: readonly Judged[], threshold: number): QualityPair[] {
  const samples = judged.flatMap((j) => {
    const name = fvcSampleName(path.parse(j.name).name);
    return name ? [{ ...name, template: j.template }] : [];
  });
  return fvcPairs(samples).genuine.map(({ a, b }) => {
    const score = a.template && b.template ? compareFingerTemplates(a.template, b.template) : 0;
    return {
      quality: Math.min(a.template?.quality ?? 0, b.template?.quality ?? 0),
      falseNonMatch: !meetsThreshold(score, threshold),
    };
  });
}

function ercOf(pairs: readonly QualityPair[]) {
  const erc = errorVersusReject(pairs, ercFractions);
  const at = (f: number): number => erc.find((p) => p.reject_fraction === f)?.fnmr ?? Number.NaN;
  const round = (v: number): number => Number(v.toFixed(4));
  return {
    genuine_pairs: pairs.length,
    erc: erc.map((p) => ({ reject_fraction: p.reject_fraction, fnmr: round(p.fnmr) })),
    fnmr_reduction_at_10pct: at(0) > 0 ? round(1 - at(0.1) / at(0)) : 0,
    random_reject_fnmr_at_10pct: round(randomRejectFnmr(pairs, 0.1)),
  };
}

function extractOrUndefined(gray: GrayImage, dpi: number): FingerTemplate | undefined {
  try {
    return extractFromGray(gray, { dpi });
  } catch (err) {
    if (err instanceof InputError) return undefined; // a failure to enrol: quality 0, every comparison fails
    throw err;
  }
}

function judge(name: string, gray: GrayImage, dpi: number): Judged {
  const started = performance.now();
  const codes = qualityFeedbackOf(qualityFeaturesOf(gray, dpi));
  return { name, codes, ms: performance.now() - started };
}

/** Files of a folder that could not be decoded as an image: counted, named on stderr, never the end of the run. */
const unreadable: string[] = [];

async function judgeFolder(folder: string, dpi: number, limit: number, extract = false): Promise<Judged[]> {
  const files = readdirSync(folder)
    .filter((f) => fvcImagePattern.test(f))
    .sort()
    .slice(0, limit);
  const bar = new ProgressBar(path.basename(folder), files.length);
  const out: Judged[] = [];
  for (const f of files) {
    let gray: GrayImage;
    try {
      gray = await decodeToGray(new Uint8Array(readFileSync(path.join(folder, f))));
    } catch (err) {
      console.error(`  not readable: ${folder}/${f}: ${(err as Error).message}`);
      unreadable.push(path.join(folder, f));
      // A real print that cannot be read stays in its pairs as a failure to enrol (quality 0, no template).
      if (extract) out.push({ name: f, codes: [], ms: Number.NaN });
      bar.tick();
      continue;
    }
    const judged = judge(f, gray, dpi);
    out.push(extract ? { ...judged, template: extractOrUndefined(gray, dpi) } : judged);
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
  const withErc = !args.flag('no-erc');
  const threshold = thresholdFor('finger', ercTargetFmr);
  const allPairs: QualityPair[] = [];
  const realFolders: Record<string, Record<string, unknown>> = {};
  for (const folder of foldersHolding(data, (f) => fvcImagePattern.test(f))) {
    const judged = await judgeFolder(folder, dpi, limit, withErc);
    const pairs = withErc ? qualityPairs(judged, threshold) : [];
    allPairs.push(...pairs);
    const feedback: Record<string, number> = {};
    for (const j of judged) for (const c of j.codes) feedback[c] = (feedback[c] ?? 0) + 1;
    const falseRejects = judged.filter(refused);
    realFolders[path.relative(data, folder) || '.'] = {
      images: judged.length,
      false_rejects: falseRejects.length,
      feedback,
      ...(pairs.length > 0 ? ercOf(pairs) : {}),
    };
    for (const j of falseRejects) console.error(`  refused as not a fingerprint: ${folder}/${j.name}`);
    real.push(...judged);
  }
  const negativeSets: Record<string, Judged[]> = {};
  const unreadableReal = unreadable.length;
  for (const root of negatives.split(',').filter(Boolean)) {
    const judged: Judged[] = [];
    for (const folder of foldersHolding(root, (f) => fvcImagePattern.test(f))) {
      judged.push(...(await judgeFolder(folder, dpi, limit)));
    }
    negativeSets[root] = judged;
  }
  if (args.flag('generated-negatives')) {
    negativeSets['generated'] = (await nonFingerprints()).map((g) => judge(g.name, g, 500));
  }
  const allNegatives = Object.values(negativeSets).flat();
  // A negative that cannot be decoded is refused by the service as INVALID_IMAGE: counted, not in the rate.
  const unreadableNegatives = unreadable.length - unreadableReal;
  const askedForNegatives = negatives !== '' || args.flag('generated-negatives');
  for (const j of allNegatives.filter((n) => !refused(n)))
    console.error(`  accepted as a fingerprint: ${j.name}`);
  const feedback: Record<string, number> = {};
  for (const j of real) for (const c of j.codes) feedback[c] = (feedback[c] ?? 0) + 1;
  const rate = (n: number, of: number): number => (of > 0 ? Number((n / of).toFixed(4)) : 0);
  const qualityMs = real.map((j) => j.ms).filter(Number.isFinite);
  printResult({
    bench: 'quality',
    data,
    dpi,
    images: real.length,
    unreadable_images: unreadableReal,
    false_rejects_on_real: real.filter(refused).length,
    false_reject_rate_on_real: rate(real.filter(refused).length, real.length),
    feedback_on_real: feedback,
    quality_ms_median: Number(percentile(qualityMs, 50).toFixed(2)),
    quality_ms_p95: Number(percentile(qualityMs, 95).toFixed(2)),
    ...(allPairs.length > 0
      ? {
          erc_target_fmr: ercTargetFmr,
          erc_threshold: threshold,
          erc_quality: 'template quality (quality.c), pooled over the folders',
          ...ercOf(allPairs),
        }
      : // No genuine pairs (--no-erc, or file names in neither FVC form): the keys stay, without a value.
        { erc: null, fnmr_reduction_at_10pct: null, random_reject_fnmr_at_10pct: null }),
    folders: realFolders,
    ...(askedForNegatives
      ? {
          negatives: allNegatives.length,
          unreadable_negatives: unreadableNegatives,
          non_fingerprint_rejected:
            allNegatives.length > 0 ? rate(allNegatives.filter(refused).length, allNegatives.length) : null,
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
