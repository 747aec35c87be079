import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  calibrationFile,
  cccdProvincesFile,
  faceScoreFusionFile,
  migrationsDir,
  modelManifestFile,
  protoDir,
  repoRoot,
  runningCompiled,
} from './repo-paths.ts';

describe('repo-paths from the sources', () => {
  it('finds the repository root and the files the service reads at run time', () => {
    expect(runningCompiled).toBe(false);
    expect(existsSync(join(repoRoot, 'package.json'))).toBe(true);
    for (const file of [
      modelManifestFile,
      faceScoreFusionFile,
      calibrationFile('face'),
      calibrationFile('finger'),
      cccdProvincesFile,
      join(protoDir, 'sinhtrac', 'v1', 'verification.proto'),
      join(migrationsDir, '001_records_audit.sql'),
    ]) {
      expect(existsSync(file), file).toBe(true);
    }
  });
});
