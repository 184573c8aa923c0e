import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/child.js';
import { testdir } from '../helpers/cli.js';

// Start-up time is mostly module loading: the commands that run on the built-in data alone must
// not load the YAML parser, zod, the colour and width libraries or the prompts. The built CLI
// runs with a module hook that lists every file it loads.

const HEAVY = ['zod', 'yaml', 'chalk', 'string-width', '@inquirer'];

const ONE = '{"id":"r1","facts":{"age":30},"answers":{"nhrck16.act.recruitment":"yes"}}\n';

/** Runs the built CLI with `args` ("DIR" stands for a fresh directory holding one.jsonl). */
function loaded(args: string[]): { packages: Set<string>; files: string[] } {
  const dir = testdir({ 'one.jsonl': ONE });
  const cwd = dir;
  args = args.map((a) => a.replace('DIR', dir));
  const list = join(dir, 'loaded.txt');
  const hooks = join(dir, 'hooks.mjs');
  const register = join(dir, 'register.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';\n` +
      `export async function load(url, context, next) {\n` +
      `  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(list)}, url + '\\n');\n` +
      `  return next(url, context);\n}\n`,
  );
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', TIP_SCREEN_LANG: 'en' },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  const files = readFileSync(list, 'utf8').trim().split('\n');
  const packages = new Set(
    files.flatMap((u) => {
      const m = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u);
      return m ? [m[1]!.startsWith('@inquirer') ? '@inquirer' : m[1]!] : [];
    }),
  );
  return { packages, files };
}

describe('modules a command loads', () => {
  const example = join(process.cwd(), 'indicators/examples/adult-fishing-crew.yaml');

  it.each([
    ['--help', ['--help'], HEAVY],
    ['score --json', ['score', example, '--json'], HEAVY.filter((p) => p !== 'yaml')],
    ['batch', ['batch', 'DIR/one.jsonl', '--out', 'DIR/out.jsonl', '--quiet'], HEAVY],
    ['indicators list', ['indicators', 'list'], ['zod', 'yaml', 'chalk', '@inquirer']],
  ])('when running %s then none of the heavy libraries it does not need is loaded', (_name, args, absent) => {
    const { packages } = loaded(args);
    expect(packages.has('commander')).toBe(true); // the hook sees packages at all
    for (const p of absent) expect(packages.has(p), p).toBe(false);
  });

  it('when --help runs then no command module is loaded', () => {
    const { files } = loaded(['--help']);
    expect(files.filter((f) => /\/dist\/cli\/commands\//.test(f))).toEqual([]);
  });
});
