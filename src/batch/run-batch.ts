/**
 * `tip-screen batch`: reads the inputs chunk by chunk, scores each chunk (here or on worker
 * threads), and writes rows, bad-record reports and the summary in input order. Refused input
 * (identifying data) writes nothing; bad records are reported and the rest scored, and the run
 * fails with exit 1 only once every row is written. The stages, in order: options resolved and
 * checked (batch-config.ts), outputs opened, inputs scored (score-inputs.ts), then refusal, or
 * the outputs made final, the summary printed and the exit status (finish-batch.ts).
 */
import type { Io } from '../io/streams.js';
import { prepareBatch, resolveBatch, type BatchOptions } from './batch-config.js';
import { BadRecordLog } from './bad-records.js';
import { failOnBadRecords, printSummary, refuseIfStopped, writeResults } from './finish-batch.js';
import { openOutputs } from './outputs.js';
import { RunState } from './run-state.js';
import { scoreInputs } from './score-inputs.js';
import { say } from '../base/catalogue/index.js';

export type { BatchOptions } from './batch-config.js';

export async function runBatch(opts: BatchOptions, io: Io): Promise<void> {
  const cfg = resolveBatch(opts, io, await prepareBatch(opts, io));
  if (!cfg.guard) io.stderr.write(`${say(opts.lang).commands.identifiersAllowed}\n`);
  // Rows streamed from stdin to stdout cannot wait; anything else can be withheld if refused.
  const outputs = openOutputs(
    opts,
    io,
    cfg.toStdout && cfg.guard && !cfg.streamed ? cfg.spoolDir : undefined,
  );
  const state = new RunState(cfg);
  const log = new BadRecordLog(io.stderr, outputs.errors, cfg.many, cfg.opts.lang);
  await scoreInputs(cfg, io, outputs, state, log);
  await refuseIfStopped(cfg, outputs, state);
  const doc = await writeResults(cfg, io, outputs, state, log.count);
  printSummary(cfg, io, state, doc);
  log.summarise(cfg.set.id);
  failOnBadRecords(cfg, state, log.count);
}
