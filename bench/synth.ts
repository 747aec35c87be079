/**
 * Synthetic fingerprint generator: generation speed on one thread, realism next to real folders (extraction minutiae
 * count and quality, side by side) and a contact sheet PNG (bench/out/synth-contact-sheet.png) of generated
 * impressions above real ones, to judge by eye. Progress on stderr, one JSON line on stdout.
 *
 *   npm run bench:synth -- [--fingers 12] [--impressions 4] [--seed 1] [--real <folder>[,<folder>...]] [--limit 40]
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { OverlayOptions } from 'sharp';
import { InputError } from '../engine/errors.ts';
import { decodeToGray, extractFromGray } from '../engine/finger/index.ts';
import {
  encodeGrayPng,
  generateMasterFingerprint,
  renderImpression,
  synthMinutiae,
} from '../fixtures/synth/index.ts';
import type { GrayImage } from '../fixtures/synth/index.ts';
import { fvcFingerSeed } from '../fixtures/synth/fvc-set.ts';
import { parseArgs } from './lib/args.ts';
import { ProgressBar } from './lib/progress.ts';
import { printResult } from './lib/result.ts';
import { percentile } from './lib/stats.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const datasets = path.resolve(here, '..', '..', 'shared', 'datasets', 'fingerprints');
const defaultReal = [
  'fvc2004/DB1_B',
  'fvc2004/DB2_B',
  'fvc2004/DB3_B',
  'fvc2004/DB4_B',
  'neurotech-crossmatch',
].map((f) => path.join(datasets, f));
const imagePattern = /\.(tif|tiff|png|bmp)$/i;
const sheetTileHeightPx = 300;
const minutiaeSetsTimed = 20_000;

const round = (v: number, digits = 2): number => Number(v.toFixed(digits));
const mean = (values: number[]): number =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;

interface ExtractionSummary {
  images: number;
  failures: number;
  minutiae_mean: number;
  minutiae_p5: number;
  minutiae_p95: number;
  quality_mean: number;
  quality_p5: number;
}

/** Extraction statistics through the public engine API; null when the engine cannot run here. */
function summariseExtraction(images: GrayImage[], dpi: number): ExtractionSummary | { error: string } {
  const counts: number[] = [];
  const qualities: number[] = [];
  let failures = 0;
  for (const image of images) {
    try {
      const t = extractFromGray(image, { dpi });
      counts.push(t.minutiae.length);
      qualities.push(t.quality);
    } catch (err) {
      if (err instanceof InputError) failures++;
      else return { error: err instanceof Error ? err.message : String(err) };
    }
  }
  return {
    images: images.length,
    failures,
    minutiae_mean: round(mean(counts), 1),
    minutiae_p5: percentile(counts, 5),
    minutiae_p95: percentile(counts, 95),
    quality_mean: round(mean(qualities), 1),
    quality_p5: percentile(qualities, 5),
  };
}

async function readRealFolder(folder: string, limit: number): Promise<GrayImage[]> {
  // Spread the sample over fingers: every other file of a sorted listing, then cut.
  const files = readdirSync(folder)
    .filter((f) => imagePattern.test(f))
    .sort()
    .filter((_, i) => i % 2 === 0)
    .slice(0, limit);
  const images: GrayImage[] = [];
  for (const f of files) {
    const gray = await decodeToGray(readFileSync(path.join(folder, f)));
    images.push({ width: gray.width, height: gray.height, dpi: 500, pixels: gray.pixels });
  }
  return images;
}

async function tile(image: GrayImage): Promise<{ input: Buffer; width: number }> {
  const input = await sharp(encodeGrayPng(image)).resize({ height: sheetTileHeightPx }).png().toBuffer();
  const { width } = await sharp(input).metadata();
  return { input, width: width ?? sheetTileHeightPx };
}

