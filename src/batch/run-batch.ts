/**
 * `tip-screen batch`: reads the inputs chunk by chunk, scores each chunk (here or on worker
 * threads), and writes rows, bad-record reports and the summary in input order. Refused input
 * (identifying data) writes nothing; bad records are reported and the rest scored, and the run
 * fails with exit 1 only once every row is written.
 */
import { statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { extname, resolve } from 'node:path';
import type { Io } from '../io/streams.js';
import { EXIT, UserError } from '../base/errors.js';
import type { IndicatorSet } from '../core/schema.js';
import type { Lang } from '../base/i18n.js';
import { loadCrosswalk } from '../io/load-crosswalk.js';
import { parseFrameworkList } from '../frameworks/select.js';
import { DEFAULT_SET, loadSet, type LoadedSet } from '../io/load-set.js';
import { makeStyle } from '../ui/output.js';
import { shown } from '../io/file-checks.js';
import { readChunks, type Source } from './chunks.js';
import { CsvSyntaxError } from './csv.js';
import { frameworkColumns, frameworksLayout, planFrameworks, type FrameworkPlan } from './frameworks.js';
import { headerPii, headerProblems, splitHeader } from './header.js';
import { IdSet } from './id-set.js';
import { renderHtml } from '../render/batch-html.js';
import { EMPTY_MAPPING, loadMapping, type Mapping } from './mapping.js';
import { PiiFindings, type PiiFinding } from '../guard/records.js';
import { piiError } from './pii-report.js';
import { LocalRunner, WorkerPool, type ChunkRunner } from './pool.js';
import { Progress } from '../ui/progress.js';
import { CSV_HEADER } from './row.js';
import { type BadRecord, type ChunkResult, type Format, type ScorerConfig } from './scorer.js';
import { knownFieldNames } from './known-fields.js';
import { checkOutputs, finishOutputs, openOutputs } from './outputs.js';
import { duplicateError, repeatedIds } from './duplicates.js';
import { buildSummaryDoc } from '../report/batch-summary.js';
import { emptySummary, mergeSummary } from '../report/batch-counts.js';
import { renderTable } from '../render/batch-table.js';
import { runTexts } from './run-texts.js';
import { escapeControls } from '../base/safe-text.js';

export interface BatchOptions {
  inputs: string[];
  /** The set id or file (default nhrck-2016); not with frameworks. */
  set: string | undefined;
  /** Comma-separated framework ids: score every record under each, through the crosswalk. */
  frameworks: string | undefined;
  inFormat: Format | undefined;
  outFormat: Format | undefined;
  out: string | undefined;
  map: string | undefined;
  errors: string | undefined;
  summary: string | undefined;
  report: string | undefined;
  by: string | undefined;
  label: string | undefined;
  strict: boolean;
  /** Refuse input in which two records share an id (otherwise a warning). */
  uniqueIds?: boolean;
  allowIdentifiers: boolean;
  jobs: number;
  quiet: boolean;
  lang: Lang;
}

/** Bad records printed one by one on standard error; the rest are counted (all go to --errors). */
const PRINT_BAD = 20;

export function formatOf(path: string, given: Format | undefined): Format {
  if (given) return given;
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json' || path === '-') return 'jsonl';
  throw new UserError('USAGE', `Cannot tell the format of ${path} from its name.`, {
    hint: 'Name it .jsonl or .csv, or say which with --in-format jsonl|csv.',
  });
}

interface Input {
  name: string;
  source: Source;
  format: Format;
  bytes: number | undefined;
}

export async function runBatch(opts: BatchOptions, io: Io): Promise<void> {
  let loaded: LoadedSet;
  let plans: FrameworkPlan[] | undefined;
  if (opts.frameworks !== undefined) {
    if (opts.set !== undefined) throw new UserError('USAGE', 'Use either --set or --frameworks, not both.');
    // Records answer the primary set's questions; the other frameworks are derived from them.
    const cw = loadCrosswalk();
    plans = planFrameworks(cw, parseFrameworkList(cw, opts.frameworks));
    loaded = cw.primary;
  } else loaded = loadSet(opts.set ?? DEFAULT_SET, io.cwd);
  const { set, compiled } = loaded;
  const mapping: Mapping = opts.map ? loadMapping(opts.map, io.cwd) : EMPTY_MAPPING;
  if (opts.by !== undefined && !compiled.factIndex.has(opts.by))
    throw new UserError('USAGE', `--by ${opts.by}: set ${set.id} has no such fact.`, {
      hint: `Group by one of: ${set.facts.map((f) => f.id).join(', ')}.`,
    });
  if (opts.inputs.filter((i) => i === '-').length > 1)
    throw new UserError('USAGE', 'Standard input ("-") can be read only once.');
  if (!Number.isInteger(opts.jobs) || opts.jobs < 1 || opts.jobs > 64)
    throw new UserError('USAGE', '--jobs must be a whole number from 1 to 64.');
  const inputs = opts.inputs.map((name): Input => {
    const format = formatOf(name, opts.inFormat);
    if (name === '-') return { name: '<stdin>', source: { stream: io.stdin }, format, bytes: undefined };
    const path = resolve(io.cwd, name);
    let bytes: number;
    try {
      const st = statSync(path);
      if (!st.isFile()) throw Object.assign(new Error(), { code: 'EISDIR' });
      bytes = st.size;
    } catch (e) {
      throw new UserError(
        'FILE_READ',
        `Cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? 'error'}.`,
        {
          hint: 'Check the file name and that you may read it.',
        },
      );
    }
    return { name, source: { path }, format, bytes };
  });
  const { spoolDir } = checkOutputs(opts, io);
  const toStdout = opts.out === undefined || opts.out === '-';
  const outFormat: Format =
    opts.outFormat ?? (!toStdout && extname(opts.out!).toLowerCase() === '.csv' ? 'csv' : 'jsonl');
  const guard = !opts.allowIdentifiers;
  if (!guard)
    io.stderr.write(
      'Warning: the identifying-data check is off (--allow-identifiers). Make sure you are allowed to process this data, and keep the output as safe as the input.\n',
    );

  // Rows streamed from stdin to stdout cannot wait; anything else can be withheld if refused.
  const streamed = inputs.every((i) => 'stream' in i.source);
  const { out, errors } = openOutputs(opts, io, toStdout && guard && !streamed ? spoolDir : undefined);
  let runner: ChunkRunner | undefined;
  const totalBytes = inputs.every((i) => i.bytes !== undefined)
    ? inputs.reduce((a, i) => a + i.bytes!, 0)
    : undefined;
  const progress = Progress.for(io.stderr, totalBytes);
  const known = knownFieldNames(compiled, mapping);
  const findings = new PiiFindings();
  const findingFiles = new Map<PiiFinding, string>();
  const summary = emptySummary(
    set.indicators.length,
    set.rules.waiver.length,
    plans ? frameworksLayout(plans) : undefined,
  );
  let bad = 0;
  let stoppedAt: { input: string; line: number } | undefined;
  let refusedAt: { input: string; line: number } | undefined;
  const many = inputs.length > 1;
  const ids = new IdSet();
  let duplicates = 0;
  let firstDuplicate: { input: string; line: number } | undefined;
  /** Set when --unique-ids stops the run at a repeated id. */
  let duplicateStop: { input: string; line: number } | undefined;
  let emptyInputs = 0;
  const stopped = () => stoppedAt !== undefined || duplicateStop !== undefined;
  const note = async (input: Input, line: number, path: string, message: string) => {
    if (errors)
      await errors.write(
        JSON.stringify({ ...(many ? { file: input.name } : {}), line, problems: [{ path, message }] }) + '\n',
      );
  };

  const reportBad = async (input: Input, r: BadRecord, offset: number) => {
    bad++;
    const line = r.line + offset;
    if (bad <= PRINT_BAD) {
      const where = `${many ? `${input.name}:` : ''}line ${line}${r.id ? ` (id ${r.id})` : ''}`;
      // Keys and ids come from the record: their control characters are shown escaped.
      const text = `${where}: ${r.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')}`;
      io.stderr.write(`${escapeControls(text)}\n`);
    }
    if (errors)
      await errors.write(
        JSON.stringify({
          ...(many ? { file: input.name } : {}),
          line,
          ...(r.id ? { id: r.id } : {}),
          problems: r.problems,
        }) + '\n',
      );
  };

  try {
    runner = opts.jobs > 1 ? new WorkerPool(opts.jobs) : new LocalRunner(compiled);
    const pool = runner;
    if (outFormat === 'csv')
      await out.write(
        plans
          ? `${CSV_HEADER.slice(0, -1)},${frameworkColumns(plans.map((p) => p.id)).join(',')}\n`
          : CSV_HEADER,
      );
    for (const input of inputs) {
      if (stopped()) break;
      let lines = 0;
      let inputRecords = 0;
      const queue: Promise<ChunkResult>[] = [];
      const handle = async (result: ChunkResult) => {
        const offset = lines;
        lines += result.lines;
        if (result.pii.length) {
          const before = new Set(findings.list());
          findings.merge(result.pii, offset);
          for (const f of findings.list()) if (!before.has(f)) findingFiles.set(f, input.name);
        }
        progress?.scored(result.summary.scored + result.bad.length);
        inputRecords += result.summary.scored + result.bad.length;
        if (refusedAt || stopped()) return;
        const repeats = repeatedIds(ids, result.ids, offset);
        if (repeats.length) {
          duplicates += repeats.length;
          firstDuplicate ??= { input: input.name, line: repeats[0]! };
          if (opts.uniqueIds) {
            duplicateStop = firstDuplicate;
            return;
          }
        }
        await out.write(result.output);
        mergeSummary(summary, result.summary);
        for (const r of result.bad) await reportBad(input, r, offset);
        for (const line of repeats) await note(input, line, 'id', 'the same id as an earlier record');
        if (result.stop === 'pii') refusedAt = { input: input.name, line: offset + result.stopLine };
        if (result.stop === 'strict') stoppedAt = { input: input.name, line: offset + result.stopLine };
      };

      const chunks = readChunks(input.source, {
        csv: input.format === 'csv',
        onRead: (n) => progress?.read(n),
      });
      let configured = false;
      if (input.format === 'jsonl') {
        pool.configure(config(set, input.format, outFormat, undefined, mapping, opts, guard, plans));
        configured = true;
      }
      for await (let chunk of chunks) {
        if (!configured) {
          const split = splitCsvHeader(chunk, input.name);
          lines = split.lines;
          chunk = split.rest;
          if (guard && !refusedAt) {
            headerPii(split.fields, known, findings, 1);
            if (findings.size) {
              // Columns named like identifying data: no need to read on to say so.
              for (const f of findings.list()) findingFiles.set(f, input.name);
              refusedAt = { input: input.name, line: 1 };
              break;
            }
          }
          const problems = headerProblems(split.fields, compiled, mapping, opts.label, input.name);
          if (problems.length)
            throw new UserError('USAGE', `The header of ${input.name} has ${problems.length} problem(s).`, {
              problems,
              hint: 'Columns must be id, fact ids and indicator ids ("tip-screen indicators list"); use --map to rename or ignore yours.',
            });
          pool.configure(config(set, input.format, outFormat, split.fields, mapping, opts, guard, plans));
          configured = true;
        }
        if (chunk.length === 0) continue;
        const pending = pool.submit(chunk, refusedAt !== undefined);
        pending.catch(() => undefined); // awaited in turn below; never an unhandled rejection
        queue.push(pending);
        if (queue.length >= pool.depth) await handle(await queue.shift()!);
        if (stopped()) break;
      }
      while (queue.length && !stopped()) await handle(await queue.shift()!);
      if (inputRecords === 0 && !refusedAt && !stopped()) {
        emptyInputs++;
        io.stderr.write(runTexts[opts.lang].emptyInput(shown(input.name)) + '\n');
        await note(input, 0, '', 'the input has no records');
      }
    }
  } catch (e) {
    out.abort();
    errors?.abort();
    throw e;
  } finally {
    progress?.done();
    await runner?.close();
  }

  if (findings.size) {
    // Streamed stdin-to-stdout rows cannot be held back: those before the refused record are
    // written; a file, or a spooled stdout, gets nothing.
    const streamedOut = streamed && toStdout;
    if (streamedOut) await out.commit();
    else out.abort();
    errors?.abort();
    throw piiError(findings, findingFiles, many, refusedAt, streamedOut);
  }
  if (duplicateStop) {
    const streamedOut = streamed && toStdout;
    if (streamedOut) await out.commit();
    else out.abort();
    errors?.abort();
    throw duplicateError(duplicateStop, many, streamedOut, opts.lang);
  }
  const doc = buildSummaryDoc(summary, {
    set,
    bad,
    stoppedAtLine: stoppedAt?.line ?? null,
    by: opts.by,
    label: opts.label,
    frameworks: plans?.map((p) => p.set),
    warnings: { duplicateIds: duplicates, idCheckComplete: !ids.full, emptyInputs },
  });
  const files = [
    ...(opts.summary ? [{ path: opts.summary, text: JSON.stringify(doc, null, 2) + '\n' }] : []),
    ...(opts.report ? [{ path: opts.report, text: renderHtml(doc, opts.lang) }] : []),
  ];
  await finishOutputs(io, out, errors, files, toStdout);
  const words = runTexts[opts.lang];
  if (firstDuplicate) {
    const where = `line ${firstDuplicate.line}${many ? ` of ${shown(firstDuplicate.input)}` : ''}`;
    io.stderr.write(words.repeatedIds(duplicates, where, opts.errors && shown(opts.errors)) + '\n');
  }
  if (ids.full) io.stderr.write(words.idCheckPartial(ids.size) + '\n');
  if (!opts.quiet) io.stderr.write(renderTable(doc, opts.lang, makeStyle(io.stderr, io.env)));

  if (bad > 0) {
    const more =
      bad > PRINT_BAD
        ? ` (${bad - PRINT_BAD} more not shown above${opts.errors ? `; all are in ${opts.errors}` : ''})`
        : '';
    throw new UserError(
      'BATCH_RECORDS',
      stoppedAt
        ? `Stopped at the bad record on line ${stoppedAt.line}${many ? ` of ${stoppedAt.input}` : ''} (--strict); the records before it were scored and written.`
        : `${bad} record(s) could not be scored${more}; all the others were scored and written.`,
      {
        exitCode: EXIT.record,
        hint: opts.errors ? undefined : 'Add --errors FILE to get every bad record as JSON lines.',
      },
    );
  }
}

function config(
  set: IndicatorSet,
  inFormat: Format,
  outFormat: Format,
  header: string[] | undefined,
  mapping: Mapping,
  opts: BatchOptions,
  guard: boolean,
  frameworks: FrameworkPlan[] | undefined,
): ScorerConfig {
  return {
    set,
    inFormat,
    outFormat,
    header,
    mapping,
    label: opts.label,
    by: opts.by,
    guard,
    strict: opts.strict,
    frameworks,
  };
}

function splitCsvHeader(chunk: Buffer, name: string) {
  // Excel on Korean Windows saves "CSV" as CP949 (EUC-KR): every Hangul header would come out as
  // replacement characters and be reported as an unknown column, which says nothing useful.
  if (!isUtf8(chunk))
    throw new UserError('USAGE', `${name} is not UTF-8 text (it may be CP949 / EUC-KR, as Excel saves it).`, {
      hint:
        name === '<stdin>'
          ? 'Save it as "CSV UTF-8" in Excel, or convert it first: iconv -f cp949 -t utf-8 FILE | tip-screen batch - ...'
          : `Save it as "CSV UTF-8" in Excel, or convert it: iconv -f cp949 -t utf-8 ${name} > ${name.replace(/\.csv$/i, '')}-utf8.csv`,
    });
  try {
    return splitHeader(chunk);
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new UserError('USAGE', `${name}: ${e.message}.`);
    throw e;
  }
}
