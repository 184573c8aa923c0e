/**
 * Runs chunk scoring either here (--jobs 1) or on N worker threads. Either way the caller gets
 * one promise per chunk and handles them in the order it submitted them, so output order is
 * input order. Chunks are transferred to workers, not copied.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompiledSet } from '../core/engine.js';
import { UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import { ChunkScorer, type ChunkResult, type ScorerConfig } from './scorer.js';

export type ToWorker =
  | { type: 'config'; config: ScorerConfig }
  | { type: 'chunk'; seq: number; data: ArrayBuffer; offset: number; length: number; scanOnly: boolean };
export type FromWorker = { seq: number; result: ChunkResult } | { seq: number; error: string };

export interface ChunkRunner {
  /** How many chunks may be in flight before the caller should wait for the oldest. */
  readonly depth: number;
  configure(config: ScorerConfig): void;
  submit(chunk: Buffer, scanOnly: boolean): Promise<ChunkResult>;
  close(): Promise<void>;
}

export class LocalRunner implements ChunkRunner {
  readonly depth = 1;
  private scorer: ChunkScorer | undefined;
  constructor(private readonly compiled: CompiledSet) {}
  configure(config: ScorerConfig): void {
    this.scorer = new ChunkScorer(config, this.compiled);
  }
  submit(chunk: Buffer, scanOnly: boolean): Promise<ChunkResult> {
    return Promise.resolve(this.scorer!.score(chunk, scanOnly));
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * The compiled worker beside this module; when this module runs from TypeScript sources (tests),
 * the compiled one under dist/, which the tests build from the current sources before they run
 * (tests/helpers/build-dist.ts).
 */
export function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = new URL('../../dist/batch/worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new UserError('USAGE', (lang) => say(lang).batchErrors.USAGE.noWorker());
}

const WORKER_YOUNG_MB = 6;

interface Slot {
  worker: Worker;
  inFlight: number;
}

export class WorkerPool implements ChunkRunner {
  readonly depth: number;
  private readonly slots: Slot[];
  private readonly waiting = new Map<
    number,
    { resolve: (r: ChunkResult) => void; reject: (e: Error) => void; slot: Slot }
  >();
  private seq = 0;
  private failed: Error | undefined;
  private closing = false;

  constructor(jobs: number) {
    this.depth = jobs * 2;
    const url = workerUrl();
    this.slots = Array.from({ length: jobs }, () => {
      // A small young generation: a worker's garbage dies within a chunk, and two workers with
      // V8's default sizing took 60 MB more resident memory for no measurable gain.
      const worker = new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
      const slot: Slot = { worker, inFlight: 0 };
      slot.worker.on('message', (msg: FromWorker) => this.receive(msg));
      slot.worker.on('error', (e) => this.fail(e));
      slot.worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      return slot;
    });
  }

  configure(config: ScorerConfig): void {
    const msg: ToWorker = { type: 'config', config };
    for (const s of this.slots) s.worker.postMessage(msg);
  }

  submit(chunk: Buffer, scanOnly: boolean): Promise<ChunkResult> {
    if (this.failed) return Promise.reject(this.failed);
    const slot = this.slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    const seq = this.seq++;
    slot.inFlight++;
    const msg: ToWorker = {
      type: 'chunk',
      seq,
      data: chunk.buffer as ArrayBuffer,
      offset: chunk.byteOffset,
      length: chunk.byteLength,
      scanOnly,
    };
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject, slot });
      slot.worker.postMessage(msg, [msg.data]);
    });
  }

  private receive(msg: FromWorker): void {
    const w = this.waiting.get(msg.seq);
    if (!w) return;
    this.waiting.delete(msg.seq);
    w.slot.inFlight--;
    if ('error' in msg) w.reject(new Error(`scoring failed in a worker thread (${msg.error})`));
    else w.resolve(msg.result);
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const w of this.waiting.values()) w.reject(this.failed);
    this.waiting.clear();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
