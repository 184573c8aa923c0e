/**
 * The files batch writes (--out, --errors, --summary, --report) and how: every path is checked
 * before scoring starts (not the same file as an input or another output, not a link, its folder
 * there), temporary files a killed run left beside them or in the stdout spool are swept, and at
 * the end every file is written and synced before any is renamed, so a full disk in one of them
 * leaves all the previous files as they were.
 */
import { existsSync, lstatSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Io } from '../io/streams.js';
import { isUserError, UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import { shown } from '../io/file-checks.js';
import type { Lang } from '../base/i18n.js';
import { dataDir } from '../io/data-dir.js';
import {
  isSpecialFile,
  preparePrivateFile,
  refuseLink,
  sweepLegacyTemps,
  sweepStaleTemps,
  type PreparedFile,
} from '../io/private-file.js';
import { refuseSameFiles } from '../io/same-file.js';
import { fileSink, spooledSink, spoolFolder, streamSink, type Sink } from '../io/sink.js';

export interface OutputOptions {
  inputs: string[];
  map: string | undefined;
  out: string | undefined;
  errors: string | undefined;
  summary: string | undefined;
  report: string | undefined;
  lang: Lang;
}

/** Refuses unusable output paths before anything is read or written; returns the spool folder. */
export function checkOutputs(opts: OutputOptions, io: Io): { spoolDir: string } {
  const named = (
    [
      ['--out', opts.out],
      ['--errors', opts.errors],
      ['--summary', opts.summary],
      ['--report', opts.report],
    ] as const
  )
    .filter(([, path]) => path !== undefined && path !== '-')
    .map(([role, path]) => ({ role, path: path! }));
  // An output that is an input, or another output, would destroy it.
  refuseSameFiles(
    io.cwd,
    [
      ...opts.inputs.filter((i) => i !== '-').map((path) => ({ role: 'input', path })),
      ...(opts.map !== undefined ? [{ role: '--map', path: opts.map }] : []),
    ],
    named,
    opts.lang,
  );
  const paths = named.map((n) => resolve(io.cwd, n.path));
  for (const path of paths) {
    // Fail before scoring, not after an hour of it, when an output cannot be written; a link at
    // an output is refused before anything is written (its target is somebody else's file).
    if (!existsSync(dirname(path)))
      throw new UserError('USAGE', (lang) =>
        say(lang).batchInputErrors.USAGE.cannotWrite(shown(path), 'ENOENT'),
      );
    // A link to a device (/dev/stdout) is written through: it cannot clobber a file.
    if (!isSpecialFile(path)) refuseLink(path);
  }
  // What a killed run left: its temporary files beside our outputs, and its stdout spool.
  const spoolDir = spoolFolder(dataDir(io.env));
  for (const dir of new Set(paths.map((p) => dirname(p)))) sweepStaleTemps(dir);
  if (lstatSync(spoolDir, { throwIfNoEntry: false })?.isDirectory()) sweepStaleTemps(spoolDir);
  sweepLegacyTemps(paths);
  return { spoolDir };
}

/**
 * Opens the rows' sink (a file, standard output as rows are made, or standard output through a
 * spool in spoolDir when given) and the bad-record list's.
 */
export function openOutputs(
  opts: OutputOptions,
  io: Io,
  spoolDir: string | undefined,
): { out: Sink; errors: Sink | undefined } {
  const toStdout = opts.out === undefined || opts.out === '-';
  const out: Sink = !toStdout
    ? writable(opts.out!, () => fileSink(resolve(io.cwd, opts.out!)))
    : spoolDir === undefined
      ? streamSink(io.stdout)
      : spooledSink(io.stdout, spoolDir);
  try {
    const errors = opts.errors
      ? writable(opts.errors, () => fileSink(resolve(io.cwd, opts.errors!)))
      : undefined;
    return { out, errors };
  } catch (e) {
    out.abort();
    throw e;
  }
}

/**
 * Makes every output final: all written and synced first, then renamed; standard output (a spool
 * copied out) goes last, so a reader that stops early does not cost the files.
 */
export async function finishOutputs(
  io: Io,
  out: Sink,
  errors: Sink | undefined,
  files: { path: string; text: string }[],
  toStdout: boolean,
): Promise<void> {
  const prepared: PreparedFile[] = [];
  try {
    await out.finish();
    await errors?.finish();
    for (const f of files) prepared.push(preparePrivateFile(resolve(io.cwd, f.path), f.text));
  } catch (e) {
    out.abort();
    errors?.abort();
    for (const p of prepared) p.abort();
    throw e;
  }
  if (!toStdout) await out.commit();
  await errors?.commit();
  for (const p of prepared) p.commit();
  if (toStdout) await out.commit();
}

/** Runs a file write, turning a failure (no such folder, no permission) into a usage error. */
function writable<T>(path: string, write: () => T): T {
  try {
    return write();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!code || isUserError(e)) throw e;
    throw new UserError('USAGE', (lang) => say(lang).batchInputErrors.USAGE.cannotWrite(shown(path), code));
  }
}
