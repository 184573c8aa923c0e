/**
 * The streams, environment and working folder a run is given (so tests run in-process), as the
 * use cases and writers see them. The command context (language, style) is in cli/context.ts.
 */
import type { Readable } from 'node:stream';

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Lets a command finish normally but still exit non-zero (e.g. some batch records were bad). */
  exitCode?: () => number | undefined;
}
