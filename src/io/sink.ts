/**
 * Where batch output goes. A file is written under a temporary name beside it (temp-files.ts:
 * recognisable, removed on error or signal, swept at the next start if the run was killed) and
 * renamed when the run ends, so input refused for identifying data leaves no output file behind,
 * a run stopped by --strict still keeps every row written, and a full disk leaves the previous
 * file. Standard output is written as rows are made when the input is itself streamed (stdin);
 * for a file input it is spooled first, in the data folder's tmp/ (0700, not the shared /tmp),
 * so that input refused part-way prints nothing.
 */
import { closeSync, createReadStream, fsyncSync, openSync, write } from 'node:fs';
import { dirname, join } from 'node:path';
import { type OutputStream } from './streams.js';
import {
  commitTemp,
  ensurePrivateFolder,
  isSpecialFile,
  openTemp,
  refuseLink,
  releaseTemp,
  writeError,
} from './private-file.js';
import { uncutBySignals } from './temp-files.js';

const FLUSH_AT = 1 << 20;

export type Data = string | Uint8Array;

export interface Sink {
  write(data: Data): Promise<void> | void;
  /** Writes out and syncs everything so far (a full disk shows here, before anything is renamed). */
  finish(): Promise<void>;
  /** Makes the output final (renames the file, or copies the spool to standard output). */
  commit(): Promise<void>;
  /** Drops everything written. */
  abort(): void;
}

/**
 * Writes text to a file block by block (a block is one chunk's rows). The writes run on libuv's
 * thread pool, so that disk time overlaps scoring; one block at a time is in flight, so memory
 * stays bounded. A failed write is a user error naming `shownAs` (the real name, not the temp).
 */
class FileWriter {
  private inFlight: Promise<void> | undefined;
  constructor(
    private fd: number | undefined,
    private readonly shownAs: string,
  ) {}
  /** Queues the bytes (text is turned into bytes at once, so no string outlives its chunk). */
  async write(data: Data): Promise<void> {
    if (data.length === 0 || this.fd === undefined) return;
    const block = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (this.inFlight) await this.inFlight;
    const fd = this.fd;
    this.inFlight = writeAll(fd, block).catch((e: unknown) => {
      throw writeError(e, this.shownAs);
    });
  }
  async close(sync: boolean): Promise<void> {
    if (this.fd === undefined) return;
    await this.inFlight;
    const fd = this.fd;
    this.fd = undefined;
    try {
      if (sync) fsyncSync(fd);
    } catch (e) {
      throw writeError(e, this.shownAs);
    } finally {
      closeSync(fd);
    }
  }
  /**
   * Stops writing; the descriptor is closed only after the write in flight settles, since closing
   * it under a pending write would fail that write (EBADF) with no one to catch it.
   */
  discard(): void {
    const fd = this.fd;
    this.fd = undefined;
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

export function fileSink(path: string): Sink {
  // A device or a pipe (/dev/null, a FIFO, /dev/stdout) is written as it is: renaming a temporary
  // file over it would replace the device with a plain file.
  if (isSpecialFile(path)) {
    let fd: number;
    try {
      fd = openSync(path, 'w');
    } catch (e) {
      throw writeError(e, path);
    }
    const w = new FileWriter(fd, path);
    return {
      write: (data) => w.write(data),
      finish: () => w.close(false),
      commit: () => w.close(false),
      abort: () => w.discard(),
    };
  }
  refuseLink(path);
  const temp = openTemp(path);
  const w = new FileWriter(temp.fd, path);
  const finish = () => w.close(true);
  return {
    write: (data) => w.write(data),
    finish,
    async commit() {
      try {
        await finish();
      } catch (e) {
        releaseTemp(temp.path, true);
        throw e;
      }
      commitTemp(temp.path, path);
    },
    abort() {
      w.discard();
      releaseTemp(temp.path, true);
    },
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
    finish: () => Promise.resolve(),
    async commit() {
      if (pending) await writeStream(stream, pending);
      pending = '';
    },
    abort() {
      pending = '';
    },
  };
}

/** The spool folder: `<dataDir>/tmp`, private to this user. */
export const spoolFolder = (dataDir: string): string => join(dataDir, 'tmp');

export function spooledSink(stream: Drainable, spoolDir: string): Sink {
  ensurePrivateFolder(dirname(spoolDir));
  ensurePrivateFolder(spoolDir);
  const temp = openTemp(join(spoolDir, 'batch-stdout'));
  const w = new FileWriter(temp.fd, spoolDir);
  return {
    write: (data) => w.write(data),
    finish: () => Promise.resolve(),
    async commit() {
      try {
        await w.close(false);
        // Once begun, standard output is written whole: a Ctrl+C meanwhile stops the run after it.
        await uncutBySignals(async () => {
          for await (const chunk of createReadStream(temp.path, {
            encoding: 'utf8',
            highWaterMark: FLUSH_AT,
          }))
            await writeStream(stream, chunk as string);
        });
      } finally {
        releaseTemp(temp.path, true);
      }
    },
    abort() {
      w.discard();
      releaseTemp(temp.path, true);
    },
  };
}
