/** Runs the CLI in-process with captured streams, as a user would call it. */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { onTestFinished } from 'vitest';
import { main } from '../../src/main.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  args: string[],
  opts: {
    stdin?: string;
    env?: Record<string, string | undefined>;
    cwd?: string;
    isTTY?: boolean;
    /** The terminal width standard output reports (100 unless given). */
    columns?: number;
  } = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const stdin = Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]) as Readable & {
    isTTY?: boolean;
  };
  stdin.isTTY = opts.isTTY ?? false;
  // Sessions, spools and settings go to a throwaway data folder, never the real home folder.
  const dataDir = mkdtempSync(join(tmpdir(), 'tip-screen-data-'));
  onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
  const code = await main(args, {
    stdin,
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: false, columns: opts.columns ?? 100 },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: false },
    env: { NO_COLOR: '1', LANG: 'en_US.UTF-8', TIP_SCREEN_DATA_DIR: dataDir, ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}

/** Writes a tree of files to a fresh temporary folder, removed when the test ends. */
export function testdir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tip-screen-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return dir;
}
