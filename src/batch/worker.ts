/**
 * Worker-thread entry for `batch --jobs N`: receives chunks of input, scores them with the same
 * ChunkScorer as the main thread, and posts the results back. The main thread has read and
 * checked the set; a worker only compiles it, once (the YAML reader is never loaded here).
 */
import { parentPort } from 'node:worker_threads';
import { compileSet, type CompiledSet } from '../core/engine.js';
import type { FromWorker, ToWorker } from './pool.js';
import { ChunkScorer } from './scorer.js';

const port = parentPort;
let scorer: ChunkScorer | undefined;
let compiled: { key: string; cs: CompiledSet } | undefined;

port?.on('message', (msg: ToWorker) => {
  if (msg.type === 'config') {
    const { set } = msg.config;
    const key = `${set.id}@${set.version}`;
    if (compiled?.key !== key) compiled = { key, cs: compileSet(set) };
    scorer = new ChunkScorer(msg.config, compiled.cs);
    return;
  }
  let reply: FromWorker;
  try {
    if (!scorer) throw new Error('chunk before configuration');
    const result = scorer.score(new Uint8Array(msg.data, msg.offset, msg.length), msg.scanOnly);
    reply = { seq: msg.seq, result };
  } catch (e) {
    // The name only: a message could quote record content.
    reply = { seq: msg.seq, error: e instanceof Error ? e.name : typeof e };
  }
  const transfer: ArrayBuffer[] = [];
  if ('result' in reply) {
    if (reply.result.output.byteLength > 0) transfer.push(reply.result.output.buffer as ArrayBuffer);
    if (reply.result.ids.byteLength > 0) transfer.push(reply.result.ids.buffer as ArrayBuffer);
  }
  port.postMessage(reply, transfer);
});
