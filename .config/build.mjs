// Builds dist/ from src/ without ever leaving a half-built dist/ in place: the compiler writes
// into a folder of its own, which then takes dist/'s place. A test run or a command that uses
// dist/ while another build runs (a second test run, say) keeps seeing a whole build, and a module
// that moved can never be found at its old place in a stale dist/.
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const next = `${root}.dist-next-${process.pid}`;
const old = `${root}.dist-old-${process.pid}`;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(next, { recursive: true, force: true });
const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--outDir', next], {
  cwd: root,
  stdio: 'inherit',
});
if (r.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  process.exit(r.status ?? 1);
}
try {
  renameSync(`${root}dist`, old);
} catch (e) {
  if (e.code !== 'ENOENT') throw e;
}
renameSync(next, `${root}dist`);
rmSync(old, { recursive: true, force: true });
