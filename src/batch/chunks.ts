/**
 * Reads input in chunks of about 128 KB that end on a record boundary, so that memory stays flat
 * whatever the input size and each chunk can be scored on its own (on this thread or in a
 * worker). Every chunk is a fresh buffer the caller owns and may transfer to a worker.
 * Files are read with plain blocking reads into one buffer at a time: for a command-line run
 * that is faster than a stream and needs no more memory.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { EXIT, UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import { lastRecordEnd } from './csv.js';

// Small enough that a chunk's records and rows die young (larger chunks measurably raised peak
// RSS), large enough that passing a chunk to a worker costs little next to scoring it.
export const CHUNK_BYTES = 1 << 17;

export type Source = { path: string } | { stream: Readable };

export interface ChunkOptions {
  /** CSV records may span lines inside quotes. */
  csv: boolean;
  chunkBytes?: number;
  /** Called with the number of bytes read, for progress. */
  onRead?: (bytes: number) => void;
}

export async function* readChunks(src: Source, opts: ChunkOptions): AsyncGenerator<Buffer> {
  const size = opts.chunkBytes ?? CHUNK_BYTES;
  let buf: Buffer = Buffer.allocUnsafeSlow(size);
  let have = 0;
  // Returns the complete records read so far, keeping the rest for the next chunk.
  const take = (): Buffer | undefined => {
    const cut = lastRecordEnd(buf, have, opts.csv) + 1;
    if (cut === 0) {
      if (have === buf.length) buf = grow(buf, have);
      return undefined;
    }
    const chunk = buf.subarray(0, cut);
    const next = Buffer.allocUnsafeSlow(Math.max(size, have - cut));
    buf.copy(next, 0, cut, have);
    have -= cut;
    buf = next;
    return chunk;
  };

  if ('path' in src) {
    const fd = openSync(src.path, 'r');
    try {
      for (;;) {
        if (have === buf.length) buf = grow(buf, have);
        const n = readSync(fd, buf, have, buf.length - have, null);
        if (n === 0) break;
        have += n;
        opts.onRead?.(n);
        if (have < buf.length) continue;
        const chunk = take();
        if (chunk) yield chunk;
      }
    } finally {
      closeSync(fd);
    }
  } else {
    for await (const piece of src.stream) {
      const data: Buffer = Buffer.isBuffer(piece) ? piece : Buffer.from(String(piece));
      opts.onRead?.(data.length);
      let from = 0;
      while (from < data.length) {
        if (have === buf.length) buf = grow(buf, have);
        const n = data.copy(buf, have, from);
        from += n;
        have += n;
        // Piped input may trickle in: score what has come once there is a little of it.
        if (have >= size / 4) {
          const chunk = take();
          if (chunk) yield chunk;
        }
      }
    }
  }
  if (have > 0) yield buf.subarray(0, have);
}

/** No real record comes near this; a longer one is refused before it can take the memory. */
export const MAX_RECORD_BYTES = 1 << 20;

/** A record longer than the buffer: double it, up to the record limit. */
function grow(buf: Buffer, have: number): Buffer {
  if (have >= MAX_RECORD_BYTES)
    throw new UserError('RECORD_TOO_LARGE', (lang) => say(lang).batchInputErrors.RECORD_TOO_LARGE.record(), {
      exitCode: EXIT.record,
    });
  const bigger = Buffer.allocUnsafeSlow(buf.length * 2);
  buf.copy(bigger, 0, 0, have);
  return bigger;
}
