/**
 * The scoring stage of `tip-screen batch`: every input in turn, read chunk by chunk and scored
 * here or on worker threads. Results are handled in the order the chunks were submitted, so
 * rows, bad records and counts come out in input order whatever finishes first. Once the guard
 * refuses the input, chunks are only scanned (to name every field that holds identifying data)
 * and nothing more is written; --strict and --unique-ids stop the run.
 */
import { say } from '../base/catalogue/index.js';
import type { Io } from '../io/streams.js';
import type { Sink } from '../io/sink.js';
import { UserError } from '../base/errors.js';
import { shown } from '../io/file-checks.js';
import { Progress } from '../ui/progress.js';
import { mergeSummary } from '../report/batch-counts.js';
import { scorerConfig, type BatchConfig } from './batch-config.js';
import type { BadRecordLog } from './bad-records.js';
import type { ChunkResult } from './chunk-result.js';
import { readChunks } from './chunks.js';
import { repeatedIds } from './duplicates.js';
import { frameworkColumns } from './frameworks.js';
import { headerPii, headerProblems, splitCsvHeader } from './header.js';
import type { Input } from './inputs.js';
import { knownFieldNames } from './known-fields.js';
import { LocalRunner, WorkerPool, type ChunkRunner } from './pool.js';
import { csvHeader } from './row.js';
import type { RunState } from './run-state.js';

export interface Outputs {
  out: Sink;
  errors: Sink | undefined;
}

/** Scores every input into the outputs; on an error, aborts them (nothing half-written stays). */
export async function scoreInputs(
  cfg: BatchConfig,
  io: Io,
  { out, errors }: Outputs,
  state: RunState,
  log: BadRecordLog,
): Promise<void> {
  let runner: ChunkRunner | undefined;
  const { inputs } = cfg;
  const totalBytes = inputs.every((i) => i.bytes !== undefined)
    ? inputs.reduce((a, i) => a + i.bytes!, 0)
    : undefined;
  const progress = Progress.for(io.stderr, totalBytes);
  try {
    runner = cfg.opts.jobs > 1 ? new WorkerPool(cfg.opts.jobs) : new LocalRunner(cfg.compiled);
    const scoring = new InputScoring(cfg, io, out, state, log, runner, progress);
    if (cfg.outFormat === 'csv')
      await out.write(
        cfg.plans
          ? `${csvHeader(cfg.columns)},${frameworkColumns(
              cfg.plans.map((p) => p.id),
              cfg.columns,
            ).join(',')}\n`
          : `${csvHeader(cfg.columns)}\n`,
      );
    for (const input of inputs) {
      if (state.stopped) break;
      await scoring.input(input);
    }
  } catch (e) {
    out.abort();
    errors?.abort();
    throw e;
  } finally {
    progress?.done();
    await runner?.close();
  }
}

/** Physical lines read so far in one input (the next chunk's offset), and its records. */
interface InputCount {
  lines: number;
  records: number;
}

class InputScoring {
  /** Field names the guard never takes for identifying by their name. */
  private readonly known: Set<string>;

  constructor(
    private readonly cfg: BatchConfig,
    private readonly io: Io,
    private readonly out: Sink,
    private readonly state: RunState,
    private readonly log: BadRecordLog,
    private readonly pool: ChunkRunner,
    private readonly progress: Progress | undefined,
  ) {
    this.known = knownFieldNames(cfg.compiled, cfg.mapping);
  }

  /** One input: its chunks submitted in order, at most pool.depth in flight, handled in turn. */
  async input(input: Input): Promise<void> {
    const { state, pool } = this;
    const count: InputCount = { lines: 0, records: 0 };
    const queue: Promise<ChunkResult>[] = [];
    const chunks = readChunks(input.source, {
      csv: input.format === 'csv',
      onRead: (n) => this.progress?.read(n),
    });
    // A CSV input is configured once its header is read, from the first chunk.
    let configured = false;
    if (input.format === 'jsonl') {
      pool.configure(scorerConfig(this.cfg, input.format, undefined));
      configured = true;
    }
    for await (let chunk of chunks) {
      if (!configured) {
        const rest = this.csvHeader(chunk, input, count);
        if (rest === undefined) break;
        chunk = rest;
        configured = true;
      }
      if (chunk.length === 0) continue;
      const pending = pool.submit(chunk, state.refusedAt !== undefined);
      pending.catch(() => undefined); // awaited in turn below; never an unhandled rejection
      queue.push(pending);
      if (queue.length >= pool.depth) await this.handle(input, count, await queue.shift()!);
      if (state.stopped) break;
    }
    while (queue.length && !state.stopped) await this.handle(input, count, await queue.shift()!);
    if (count.records === 0 && !state.refusedAt && !state.stopped) {
      state.emptyInputs++;
      this.io.stderr.write(say(this.cfg.opts.lang).batchRun.emptyInput(shown(input.name)) + '\n');
      await this.log.note(input, 0, '', 'the input has no records');
    }
  }

  /**
   * Splits the header off a CSV input's first chunk, checks it and configures the scorers for
   * it; returns the rest of the chunk, or undefined when the guard refuses the header.
   */
  private csvHeader(chunk: Buffer, input: Input, count: InputCount): Buffer | undefined {
    const { cfg, state } = this;
    const split = splitCsvHeader(chunk, input.name);
    count.lines = split.lines;
    if (cfg.guard && !state.refusedAt) {
      headerPii(split.fields, this.known, state.findings, 1);
      if (state.findings.size) {
        // Columns named like identifying data: no need to read on to say so.
        for (const f of state.findings.list()) state.findingFiles.set(f, input.name);
        state.refusedAt = { input: input.name, line: 1 };
        return undefined;
      }
    }
    const problems = headerProblems(split.fields, cfg.compiled, cfg.mapping, cfg.opts.label, input.name);
    if (problems.length)
      throw new UserError(
        'USAGE',
        (lang) => say(lang).batchInputErrors.USAGE.header(input.name, problems.length),
        { problems },
      );
    this.pool.configure(scorerConfig(cfg, input.format, split.fields));
    return split.rest;
  }

  /** One chunk's result: its findings always; its rows, counts and bad records unless stopped. */
  private async handle(input: Input, count: InputCount, result: ChunkResult): Promise<void> {
    const { state } = this;
    const offset = count.lines;
    count.lines += result.lines;
    if (result.pii.length) state.addFindings(result.pii, offset, input.name);
    this.progress?.scored(result.summary.scored + result.bad.length);
    count.records += result.summary.scored + result.bad.length;
    if (state.refusedAt || state.stopped) return;
    const repeats = repeatedIds(state.ids, result.ids, offset);
    if (repeats.length) {
      state.duplicates += repeats.length;
      state.firstDuplicate ??= { input: input.name, line: repeats[0]! };
      if (this.cfg.opts.uniqueIds) {
        state.duplicateStop = state.firstDuplicate;
        return;
      }
    }
    await this.out.write(result.output);
    mergeSummary(state.summary, result.summary);
    for (const r of result.bad) await this.log.report(input, r, offset);
    for (const line of repeats) await this.log.note(input, line, 'id', 'the same id as an earlier record');
    if (result.stop === 'pii') state.refusedAt = { input: input.name, line: offset + result.stopLine };
    if (result.stop === 'strict') state.stoppedAt = { input: input.name, line: offset + result.stopLine };
  }
}
