/**
 * The benchmark's floor: only reads a JSONL file and JSON.parses each line, nothing else. Run as
 * a child process, like the batch command, so both pay the same start-up. Two readers: the one
 * batch uses (chunks split on line breaks) and node:readline; the benchmark takes the faster.
 * For CSV (--csv): the same chunked reader, each line split on commas with String.split (no
 * quotes, no header check, no values looked at), the least any CSV reader must do.
 *
 *   node dist-bench/tests/bench/floor.js FILE [--readline | --csv]
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { readChunks } from '../../src/batch/chunks.js';

async function chunked(path: string): Promise<number> {
  let records = 0;
  for await (const chunk of readChunks({ path }, { csv: false })) {
    let pos = 0;
    while (pos < chunk.length) {
      let end = chunk.indexOf(10, pos);
      if (end === -1) end = chunk.length;
      if (end > pos) {
        JSON.parse(chunk.toString('utf8', pos, end));
        records++;
      }
      pos = end + 1;
    }
  }
  return records;
}

async function csv(path: string): Promise<number> {
  let records = -1; // the header
  for await (const chunk of readChunks({ path }, { csv: true })) {
    let pos = 0;
    while (pos < chunk.length) {
      let end = chunk.indexOf(10, pos);
      if (end === -1) end = chunk.length;
      if (end > pos && chunk.toString('utf8', pos, end).split(',').length > 0) records++;
      pos = end + 1;
    }
  }
  return records;
}

async function readline(path: string): Promise<number> {
  let records = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity }))
    if (line) {
      JSON.parse(line);
      records++;
    }
  return records;
}

const [path, mode] = process.argv.slice(2);
if (!path) {
  process.stderr.write('usage: floor.js FILE [--readline | --csv]\n');
  process.exit(2);
}
const records = await (mode === '--readline' ? readline(path) : mode === '--csv' ? csv(path) : chunked(path));
process.stdout.write(JSON.stringify({ records }) + '\n');
