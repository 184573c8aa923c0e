/**
 * The last stages of `tip-screen batch`, once every input is scored: refused input (identifying
 * data, or a repeated id with --unique-ids) writes nothing, or on a stream only the rows already
 * out; otherwise every output is made final together, the warnings and the summary table are
 * printed, and bad records make the exit status 1 only after all of that is written.
 */
import { say } from '../base/catalogue/index.js';
import type { Io } from '../io/streams.js';
import { EXIT, UserError } from '../base/errors.js';
import { shown } from '../io/file-checks.js';
import { makeStyle } from '../ui/output.js';
import { buildSummaryDoc, type SummaryDoc } from '../report/batch-summary.js';
import { renderHtml } from '../render/batch-html.js';
import { renderTable } from '../render/batch-table.js';
import type { BatchConfig } from './batch-config.js';
import { PRINT_BAD } from './bad-records.js';
import { duplicateError } from './duplicates.js';
import { finishOutputs } from './outputs.js';
import { piiError } from './pii-report.js';
import type { RunState } from './run-state.js';
import type { Outputs } from './score-inputs.js';

/** Throws when the run was refused, having withdrawn what can still be withdrawn. */
export async function refuseIfStopped(
  cfg: BatchConfig,
  { out, errors }: Outputs,
  state: RunState,
): Promise<void> {
  if (!state.findings.size && !state.duplicateStop) return;
  // Streamed stdin-to-stdout rows cannot be held back: those before the refused record are
  // written; a file, or a spooled stdout, gets nothing.
  const streamedOut = cfg.streamed && cfg.toStdout;
  if (streamedOut) await out.commit();
  else out.abort();
  errors?.abort();
  if (state.findings.size)
    throw piiError(state.findings, state.findingFiles, cfg.many, state.refusedAt, streamedOut);
  throw duplicateError(state.duplicateStop!, cfg.many, streamedOut);
}

/** Writes --summary and --report and makes every output final; returns the summary. */
export async function writeResults(
  cfg: BatchConfig,
  io: Io,
  { out, errors }: Outputs,
  state: RunState,
  bad: number,
): Promise<SummaryDoc> {
  const { opts } = cfg;
  const doc = buildSummaryDoc(state.summary, {
    set: cfg.set,
    bad,
    stoppedAtLine: state.stoppedAt?.line ?? null,
    by: opts.by,
    label: opts.label,
    frameworks: cfg.plans?.map((p) => p.set),
    openCounted: !cfg.columns || cfg.columns.includes('openQuestions'),
    warnings: {
      duplicateIds: state.duplicates,
      idCheckComplete: !state.ids.full,
      emptyInputs: state.emptyInputs,
    },
  });
  const files = [
    ...(opts.summary ? [{ path: opts.summary, text: JSON.stringify(doc, null, 2) + '\n' }] : []),
    ...(opts.report ? [{ path: opts.report, text: renderHtml(doc, opts.lang) }] : []),
  ];
  await finishOutputs(io, out, errors, files, cfg.toStdout);
  return doc;
}

/** The warnings about ids, then the summary table (unless --quiet), on standard error. */
export function printSummary(cfg: BatchConfig, io: Io, state: RunState, doc: SummaryDoc): void {
  const { opts, many } = cfg;
  const words = say(opts.lang).batchRun;
  const first = state.firstDuplicate;
  if (first) {
    const where = say(opts.lang).batchErrors.duplicates.where(
      first.line,
      many ? shown(first.input) : undefined,
    );
    io.stderr.write(words.repeatedIds(state.duplicates, where, opts.errors && shown(opts.errors)) + '\n');
  }
  if (state.ids.full) io.stderr.write(words.idCheckPartial(state.ids.size) + '\n');
  if (!opts.quiet) io.stderr.write(renderTable(doc, opts.lang, makeStyle(io.stderr, io.env)));
}

/** Exit status 1 (a user error) when any record was bad; every output is written by then. */
export function failOnBadRecords(cfg: BatchConfig, state: RunState, bad: number): void {
  if (bad === 0) return;
  const { opts, many } = cfg;
  const { stoppedAt } = state;
  throw new UserError(
    'BATCH_RECORDS',
    (lang) => {
      const said = say(lang).batchErrors.BATCH_RECORDS;
      return stoppedAt
        ? said.stopped(stoppedAt.line, many ? stoppedAt.input : undefined, opts.errors)
        : said.bad(bad, Math.max(0, bad - PRINT_BAD), opts.errors);
    },
    { exitCode: EXIT.record },
  );
}
