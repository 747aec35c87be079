/**
 * Fingerprint benchmark on FVC-style folders: extraction speed, failures to enrol, minutiae and quality per
 * folder, and a PNG of a few images with their minutiae drawn (bench/out/). One JSON line per folder on stdout.
 *
 *   npm run bench:fvc -- [--data <folder>[,<folder>...]] [--dpi 500] [--limit N] [--draw 4]
 *
 * Images: FINGER_IMPRESSION.ext (FVC) or PERSON_FINGER_SCAN.ext (finger = PERSON_FINGER); TIFF/PNG/JPEG/BMP/WSQ.
 * An image that cannot be read counts as a failure to enrol (and in `unreadable_images`), never ends the run.
 * Without --dpi each image is read at the resolution it states, else 500 dpi, as the service does.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { InputError } from '../engine/errors.ts';
import { decodeToGray, extractFromGray, fingerParams } from '../engine/finger/index.ts';
import type { ExtractedFinger, FingerTemplate, GrayImage } from '../engine/finger/index.ts';
import { fvcProtocol } from './fvc-protocol.ts';
import { parseArgs } from './lib/args.ts';
import { foldersHolding, fvcImagePattern, fvcSampleName } from './lib/fvc-folders.ts';
import { ProgressBar } from './lib/progress.ts';
import { printResult } from './lib/result.ts';
import { percentile } from './lib/stats.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultRoot = path.resolve(here, '..', '..', 'shared', 'datasets', 'fingerprints');
const imagePattern = fvcImagePattern;
/** Below this many minutiae a capture is reported separately (enrolled, but weak). */
const weakTemplateMinutiae = 10;

export interface FvcImage {
  file: string;
  finger: string;
  impression: number;
}

/** One enrolled (or failed) image of a folder: what the matching part of the benchmark consumes. */
export interface FvcSample extends FvcImage {
  template?: FingerTemplate;
}

export function parseImageName(file: string): FvcImage | undefined {
  const name = fvcSampleName(path.basename(file).replace(imagePattern, ''));
  return name && { file, ...name };
}

/** Image folders under root; template exports (`templates/`) are not images. */
function imageFolders(root: string): string[] {
  return foldersHolding(root, (e) => imagePattern.test(e), ['templates']);
}

function median(values: number[]): number {
  return percentile(values, 50);
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
}

const round = (v: number, digits = 2): number => Number(v.toFixed(digits));

/** Gray image as RGB with minutiae marked: endings red, bifurcations blue, a tick along the direction. */
function drawMinutiae(
  image: GrayImage,
  t: FingerTemplate,
  dpi: number,
): { rgb: Buffer; width: number; height: number } {
  const { width, height } = image;
  const rgb = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) rgb.fill(image.pixels[i] ?? 0, i * 3, i * 3 + 3);
  const scale = dpi / 500;
  const put = (x: number, y: number, c: readonly number[]): void => {
    const xi = Math.round(x);
    const yi = Math.round(y);
    if (xi < 0 || yi < 0 || xi >= width || yi >= height) return;
    rgb[(yi * width + xi) * 3] = c[0]!;
    rgb[(yi * width + xi) * 3 + 1] = c[1]!;
    rgb[(yi * width + xi) * 3 + 2] = c[2]!;
  };
  for (const m of t.minutiae) {
    const color = m.type === 'ending' ? [230, 20, 20] : [20, 60, 230];
    const cx = m.x * scale;
    const cy = m.y * scale;
    for (let d = -3; d <= 3; d++) {
      put(cx + d, cy - 3, color);
      put(cx + d, cy + 3, color);
      put(cx - 3, cy + d, color);
      put(cx + 3, cy + d, color);
    }
    const a = (m.angleDeg * Math.PI) / 180;
    for (let r = 3; r <= 12; r++) put(cx + r * Math.cos(a), cy - r * Math.sin(a), color);
  }
  return { rgb, width, height };
}

async function writeSheet(
  file: string,
  tiles: { rgb: Buffer; width: number; height: number }[],
): Promise<void> {
  if (tiles.length === 0) return;
  const width = tiles.reduce((a, t) => a + t.width, 0);
  const height = Math.max(...tiles.map((t) => t.height));
  let left = 0;
  const composites = tiles.map((t) => {
    const c = { input: t.rgb, raw: { width: t.width, height: t.height, channels: 3 as const }, left, top: 0 };
    left += t.width;
    return c;
  });
  await sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite(composites)
    .png()
    .toFile(file);
}

