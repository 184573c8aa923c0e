/**
 * A one-line progress display on standard error, only when it is a terminal (a log file or a
 * pipe gets nothing): records scored, records per second, and, when the input's size is known
 * (files, not stdin), the share done and the time left.
 */
import type { OutputStream } from '../io/streams.js';

const EVERY_MS = 250;

export class Progress {
  private readonly start: number;
  private last = 0;
  private shown = false;
  private bytes = 0;
  private records = 0;

  constructor(
    private readonly stream: OutputStream,
    private readonly totalBytes: number | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.start = now();
  }

  static for(stream: OutputStream, totalBytes: number | undefined): Progress | undefined {
    return stream.isTTY === true ? new Progress(stream, totalBytes) : undefined;
  }

  read(bytes: number): void {
    this.bytes += bytes;
  }

  scored(records: number): void {
    this.records += records;
    const t = this.now();
    if (t - this.last < EVERY_MS) return;
    this.last = t;
    this.stream.write(`\r${this.line(t)}\u001b[K`);
    this.shown = true;
  }

  line(t: number): string {
    const secs = Math.max((t - this.start) / 1000, 1e-3);
    const rate = this.records / secs;
    let text = `${this.records.toLocaleString('en-US')} records · ${Math.round(rate).toLocaleString('en-US')}/s`;
    if (this.totalBytes && this.bytes > 0) {
      const done = Math.min(this.bytes / this.totalBytes, 1);
      const left = done > 0 ? (secs * (1 - done)) / done : 0;
      text += ` · ${Math.floor(done * 100)}% · ETA ${clock(left)}`;
    }
    return text;
  }

  /** Clears the line so that the summary starts on a clean one. */
  done(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  const h = Math.floor(m / 60);
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m % 60)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}
