/**
 * Hands a memory-mapped file's pages back to the page cache (server/store/native/mapped_pages.c). LMDB reads through
 * a memory map, so without this every audit page it writes stays in the process's RSS and RSS grows with the audit
 * log; released pages fault back in from the page cache on the next read.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { nativeAddonFile } from '../../engine/repo-paths.ts';

interface StoreAddon {
  releaseFileMappings(absolutePath: string): number;
}

const addonFile = nativeAddonFile('sinhtrac_store');

let addon: StoreAddon | null | undefined;

function loadAddon(): StoreAddon | null {
  if (addon !== undefined) return addon;
  addon = existsSync(addonFile) ? (createRequire(import.meta.url)(addonFile) as StoreAddon) : null;
  if (addon === null)
    process.stderr.write(
      `sinhtrac: ${addonFile} not built; LMDB's mapped pages stay in RSS until the kernel reclaims them\n`,
    );
  return addon;
}

/** Bytes of address space whose pages were released (0 where the addon or the platform does not support it). */
export function releaseFileMappings(absolutePath: string): number {
  return loadAddon()?.releaseFileMappings(absolutePath) ?? 0;
}
