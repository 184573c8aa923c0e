/**
 * The fuzz suite: generated bad inputs of every kind the tool reads, each run through the CLI as a
 * user would. For every input: exit code 1 or 2, a message with a stable code, no stack trace, no
 * planted value printed back, and no file changed except the run's own output. The figures are
 * printed at the end; any failing case is listed with how it was made, so it can be reproduced.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { encrypt } from '../../src/io/crypto.js';
import { runCli } from '../helpers/cli.js';
import {
  answersCases,
  batchCases,
  configCases,
  MARKERS,
  SESSION_ID,
  sessionCases,
  setCases,
  validSession,
  type FuzzCase,
} from './cases.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const PER_KIND = Number(process.env.FUZZ_RUNS ?? 50);

interface Tally {
  tried: number;
  clear: number;
  stacks: number;
  echoed: number;
  changed: number;
  failures: string[];
}
const tallies = new Map<string, Tally>();
const tally = (kind: string): Tally => {
  let t = tallies.get(kind);
  if (!t) tallies.set(kind, (t = { tried: 0, clear: 0, stacks: 0, echoed: 0, changed: 0, failures: [] }));
  return t;
};

/** Every file under dir with its content hash and mode. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, name.name);
      if (name.isDirectory()) walk(p);
      else {
        const st = statSync(p);
        out.set(relative(dir, p), `${createHash('sha256').update(readFileSync(p)).digest('hex')}:${st.mode}`);
      }
    }
  };
  walk(dir);
  return out;
}

const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$|^\w*Error: /m;
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CODE = /\[[A-Z][A-Z0-9_]+\]/;

async function runCase(c: FuzzCase): Promise<void> {
  const t = tally(c.kind);
  t.tried++;
  const dir = mkdtempSync(join(tmpdir(), 'tip-screen-fuzz-'));
  try {
    for (const [name, body] of Object.entries(c.files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true, mode: 0o700 });
      writeFileSync(join(dir, name), body, { mode: 0o600 });
    }
    // A bystander: a file of the user's that no run may touch.
    writeFileSync(join(dir, 'bystander.txt'), 'keep me\n');
    const before = snapshot(dir);
    const r = await runCli(
      c.args.map((a) => a.replaceAll('{dir}', dir)),
      {
        env: { HOME: join(dir, 'home'), XDG_DATA_HOME: join(dir, 'home', 'data'), CI: 'true', ...c.env },
        cwd: dir,
      },
    );
    const printed = r.stdout + r.stderr;
    const after = snapshot(dir);
    const allowed = new Set(c.outputs ?? []);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (k) => before.get(k) !== after.get(k) && !allowed.has(k),
    );
    const problems: string[] = [];
    const exits = c.exits ?? [1, 2];
    if (exits.includes(r.code) && CODE.test(r.stderr)) t.clear++;
    else problems.push(`exit ${r.code}${CODE.test(r.stderr) ? '' : ', no error code'}`);
    if (STACK.test(printed) || /internal error/i.test(printed)) {
      t.stacks++;
      problems.push('stack trace or internal error');
    }
    // Keys may be named, but never with their control characters raw (they would reach the terminal).
    // Counted with the echoed values: both reach the terminal as the file had them.
    const raw = RAW_CONTROL.test(printed);
    if (raw) problems.push('raw control characters printed');
    const outputs = [...allowed].map((f) => {
      try {
        return readFileSync(join(dir, f), 'utf8');
      } catch {
        return '';
      }
    });
    const echoed = c.markers.filter((m) => printed.includes(m) || outputs.some((o) => o.includes(m)));
    if (echoed.length > 0 || raw) t.echoed++;
    if (echoed.length > 0) problems.push('a planted value was printed');
    if (changed.length > 0) {
      t.changed++;
      problems.push(`files changed: ${changed.join(', ')}`);
    }
    if (problems.length > 0)
      t.failures.push(
        `${c.how}: ${problems.join('; ')}\n      ${r.stderr.split('\n').slice(0, 3).join('\n      ')}`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Encrypted session files with a spoiled header: shown with the right passphrase, all refused. */
