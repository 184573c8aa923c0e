/**
 * Walks a chunk of input record by record, on the bytes: a record is a line, or for CSV as many
 * lines as a quoted field's line breaks take. Line numbers count from the chunk's start; the
 * caller adds the chunk's offset.
 */
const LF = 10;
const QUOTE = 34;
const CR = 13;

export class RecordCursor {
  /** The current record's first line, and the last line read so far (both from 1). */
  first = 0;
  line = 0;
  /** The current record's bytes: start to textEnd, without its line break (or a CR before it). */
  start = 0;
  textEnd = 0;
  private pos = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly csv: boolean,
  ) {}

  /** Moves to the next record; false at the end of the chunk. */
  next(): boolean {
    const { bytes } = this;
    if (this.pos >= bytes.length) return false;
    let end = bytes.indexOf(LF, this.pos);
    if (end === -1) end = bytes.length;
    this.line++;
    this.first = this.line;
    if (this.csv) end = this.quotedEnd(end);
    this.start = this.pos;
    this.textEnd = end > this.pos && bytes[end - 1] === CR ? end - 1 : end;
    this.pos = end + 1;
    return true;
  }

  /** A quoted CSV field may hold line breaks: the record goes on until its quotes balance. */
  private quotedEnd(end: number): number {
    const { bytes } = this;
    const len = bytes.length;
    let q = bytes.indexOf(QUOTE, this.pos);
    if (q === -1 || q >= end) return end;
    let open = false;
    for (;;) {
      for (; q < end; q++) if (bytes[q] === QUOTE) open = !open;
      if (!open || end === len) return end;
      q = end + 1;
      const next = bytes.indexOf(LF, end + 1);
      end = next === -1 ? len : next;
      this.line++;
    }
  }
}

/** Blank lines are skipped (and still counted). Most lines start with "{" or a letter. */
export function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const c = text.charCodeAt(0);
  if (c !== 32 && c !== 9 && c !== 13) return false;
  return text.trim() === '';
}
