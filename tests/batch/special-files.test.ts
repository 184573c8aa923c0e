/**
 * Output to a pipe or device (a FIFO here, like /dev/null or /dev/stdout) is written through it:
 * neither renamed over (which would replace the device with a plain file) nor narrowed to 0600.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, constants, createReadStream, openSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePrivateFile } from '../../src/io/private-file.js';
import { runCli, testdir } from '../helpers/cli.js';
import { jsonl, records } from './records.js';

/**
 * A FIFO with a reader already waiting on it. The reader's open is started (on the thread pool,
 * where it waits for a writer) before this returns, so the tool's own open finds it.
 */
async function fifo(dir: string, name: string): Promise<{ path: string; received: Promise<string> }> {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  chmodSync(path, 0o644);
  const received = new Promise<string>((resolve, reject) => {
    let text = '';
    createReadStream(path, 'utf8')
      .on('data', (d: string | Buffer) => (text += d.toString()))
      .on('end', () => resolve(text))
      .on('error', reject);
  });
  await new Promise((r) => setImmediate(r));
  return { path, received };
}

describe('output to a pipe', () => {
  it('when batch --out names a FIFO then the rows go through it and it stays a FIFO', async () => {
    const dir = testdir({ 'in.jsonl': jsonl(records(20, 7)) });
    const out = await fifo(dir, 'rows.fifo');
    const r = await runCli(['batch', join(dir, 'in.jsonl'), '--out', out.path, '--quiet']);
    expect(r.code).toBe(0);
    expect((await out.received).trim().split('\n')).toHaveLength(20);
    expect(statSync(out.path).isFIFO()).toBe(true);
    expect(statSync(out.path).mode & 0o777).toBe(0o644);
  });

  it('when score --out names a FIFO then the report goes through it and its mode is left alone', async () => {
    const dir = testdir({ 'a.yaml': "facts: { age: 16 }\nanswers: { nhrck16.act.recruitment: 'yes' }\n" });
    const out = await fifo(dir, 'report.fifo');
    const r = await runCli(['score', join(dir, 'a.yaml'), '--json', '--out', out.path]);
    expect(r.code).toBe(0);
    expect(JSON.parse(await out.received)).toHaveProperty('outcome');
    expect(statSync(out.path).isFIFO()).toBe(true);
    expect(statSync(out.path).mode & 0o777).toBe(0o644);
  });

  it('when a session export or saved report names a FIFO then it is written through, not renamed over', () => {
    const path = join(testdir({}), 'export.fifo');
    execFileSync('mkfifo', [path]);
    // A reader opened without blocking, so the synchronous write below finds it; the text then
    // waits in the pipe until it is read back.
    const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      writePrivateFile(path, 'case: T-1\n');
      expect(readFileSync(reader, 'utf8')).toBe('case: T-1\n');
    } finally {
      closeSync(reader);
    }
    expect(statSync(path).isFIFO()).toBe(true);
  });
});
