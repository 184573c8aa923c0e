/**
 * A chunk's output rows, written as bytes as they are made, into a buffer of the chunk's own
 * (a worker transfers it to the main thread, so it is never shared with Node's small-buffer pool
 * and never reused). Writing each row where it goes costs one copy; joining the rows into one
 * string first and encoding that cost two, and measuring its length a third.
 */
const MIN_BYTES = 1 << 14;

export class RowBuffer {
  private bytes: Buffer;
  private length = 0;

  constructor(expected: number) {
    this.bytes = Buffer.allocUnsafeSlow(Math.max(MIN_BYTES, expected));
  }

  /** Adds a row, as UTF-8 (a UTF-16 code unit takes at most three bytes). */
  push(row: string): void {
    const most = row.length * 3;
    if (this.length + most > this.bytes.length) this.grow(this.length + most);
    this.length += this.bytes.write(row, this.length, 'utf8');
  }

  /** The rows so far; the buffer is not written to again. */
  done(): Uint8Array {
    return this.length === 0 ? EMPTY : this.bytes.subarray(0, this.length);
  }

  private grow(need: number): void {
    const next = Buffer.allocUnsafeSlow(Math.max(need, this.bytes.length * 2));
    this.bytes.copy(next, 0, 0, this.length);
    this.bytes = next;
  }
}

const EMPTY = new Uint8Array(0);
