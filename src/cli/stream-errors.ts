/**
 * What happens when standard output or standard error cannot be written. Node reports it as an
 * 'error' event on the stream, which unhandled kills the process with a stack trace. Here:
 *
 * - the reader went away (EPIPE: `tip-screen batch ... | head -1`): stop at once, quietly, with
 *   exit 0, as `head` and the shell expect; temporary files are removed by the exit handler;
 * - the disk is full (ENOSPC, `> /dev/full`) or another write error: a user error that says so
 *   and names standard output (DISK_FULL / FILE_WRITE, exit 1);
 * - standard error itself failing is ignored: there is nobody left to tell.
 */
import { writeError } from '../io/file-checks.js';
import { pickLang } from '../base/i18n.js';
import { describeUserError } from './error-text.js';

interface Watched {
  on(event: 'error', listener: (e: Error) => void): unknown;
  write(chunk: string): unknown;
}

const GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ECONNRESET']);

export function watchOutputStreams(
  streams: { stdout: Watched; stderr: Watched },
  argv: string[],
  env: Record<string, string | undefined>,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  let stderrDead = false;
  streams.stderr.on('error', () => {
    stderrDead = true;
  });
  let stopped = false;
  streams.stdout.on('error', (e: Error) => {
    if (stopped) return;
    stopped = true;
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (GONE.has(code)) {
      exit(0);
      return;
    }
    const flag = argv.indexOf('--lang');
    const lang = pickLang(flag >= 0 ? argv[flag + 1] : undefined, env);
    const error = writeError(e, 'standard output');
    if (!stderrDead) {
      try {
        streams.stderr.write(describeUserError(error, lang));
      } catch {
        // Standard error is gone as well.
      }
    }
    exit(error.exitCode === 2 ? 1 : error.exitCode);
  });
}
