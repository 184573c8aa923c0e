/**
 * A small, really full file system: a tmpfs of a few hundred kilobytes, where the platform lets
 * the tests mount one (Linux, as root). Elsewhere the caller skips and says why.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

function tryMount(kb: number): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'tip-screen-fullfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k,mode=0755`, 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}

/** Whether a small file system can be mounted here (checked once). */
export const canMountSmallFs: boolean = (() => {
  const dir = tryMount(64);
  if (!dir) return false;
  execFileSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
  return true;
})();

export const SMALL_FS_SKIP =
  'a small tmpfs cannot be mounted here (needs Linux and root); the full-disk tests use /dev/full instead';

/** Mounts a tmpfs of kb kilobytes, unmounted when the test ends. */
export function smallFs(kb: number): string {
  const dir = tryMount(kb);
  if (!dir) throw new Error(SMALL_FS_SKIP);
  onTestFinished(() => {
    execFileSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
