/**
 * Where batch output goes. A file is written under a temporary name beside it and renamed when
 * the run ends, so input refused for identifying data leaves no output file behind, and a run
 * stopped by --strict still keeps every row written. Standard output is written as rows are made
 * when the input is itself streamed (stdin); for a file input it is spooled first, so that input
 * refused part-way prints nothing.
 */
import { closeSync, createReadStream, openSync, renameSync, rmSync, write } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { OutputStream } from '../ui/output.js';
import { isSpecialFile } from '../private-file.js';

const FLUSH_AT = 1 << 20;

export type Data = string | Uint8Array;

export interface Sink {
  write(data: Data): Promise<void> | void;
  /** Makes the output final (renames the file, or copies the spool to standard output). */
  commit(): Promise<void>;
  /** Drops everything written. */
  abort(): void;
}

/**
 * Writes text to a file block by block (a block is one chunk's rows). The writes run on libuv's
 * thread pool, so that disk time overlaps scoring; one block at a time is in flight, so memory
 * stays bounded.
 */
class FileWriter {
  private fd: number | undefined;
  private inFlight: Promise<void> | undefined;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'w', 0o600);
  }
  /** Queues the bytes (text is turned into bytes at once, so no string outlives its chunk). */
  async write(data: Data): Promise<void> {
    if (data.length === 0 || this.fd === undefined) return;
    const block = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (this.inFlight) await this.inFlight;
    this.inFlight = writeAll(this.fd, block);
  }
  async close(): Promise<void> {
    if (this.fd === undefined) return;
    await this.inFlight;
    closeSync(this.fd);
    this.fd = undefined;
  }
  /**
   * Removes the file at once; the descriptor is closed only after the write in flight settles,
   * since closing it under a pending write would fail that write (EBADF) with no one to catch it.
   */
  discard(remove = true): void {
    const fd = this.fd;
    this.fd = undefined;
    if (remove) rmSync(this.path, { force: true });
    if (fd === undefined) return;
    const pending = this.inFlight ?? Promise.resolve();
    this.inFlight = undefined;
    void pending.then(
      () => closeSync(fd),
      () => closeSync(fd),
    );
  }
}

async function writeAll(fd: number, block: Uint8Array): Promise<void> {
  let at = 0;
  while (at < block.length) {
    const { bytesWritten } = await new Promise<{ bytesWritten: number }>((resolve, reject) =>
      write(fd, block, at, block.length - at, null, (err, bytesWritten) =>
        err ? reject(err) : resolve({ bytesWritten }),
      ),
    );
    at += bytesWritten;
  }
}

let counter = 0;
const tempName = (dir: string, name: string) =>
  join(dir, `.${name}.${process.pid}.${Date.now().toString(36)}.${counter++}.partial`);

export function fileSink(path: string): Sink {
  // A device or a pipe (/dev/null, a FIFO, /dev/stdout) is written as it is: renaming a temporary
  // file over it would replace the device with a plain file.
  if (isSpecialFile(path)) {
    const w = new FileWriter(path);
    return { write: (data) => w.write(data), commit: () => w.close(), abort: () => w.discard(false) };
  }
  const w = new FileWriter(tempName(dirname(path), basename(path)));
  return {
    write: (data) => w.write(data),
    async commit() {
      await w.close();
      renameSync(w.path, path);
    },
    abort: () => w.discard(),
  };
}

type Drainable = OutputStream & { once?: (event: 'drain', cb: () => void) => unknown };

/** Writes to a stream, waiting for it to drain when it asks to (a slow pipe must not fill memory). */
async function writeStream(stream: Drainable, text: string): Promise<void> {
  if (stream.write(text) === false && typeof stream.once === 'function')
    await new Promise<void>((resolve) => stream.once!('drain', resolve));
}

export function streamSink(stream: Drainable): Sink {
  let pending = '';
  return {
    async write(data) {
      pending +=
        typeof data === 'string'
          ? data
          : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
      if (pending.length >= FLUSH_AT / 4) {
        const out = pending;
        pending = '';
        await writeStream(stream, out);
      }
    },
    async commit() {
      if (pending) await writeStream(stream, pending);
      pending = '';
    },
    abort() {
      pending = '';
    },
  };
}

export function spooledSink(stream: Drainable): Sink {
  const w = new FileWriter(tempName(tmpdir(), 'tip-screen-batch'));
  return {
    write: (data) => w.write(data),
    async commit() {
      await w.close();
      try {
        for await (const chunk of createReadStream(w.path, { encoding: 'utf8', highWaterMark: FLUSH_AT }))
          await writeStream(stream, chunk as string);
      } finally {
        rmSync(w.path, { force: true });
      }
    },
    abort: () => w.discard(),
  };
}