async function writeContactSheet(
  file: string,
  rows: { label: string; images: GrayImage[] }[],
): Promise<void> {
  const gapPx = 8;
  const labelPx = 22;
  const composites: OverlayOptions[] = [];
  let top = 0;
  let sheetWidth = 0;
  for (const row of rows) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="${labelPx}"><text x="4" y="16" font-family="sans-serif" font-size="15" fill="#000">${row.label}</text></svg>`;
    composites.push({ input: Buffer.from(svg), left: 0, top });
    top += labelPx;
    let left = 0;
    for (const image of row.images) {
      const t = await tile(image);
      composites.push({ input: t.input, left, top });
      left += t.width + gapPx;
    }
    sheetWidth = Math.max(sheetWidth, left, 900);
    top += sheetTileHeightPx + gapPx;
  }
  await sharp({ create: { width: sheetWidth, height: top, channels: 3, background: '#ffffff' } })
    .composite(composites)
    .png()
    .toFile(file);
}

async function main(): Promise<void> {
  const args = parseArgs();
  const fingers = args.number('fingers', 12);
  const impressions = args.number('impressions', 4);
  const seed = args.number('seed', 1);
  const limit = args.number('limit', 40);
  const realArg = args.string('real', '');
  const realFolders = realArg ? realArg.split(',').map((f) => path.resolve(f)) : defaultReal;

  // Speed: the same calls `npm run synth` makes, on this thread.
  const masterMs: number[] = [];
  const impressionMs: number[] = [];
  const masterCpuMs: number[] = [];
  const impressionCpuMs: number[] = [];
  const cpuMsSince = (start: NodeJS.CpuUsage): number => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  const pngMs: number[] = [];
  const generated: GrayImage[] = [];
  const bar = new ProgressBar('synth', fingers * impressions);
  const startMs = performance.now();
  // CPU time too: on a shared machine wall time measures the neighbours as much as the generator.
  const startCpu = process.cpuUsage();
  for (let finger = 1; finger <= fingers; finger++) {
    let t = performance.now();
    let cpuStart = process.cpuUsage();
    const master = generateMasterFingerprint(fvcFingerSeed(seed, finger));
    masterCpuMs.push(cpuMsSince(cpuStart));
    masterMs.push(performance.now() - t);
    for (let k = 0; k < impressions; k++) {
      t = performance.now();
      cpuStart = process.cpuUsage();
      const image = renderImpression(master, k);
      impressionCpuMs.push(cpuMsSince(cpuStart));
      impressionMs.push(performance.now() - t);
      t = performance.now();
      encodeGrayPng(image);
      pngMs.push(performance.now() - t);
      generated.push(image);
      bar.tick();
    }
  }
  bar.finish();
  const totalS = (performance.now() - startMs) / 1000;
  const cpu = process.cpuUsage(startCpu);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  let t = performance.now();
  let minutiaeTotal = 0;
  for (let i = 0; i < minutiaeSetsTimed; i++) minutiaeTotal += synthMinutiae(i, i % 8).minutiae.length;
  const minutiaeSetsPerS = minutiaeSetsTimed / ((performance.now() - t) / 1000);

  // Realism: the project's extractor on generated and real images, side by side.
  process.stderr.write('extracting generated and real images...\n');
  const realism: Record<string, unknown> = { synthetic: summariseExtraction(generated, 500) };
  const realRows: { label: string; images: GrayImage[] }[] = [];
  for (const folder of realFolders) {
    const label = path.relative(datasets, folder) || path.basename(folder);
    let images: GrayImage[];
    try {
      images = await readRealFolder(folder, limit);
    } catch (err) {
      realism[label] = { error: err instanceof Error ? err.message : String(err) };
      continue;
    }
    // FVC2004 DB3 is a 512 dpi sensor.
    realism[label] = summariseExtraction(images, /DB3/.test(label) ? 512 : 500);
    realRows.push({ label: `real: ${label}`, images: images.slice(0, 3) });
  }

  const outDir = path.join(here, 'out');
  mkdirSync(outDir, { recursive: true });
  const sheet = path.join(outDir, 'synth-contact-sheet.png');
  const perRow = 6;
  const synthRows = [0, 1].map((r) => ({
    label: `synthetic (seed ${seed}): ${r === 0 ? 'first impressions of different fingers' : 'impressions 1-4 of fingers 1 and 2'}`,
    images:
      r === 0
        ? generated.filter((_, i) => i % impressions === 0).slice(0, perRow)
        : generated.filter((_, i) => Math.floor(i / impressions) < 2).slice(0, perRow),
  }));
  t = performance.now();
  await writeContactSheet(sheet, [...synthRows, ...realRows]);

  printResult({
    fingers,
    impressions,
    seed,
    images: generated.length,
    images_per_s_single_thread: round(generated.length / totalS),
    images_per_cpu_s: round(generated.length / cpuS),
    load_average_1min: round(loadavg()[0] ?? Number.NaN),
    master_ms_median: round(percentile(masterMs, 50), 1),
    impression_ms_median: round(percentile(impressionMs, 50), 1),
    impression_ms_p95: round(percentile(impressionMs, 95), 1),
    png_encode_ms_median: round(percentile(pngMs, 50), 1),
    master_cpu_ms_median: round(percentile(masterCpuMs, 50), 1),
    impression_cpu_ms_median: round(percentile(impressionCpuMs, 50), 1),
    fresh_finger_image_ms: round(
      percentile(masterMs, 50) + percentile(impressionMs, 50) + percentile(pngMs, 50),
      1,
    ),
    minutiae_sets_per_s: Math.round(minutiaeSetsPerS),
    synth_minutiae_mean: round(minutiaeTotal / minutiaeSetsTimed, 1),
    realism,
    contact_sheet: path.relative(path.resolve(here, '..'), sheet),
  });
}

await main();
