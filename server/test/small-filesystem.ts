/**
 * A real, small file system for full-disk tests: a tmpfs mounted for the test (needs root, or CAP_SYS_ADMIN).
 * Where mounting is not permitted, `mountSmallFilesystem` says why and returns undefined (the test skips).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, statfsSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallFilesystem {
  dir: string;
  freeBytes(): number;
  /** Takes all free space but `leaveBytes` with a file of its own (what a log filling the disk does). */
  fill(leaveBytes?: number): void;
  /** Deletes the filler: the space is back. */
  free(): void;
  unmount(): void;
}

export function mountSmallFilesystem(sizeBytes: number): SmallFilesystem | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'sinhtrac-smallfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes},mode=0755`, 'tmpfs', dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    const why = (err as { stderr?: Buffer }).stderr?.toString().trim() || (err as Error).message;
    console.warn(`full-disk test skipped: cannot mount a tmpfs (${why})`);
    return undefined;
  }
  const filler = join(dir, 'filler');
  const freeBytes = () => {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  };
  return {
    dir,
    freeBytes,
    fill(leaveBytes = 0) {
      const fd = openSync(filler, 'a');
      const chunk = Buffer.alloc(64 * 1024, 0x55);
      try {
        for (let left = freeBytes() - leaveBytes; left > 0; left = freeBytes() - leaveBytes)
          writeSync(fd, chunk, 0, Math.min(chunk.length, left));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      } finally {
        closeSync(fd);
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
    unmount() {
      try {
        unlinkSync(filler);
      } catch {
        // already freed
      }
      execFileSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
