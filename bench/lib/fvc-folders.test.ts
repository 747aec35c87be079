import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { foldersHolding, fvcImagePattern, fvcSampleName } from './fvc-folders.ts';

describe('FVC folders', () => {
  it('reads FVC and PERSON_FINGER_SCAN names', () => {
    expect(fvcSampleName('101_3')).toEqual({ finger: '101', impression: 3 });
    expect(fvcSampleName('p7_2_1')).toEqual({ finger: 'p7_2', impression: 1 });
    expect(fvcSampleName('readme')).toBeUndefined();
    expect(fvcSampleName('a_b_c_d')).toBeUndefined();
  });

  const root = mkdtempSync(path.join(tmpdir(), 'fvc-folders-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('walks depth first in name order, skipping the folders named', () => {
    for (const [dir, file] of [
      ['DB2_B', '101_1.tif'],
      ['DB1_B', '101_1.png'],
      ['DB1_B/templates', '101_1.tif'],
      ['empty', 'notes.txt'],
    ] as const) {
      mkdirSync(path.join(root, dir), { recursive: true });
      writeFileSync(path.join(root, dir, file), '');
    }
    const images = (f: string) => fvcImagePattern.test(f);
    expect(foldersHolding(root, images).map((d) => path.relative(root, d))).toEqual([
      'DB1_B',
      path.join('DB1_B', 'templates'),
      'DB2_B',
    ]);
    expect(foldersHolding(root, images, ['templates']).map((d) => path.relative(root, d))).toEqual([
      'DB1_B',
      'DB2_B',
    ]);
  });
});
