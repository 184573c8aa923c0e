/**
 * `tip-screen batch`: reads the inputs chunk by chunk, scores each chunk (here or on worker
 * threads), and writes rows, bad-record reports and the summary in input order. Refused input
 * (identifying data) writes nothing; bad records are reported and the rest scored, and the run
 * fails with exit 1 only once every row is written.
 */
import { existsSync, lstatSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { dirname, extname, resolve } from 'node:path';
import type { Io } from '../cli/program.js';
import { EXIT, isUserError, UserError } from '../errors.js';
import type { IndicatorSet } from '../core/schema.js';
import type { Lang } from '../i18n.js';
import { loadCrosswalk } from '../frameworks/load-crosswalk.js';
import { parseFrameworkList } from '../frameworks/select.js';
import { DEFAULT_SET, loadSet, type LoadedSet } from '../sets/load-set.js';
import { makeStyle } from '../ui/output.js';
import { dataDir } from '../interview/store.js';
import { preparePrivateFile, refuseLink, sweepStaleTemps, type PreparedFile } from '../private-file.js';
import { shown } from '../file-checks.js';
import { refuseSameFiles } from '../same-file.js';
import { readChunks, type Source } from './chunks.js';
import { CsvSyntaxError } from './csv.js';
import { frameworkColumns, frameworksLayout, planFrameworks, type FrameworkPlan } from './frameworks.js';
import { headerPii, headerProblems, splitHeader } from './header.js';
import { IdSet } from './id-set.js';
import { renderHtml } from './html.js';
import { EMPTY_MAPPING, loadMapping, type Mapping } from './mapping.js';
import { PiiFindings, type PiiFinding } from './pii.js';
import { piiError } from './pii-report.js';
import { LocalRunner, WorkerPool, type ChunkRunner } from './pool.js';
import { Progress } from './progress.js';
import { CSV_HEADER } from './row.js';
import {
  knownFieldNames,
  type BadRecord,
  type ChunkResult,
  type Format,
  type ScorerConfig,
} from './scorer.js';
import { fileSink, spooledSink, spoolFolder, streamSink, type Sink } from './sink.js';
import { buildSummaryDoc } from './summary-doc.js';
import { emptySummary, mergeSummary } from './summary.js';
import { renderTable } from './table.js';

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
  // An output that is an input, or another output, would destroy it: refuse before writing.
  refuseSameFiles(
    io.cwd,
    [
      ...opts.inputs.filter((i) => i !== '-').map((path) => ({ role: 'input', path })),
      ...(opts.map !== undefined ? [{ role: '--map', path: opts.map }] : []),
    ],
    (
      [
        ['--out', opts.out],
        ['--errors', opts.errors],
        ['--summary', opts.summary],
        ['--report', opts.report],
      ] as const
    )
      .filter(([, path]) => path !== undefined && path !== '-')
      .map(([role, path]) => ({ role, path: path! })),
    opts.lang,
  );
  const written = [opts.out, opts.errors, opts.summary, opts.report]
    .filter((p): p is string => p !== undefined && p !== '-')
    .map((p) => resolve(io.cwd, p));
  for (const path of written) {
    // Fail before scoring, not after an hour of it, when an output cannot be written; a link at
    // an output is refused before anything is written (its target is somebody else's file).
    if (!existsSync(dirname(path)))
      throw new UserError('USAGE', `Cannot write ${shown(path)}: ENOENT.`, {
        hint: 'Check that the folder exists and that you may write there.',
      });
    refuseLink(path);
  }
  // What a killed run left: its temporary files beside our outputs, and its stdout spool.
  const spoolDir = spoolFolder(dataDir(io.env));
  for (const dir of new Set(written.map((p) => dirname(p)))) sweepStaleTemps(dir);
  if (lstatSync(spoolDir, { throwIfNoEntry: false })?.isDirectory()) sweepStaleTemps(spoolDir);
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
  const out: Sink = !toStdout
    ? writable(opts.out!, () => fileSink(resolve(io.cwd, opts.out!)))
    : !guard || streamed
      ? streamSink(io.stdout)
      : spooledSink(io.stdout, spoolDir);
  let errors: Sink | undefined;
  try {
    if (opts.errors) errors = writable(opts.errors, () => fileSink(resolve(io.cwd, opts.errors!)));
  } catch (e) {
    out.abort();
    throw e;
  }
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
      io.stderr.write(
        `${where}: ${r.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')}\n`,
      );
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
        io.stderr.write(`Warning: ${shown(input.name)} has no records.\n`);
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
  // Every file is written and synced first, then all are renamed: a full disk in any of them
  // leaves every previous file as it was.
  const prepared: PreparedFile[] = [];
  try {
    await out.finish();
    await errors?.finish();
    const { summary: summaryFile, report } = opts;
    if (summaryFile)
      prepared.push(preparePrivateFile(resolve(io.cwd, summaryFile), JSON.stringify(doc, null, 2) + '\n'));
    if (report) prepared.push(preparePrivateFile(resolve(io.cwd, report), renderHtml(doc, opts.lang)));
  } catch (e) {
    out.abort();
    errors?.abort();
    for (const p of prepared) p.abort();
    throw e;
  }
  // Renames cannot fill a disk; standard output (a spool copied out) goes last.
  if (!toStdout) await out.commit();
  await errors?.commit();
  for (const p of prepared) p.commit();
  if (toStdout) await out.commit();
  if (firstDuplicate)
    io.stderr.write(
      `Warning: ${duplicates} record(s) repeat the id of an earlier record (first on line ${firstDuplicate.line}${many ? ` of ${shown(firstDuplicate.input)}` : ''}). They were scored; ${opts.errors ? `their lines are in ${shown(opts.errors)}; ` : ''}add --unique-ids to refuse such input.\n`,
    );
  if (ids.full)
    io.stderr.write(
      `Warning: too many records to check them all for repeated ids; the first ${ids.size} were checked.\n`,
    );
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

/** The lines (with the chunk's offset) of scored records whose id an earlier record had. */
function repeatedIds(set: IdSet, ids: Uint32Array, offset: number): number[] {
  const lines: number[] = [];
  for (let k = 0; k + 2 < ids.length; k += 3)
    if (!set.add(ids[k + 1]!, ids[k + 2]!)) lines.push(offset + ids[k]!);
  return lines;
}

function duplicateError(
  at: { input: string; line: number },
  many: boolean,
  streamedOut: boolean,
  lang: Lang,
): UserError {
  const where = `line ${at.line}${many ? ` of ${shown(at.input)}` : ''}`;
  const ko = lang === 'ko';
  const written = streamedOut
    ? ko
      ? '그 앞의 행은 표준 출력에 이미 쓰였습니다.'
      : 'The rows before it were written to standard output.'
    : ko
      ? '아무것도 쓰지 않았습니다.'
      : 'Nothing was written.';
  return new UserError(
    'DUPLICATE_IDS',
    ko
      ? `${where}의 레코드 id가 앞선 레코드와 같습니다 (--unique-ids). ${written}`
      : `The record on ${where} has the same id as an earlier record (--unique-ids). ${written}`,
    {
      exitCode: EXIT.record,
      hint: ko
        ? '레코드마다 고유한 id를 주거나, --unique-ids 없이 실행하면 경고와 함께 채점합니다.'
        : 'Give every record an id of its own, or leave out --unique-ids to score them with a warning.',
    },
  );
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

/** Runs a file write, turning a failure (no such folder, no permission) into a usage error. */
function writable<T>(path: string, write: () => T): T {
  try {
    return write();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!code || isUserError(e)) throw e;
    throw new UserError('USAGE', `Cannot write ${path}: ${code}.`, {
      hint: 'Check that the folder exists and that you may write there.',
    });
  }
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
