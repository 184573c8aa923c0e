// Builds dist/ from src/ without ever leaving a half-built dist/ in place: the compiler writes
// into a folder of its own, which then takes dist/'s place. A test run or a command that uses
// dist/ while another build runs (a second test run, say) keeps seeing a whole build, and a module
// that moved can never be found at its old place in a stale dist/.
//
// The built-in data under indicators/ is checked in full by the new build itself and written into
// it as dist/builtin/ (src/io/builtin-compile.ts), so that it is swapped in with the code that
// reads it: a run then loads a built-in set without parsing YAML or loading zod.
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const next = `${root}.dist-next-${process.pid}`;
const old = `${root}.dist-old-${process.pid}`;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(next, { recursive: true, force: true });
const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--outDir', next], {
  cwd: root,
  stdio: 'inherit',
});
const compile = `import(${JSON.stringify(pathToFileURL(`${next}/io/builtin-compile.js`).href)})
  .then((m) => m.writeBuiltins(${JSON.stringify(`${next}/builtin`)}))
  .catch((e) => { console.error(e); process.exit(1); });`;
const b =
  r.status === 0
    ? spawnSync(process.execPath, ['--input-type=module', '-e', compile], { cwd: root, stdio: 'inherit' })
    : r;
if (b.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  process.exit(b.status ?? 1);
}
try {
  renameSync(`${root}dist`, old);
} catch (e) {
  if (e.code !== 'ENOENT') throw e;
}
renameSync(next, `${root}dist`);
rmSync(old, { recursive: true, force: true });
