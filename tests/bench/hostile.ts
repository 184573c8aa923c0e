/**
 * `npm run bench:hostile`: how long the tool takes on input made to be slow, next to the floor
 * (the same process start, reading the same file and parsing it with JSON.parse or the YAML
 * parser, nothing else). Each run is a child process; figures are printed, nothing is asserted
 * (they depend on the machine).
 *
 *   1. a 1 MB answers file with 40,000 ids the set does not have (scored: every id is a problem)
 *   2. a 50 MB answers file (refused as too large before it is read)
 *   3. a JSONL batch input whose one line is 10 MB (refused as too large a record)
 *
 *   node dist-bench/bench/hostile.js [--keep]
 *   node dist-bench/bench/hostile.js --floor json|yaml|jsonl FILE   (the floor, run as a child)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, readSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const here = fileURLToPath(import.meta.url);
const BIN = resolve(dirname(here), '../../../bin/tip-screen.js');

/** The floor: read the whole file and parse it, as cheaply as the platform allows. */
function floor(kind: string, file: string): void {
  if (kind === 'jsonl') {
    // One line: read it all, then parse it.
    const text = readFileSync(file, 'utf8');
    for (const line of text.split('\n')) if (line) JSON.parse(line);
  } else if (kind === 'json') JSON.parse(readFileSync(file, 'utf8'));
  // Without the parser's own duplicate-key check, which is quadratic (the tool checks them itself).
  else parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: false }).toJS();
}

interface Timed {
  ms: number;
  code: number | null;
  errorCode: string;
}

function timed(args: string[]): Timed {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, code: r.status, errorCode: /\[([A-Z_0-9]+)\]/.exec(r.stderr ?? '')?.[1] ?? '' };
}

/** A JSON answers file of `count` ids the set does not have, padded to about `bytes` bytes. */
function unknownIdsFile(file: string, count: number, bytes: number): number {
  const parts: string[] = [];
  for (let n = 0; n < count; n++) parts.push(`"unknown.${String(n).padStart(6, '0')}":"yes"`);
  const body = parts.join(',');
  const pad = ' '.repeat(Math.max(0, bytes - body.length - 40));
  writeFileSync(file, `{"set":"nhrck-2016","answers":{${body}}${pad}}\n`);
  return count;
}

function bigAnswersFile(file: string, bytes: number): void {
  // Valid answers, then a comment that pads the file: only its size makes it hostile.
  const fd = openSync(file, 'w');
  writeFileSync(fd, '{"set":"nhrck-2016","answers":{"nhrck16.act.recruitment":"yes"},"pad":"');
  const block = Buffer.alloc(1 << 20, 'a');
  for (let written = 0; written < bytes; written += block.length) writeFileSync(fd, block);
  writeFileSync(fd, '"}\n');
  closeSync(fd);
}

function longLineFile(file: string, bytes: number): void {
  writeFileSync(
    file,
    `{"id":"r1","answers":{"nhrck16.act.recruitment":"yes"},"note":"${'a'.repeat(bytes)}"}\n`,
  );
}

const mb = (file: string): string => {
  const fd = openSync(file, 'r');
  let n = 0;
  const buf = Buffer.alloc(1 << 20);
  for (let k = readSync(fd, buf); k > 0; k = readSync(fd, buf)) n += k;
  closeSync(fd);
  return `${(n / 1e6).toFixed(1)} MB`;
};

function main(argv: string[]): void {
  if (argv[0] === '--floor') {
    floor(argv[1]!, argv[2]!);
    return;
  }
  const keep = argv.includes('--keep');
  const dir = mkdtempSync(join(tmpdir(), 'tip-screen-hostile-'));
  try {
    const unknown = join(dir, 'unknown-ids.json');
    const ids = unknownIdsFile(unknown, 40_000, 1_000_000);
    const big = join(dir, 'big-answers.json');
    bigAnswersFile(big, 50_000_000);
    const line = join(dir, 'long-line.jsonl');
    longLineFile(line, 10_000_000);

    const rows: [string, string, Timed, Timed, Timed?][] = [
      [
        `answers, ${ids} unknown ids`,
        mb(unknown),
        timed([BIN, 'score', unknown]),
        timed([here, '--floor', 'json', unknown]),
        timed([here, '--floor', 'yaml', unknown]),
      ],
      ['answers, too large', mb(big), timed([BIN, 'score', big]), timed([here, '--floor', 'json', big])],
      [
        'batch, one 10 MB line',
        mb(line),
        timed([BIN, 'batch', line, '--out', join(dir, 'out.jsonl')]),
        timed([here, '--floor', 'jsonl', line]),
      ],
    ];
    const start = timed(['-e', '0']);
    const out = [
      `node start-up alone: ${start.ms.toFixed(0)} ms`,
      '',
      ['input', 'size', 'tip-screen', 'result', 'floor JSON.parse', 'floor YAML parse'].join(' | '),
      ...rows.map(([name, size, tool, json, yaml]) =>
        [
          name,
          size,
          `${tool.ms.toFixed(0)} ms`,
          `exit ${tool.code}${tool.errorCode ? ` ${tool.errorCode}` : ''}`,
          `${json.ms.toFixed(0)} ms`,
          yaml ? `${yaml.ms.toFixed(0)} ms` : '-',
        ].join(' | '),
      ),
      '',
      'Target: a 1 MB answers file handled (scored or refused) in under 2 s.',
    ];
    process.stdout.write(out.join('\n') + '\n');
  } finally {
    if (keep) process.stdout.write(`Files kept in ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2));