const PASS = 'correct horse battery';
function encryptedCases(): FuzzCase[] {
  const plain = Buffer.from(JSON.stringify(validSession()));
  const good = encrypt(plain, PASS, { role: 'session', id: SESSION_ID, revision: 1 });
  // magic, scrypt parameters, salt, nonce; then the authenticated context (role, id, revision).
  const FIXED = 7 + 3 + 16 + 12;
  const HEADER = FIXED + 1 + 'session'.length + 1 + SESSION_ID.length + 4;
  const spoil: [string, (b: Buffer) => Buffer][] = [
    ['truncated inside the header', (b) => b.subarray(0, 12)],
    ['truncated before the tag', (b) => b.subarray(0, HEADER + 3)],
    ['truncated inside the context', (b) => b.subarray(0, FIXED + 4)],
    ['empty after the magic', (b) => b.subarray(0, 7)],
    ['scrypt cost raised to 2^30', (b) => Buffer.from(b).fill(30, 7, 8)],
    ['scrypt r set to 255', (b) => Buffer.from(b).fill(255, 8, 9)],
    ['scrypt p set to 0', (b) => Buffer.from(b).fill(0, 9, 10)],
    ['bytes appended', (b) => Buffer.concat([b, Buffer.from(MARKERS[0]!)])],
  ];
  for (let k = 7; k < HEADER; k++)
    spoil.push([`header byte ${k} flipped`, (b) => Buffer.from(b).fill(b[k]! ^ 0x41, k, k + 1)]);
  for (let k = 0; k < 7; k++)
    spoil.push([`magic byte ${k} changed`, (b) => Buffer.from(b).fill(0x21, k, k + 1)]);
  return spoil.map(([how, f]) => ({
    kind: 'encrypted header',
    how,
    files: { [`data/sessions/${SESSION_ID}.json.enc`]: f(good) },
    args: ['sessions', 'show', SESSION_ID, '--data-dir', '{dir}/data'],
    env: { TIP_SCREEN_PASSPHRASE: PASS },
    markers: [...MARKERS],
  }));
}

const generated: [string, fc.Arbitrary<FuzzCase>][] = [
  ['answers files', answersCases],
  ['sets and overlays', setCases],
  ['the settings file', configCases],
  ['session files', sessionCases],
  ['batch records', batchCases],
];

describe('fuzz: bad input is refused clearly, quietly and without damage', () => {
  for (const [name, arb] of generated)
    it(
      `when ${PER_KIND} spoiled ${name} are given then each is refused cleanly`,
      { timeout: 120_000 },
      async () => {
        const cases = fc.sample(arb, { seed: SEED, numRuns: PER_KIND });
        for (const c of cases) await runCase(c);
        const failures = [...tallies.entries()]
          .filter(([kind]) => cases.some((c) => c.kind === kind))
          .flatMap(([, t]) => t.failures);
        expect(failures, failures.join('\n')).toEqual([]);
      },
    );

  it(
    'when encrypted files have a spoiled header then each is refused cleanly',
    { timeout: 120_000 },
    async () => {
      for (const c of encryptedCases()) await runCase(c);
      const t = tally('encrypted header');
      expect(t.failures, t.failures.join('\n')).toEqual([]);
    },
  );
});

afterAll(() => {
  const rows = [...tallies.entries()];
  const sum = (k: keyof Omit<Tally, 'failures'>) => rows.reduce((s, [, t]) => s + t[k], 0);
  const line = (kind: string, t: Omit<Tally, 'failures'>) =>
    `${kind.padEnd(24)} ${String(t.tried).padStart(6)} ${String(t.clear).padStart(6)} ${String(t.stacks).padStart(6)} ${String(t.echoed).padStart(6)} ${String(t.changed).padStart(6)}`;
  console.log(
    [
      `fuzz (seed ${SEED}):`,
      `${'input kind'.padEnd(24)} ${'tried'.padStart(6)} ${'clear'.padStart(6)} ${'stacks'.padStart(6)} ${'echoed'.padStart(6)} ${'lost'.padStart(6)}`,
      ...rows.map(([kind, t]) => line(kind, t)),
      line('all', {
        tried: sum('tried'),
        clear: sum('clear'),
        stacks: sum('stacks'),
        echoed: sum('echoed'),
        changed: sum('changed'),
      }),
    ].join('\n'),
  );
});