async function benchFolder(
  folder: string,
  label: string,
  dpi: number | undefined,
  limit: number,
  draw: number,
) {
  const images = readdirSync(folder)
    .filter((f) => imagePattern.test(f))
    .sort()
    .map((f) => parseImageName(path.join(folder, f)))
    .filter((x): x is FvcImage => x !== undefined)
    .slice(0, limit > 0 ? limit : undefined);
  const bar = new ProgressBar(label, images.length);
  const times: number[] = [];
  // CPU time of the calling process around the synchronous extraction: steadier than wall time on a shared machine
  const cpuTimes: number[] = [];
  const samples: FvcSample[] = [];
  const tiles: { rgb: Buffer; width: number; height: number }[] = [];
  const decodeTimes: number[] = [];
  const usedDpis = new Set<number>();
  let failures = 0;
  let unreadable = 0;
  for (const img of images) {
    const decodeStarted = performance.now();
    let gray: GrayImage;
    try {
      gray = await decodeToGray(readFileSync(img.file));
    } catch (err) {
      process.stderr.write(`  not readable: ${img.file}: ${(err as Error).message}\n`);
      unreadable++;
      failures++;
      samples.push({ ...img });
      bar.tick();
      continue;
    }
    decodeTimes.push(performance.now() - decodeStarted);
    let template: ExtractedFinger | undefined;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    try {
      template = extractFromGray(gray, { dpi });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
    }
    times.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuStarted);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    if (template) usedDpis.add(template.capture.dpi);
    if (!template || template.minutiae.length < fingerParams.minEnrolMinutiae) {
      failures++;
      samples.push({ ...img });
    } else {
      samples.push({ ...img, template });
      if (tiles.length < draw) tiles.push(drawMinutiae(gray, template, template.capture.dpi));
    }
    bar.tick();
  }
  bar.finish();
  const enrolled = samples.flatMap((s) => (s.template ? [s.template] : []));
  const outDir = path.join(here, 'out');
  mkdirSync(outDir, { recursive: true });
  await writeSheet(path.join(outDir, `fvc-minutiae-${label.replace(/[^\w-]+/g, '_')}.png`), tiles);
  const qualities = enrolled.map((t) => t.quality);
  const line: Record<string, unknown> = {
    folder: label,
    images: images.length,
    fingers: new Set(images.map((i) => i.finger)).size,
    dpi: usedDpis.size === 1 ? [...usedDpis][0] : [...usedDpis].sort((a, b) => a - b),
    dpi_from: dpi === undefined ? 'image (else 500)' : '--dpi',
    decode_ms_median: round(median(decodeTimes), 3),
    decode_ms_p95: round(percentile(decodeTimes, 95), 3),
    failures_to_enroll: failures,
    unreadable_images: unreadable,
    fte_min_minutiae: fingerParams.minEnrolMinutiae,
    templates_under_10_minutiae: enrolled.filter((t) => t.minutiae.length < weakTemplateMinutiae).length,
    extract_ms_median: round(median(times)),
    extract_ms_p95: round(percentile(times, 95)),
    extract_cpu_ms_median: round(median(cpuTimes)),
    extract_cpu_ms_p95: round(percentile(cpuTimes, 95)),
    minutiae_mean: round(mean(enrolled.map((t) => t.minutiae.length)), 1),
    minutiae_p5: percentile(
      enrolled.map((t) => t.minutiae.length),
      5,
    ),
    minutiae_p95: percentile(
      enrolled.map((t) => t.minutiae.length),
      95,
    ),
    quality_mean: round(mean(qualities), 1),
    quality_p5: percentile(qualities, 5),
    // The distribution of the template quality of the enrolled prints (issue 16: quality per folder).
    quality_percentiles: Object.fromEntries(
      [5, 25, 50, 75, 95].map((p) => [`p${p}`, percentile(qualities, p)]),
    ),
    template_bytes_mean: round(mean(enrolled.map((t) => t.bytes.byteLength)), 1),
  };
  // --- matcher results merged here ---
  // FVC-protocol keys (eer, fmr100, fmr1000, zero_fmr, genuine, impostor, match_per_s, prepared_match_per_s)
  // and a DET curve PNG, from bench/fvc-protocol.ts.
  Object.assign(line, await fvcProtocol(samples, { label, outDir }));
  // --- end matcher results ---
  printResult(line);
}

async function main(): Promise<void> {
  const args = parseArgs();
  const data = args.string('data', '');
  const dpiArg = args.number('dpi', 0);
  const dpi = dpiArg > 0 ? dpiArg : undefined;
  const limit = args.number('limit', 0);
  const draw = args.number('draw', 4);
  const roots = data ? data.split(',') : [defaultRoot];
  const folders = roots.flatMap((r) => imageFolders(path.resolve(r)));
  if (folders.length === 0) throw new Error(`no image folders under ${roots.join(', ')}`);
  const base = data ? undefined : defaultRoot;
  for (const folder of folders) {
    const label = base ? path.relative(base, folder) : path.basename(folder);
    await benchFolder(folder, label, dpi, limit, draw);
  }
}

await main();
