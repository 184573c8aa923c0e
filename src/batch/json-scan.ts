/**
 * Reads the usual JSONL record straight from its bytes into the encoder, without building the
 * object JSON.parse would: `{"id": ..., "facts": {...}, "answers": {...}}` (or flat), plain ASCII
 * strings, numbers, true/false/null, keys that are the set's ids. Parsing is most of the cost of
 * batch scoring and almost every record has this shape. Anything else (an escape, a non-ASCII
 * byte, an unknown or repeated key, a nested value, a value that is no answer) makes scan()
 * return false, and the caller takes the general path: JSON.parse, encodeObject, explain. The
 * two paths are held equal by tests.
 */
import type { CompiledSet } from '../core/engine.js';
import type { RecordEncoder } from './encode.js';
import { FIELD } from './fields.js';
import { KeyTable, pattern, type Key, type Pattern } from './json-keys.js';

const FAIL = Symbol('fail');
type Scalar = string | number | boolean | null;

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN = 123;
const CLOSE = 125;
const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;
/** A key JSON.parse puts first, whatever its place: an array index. */
const INDEX = /^(0|[1-9][0-9]{0,9})$/;
/** Unknown top-level keys the fast path reports; a record with more goes the general way. */
const MAX_UNKNOWN = 20;

/** The canonical answers by their first letter (y, n, u, d), as they stand in a record. */
const ANSWER_BY_FIRST: ({ value: string; quoted: Pattern } | undefined)[] = [];
for (const value of ['yes', 'no', 'unknown', 'declined'])
  ANSWER_BY_FIRST[value.charCodeAt(0)] = { value, quoted: pattern(`"${value}"`) };

export class JsonScanner {
  private readonly top = new KeyTable();
  private readonly facts = new KeyTable();
  private readonly answers = new KeyTable();
  private readonly seen: Uint32Array;
  private record = 0;
  private buf: Buffer = Buffer.alloc(0);
  /** The same bytes as buf, read four at a time. */
  private view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  private pos = 0;
  private end = 0;
  /** After key(): where an unknown key (well formed, not the table's) starts and ends, or -1. */
  private unknownFrom = -1;
  private unknownTo = -1;

  /**
   * After scan() returned false: true when the record was read to its end and all of it was good
   * but for top-level keys that are no field of the set (a column an export adds, say) or answers
   * to ids it does not have; those are in `unknown`, in record order, with their values. The caller reports them without reading the
   * record again.
   */
  onlyUnknown = false;
  readonly unknown: { key: string; value: Scalar; inAnswers: boolean }[] = [];

  constructor(
    private readonly enc: RecordEncoder,
    cs: CompiledSet,
    label: string | undefined,
  ) {
    const names = ['id', 'facts', 'answers', ...cs.indicatorIndex.keys(), ...cs.factIndex.keys()];
    if (label !== undefined) names.push(label);
    for (const name of new Set(names)) this.top.add(name, enc.field(name));
    for (const id of cs.factIndex.keys()) this.facts.add(id, enc.inner(id, FIELD.fact));
    for (const id of cs.indicatorIndex.keys()) this.answers.add(id, enc.inner(id, FIELD.indicator));
    this.seen = new Uint32Array(this.top.size);
  }

  /** Reads buf[start, end) into the encoder; false when the general path must read it. */
  scan(buf: Buffer, start: number, end: number): boolean {
    if (buf !== this.buf) this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    this.buf = buf;
    this.pos = start;
    this.end = end;
    this.record++;
    this.enc.reset();
    this.onlyUnknown = false;
    this.unknown.length = 0;
    let hasId = false;
    this.ws();
    if (buf[this.pos] !== OPEN) return false;
    this.pos++;
    this.ws();
    if (buf[this.pos] === CLOSE) return false; // no id
    let prev: Key | undefined;
    for (;;) {
      const key = this.key(this.top, prev);
      if (!key) {
        if (!this.unknownScalar()) return false;
      } else if (this.seen[key.slot] === this.record)
        return false; // JSON.parse keeps the last one
      else if (!this.field(key)) return false;
      else {
        prev = key;
        if (key.field.kind === FIELD.id) hasId = true;
      }
      this.ws();
      const c = buf[this.pos];
      this.pos++;
      if (c === CLOSE) break;
      if (c !== COMMA) return false;
      this.ws();
    }
    this.ws();
    const whole = hasId && this.pos === this.end;
    if (this.unknown.length) {
      this.onlyUnknown = whole;
      return false;
    }
    return whole;
  }

  /** A known top-level field and its value, read into the encoder. */
  private field(key: Key): boolean {
    this.seen[key.slot] = this.record;
    const f = key.field;
    if (f.kind === FIELD.factsObject || f.kind === FIELD.answersObject)
      return this.object(f.kind === FIELD.factsObject ? this.facts : this.answers);
    const v = this.scalar(f.kind === FIELD.indicator);
    if (v === FAIL) return false;
    if (f.kind === FIELD.indicator) return this.enc.setAnswer(f, v);
    if (f.kind === FIELD.fact) return this.enc.setFact(f, v);
    if (f.kind === FIELD.id) return this.enc.setId(v);
    if (f.kind === FIELD.label) {
      this.enc.setLabel(f, v);
      return true;
    }
    return false;
  }

  /**
   * The scalar value of the unknown key key() just met, kept in `unknown`. A key JSON.parse would
   * order differently (an array index), keep only once (a repeat) or take for the prototype
   * (__proto__), a nested value, or too many such keys, are left to the general path.
   */
  private unknownScalar(inAnswers = false): boolean {
    if (this.unknownFrom < 0 || this.unknown.length >= MAX_UNKNOWN) return false;
    const key = this.buf.toString('latin1', this.unknownFrom, this.unknownTo);
    if (INDEX.test(key) || key === '__proto__') return false;
    // A repeat, here or between the top level and the answers, is one key to the general path.
    if (this.unknown.some((u) => u.key === key)) return false;
    const value = this.scalar(false);
    if (value === FAIL) return false;
    this.unknown.push({ key, value, inAnswers });
    return true;
  }

  /** A nested "facts" or "answers" object of scalars (or null), read into the encoder. */
  private object(keys: KeyTable): boolean {
    const buf = this.buf;
    if (buf[this.pos] === 110 /* n */) return this.literal('null') === null;
    if (buf[this.pos] !== OPEN) return false;
    this.pos++;
    this.ws();
    if (buf[this.pos] === CLOSE) {
      this.pos++;
      return true;
    }
    const answers = keys === this.answers;
    let prev: Key | undefined;
    for (;;) {
      const key = this.key(keys, prev);
      if (!key) {
        // An id the set does not have, among the answers: reported like one at the top level.
        if (!answers || !this.unknownScalar(true)) return false;
      } else {
        prev = key;
        const v = this.scalar(answers);
        if (v === FAIL) return false;
        if (!(answers ? this.enc.setAnswer(key.field, v) : this.enc.setFact(key.field, v))) return false;
      }
      this.ws();
      const c = buf[this.pos];
      this.pos++;
      if (c === CLOSE) return true;
      if (c !== COMMA) return false;
      this.ws();
    }
  }

  /**
   * A key and its colon; undefined when it is not one of the table's. Records of one file list
   * their keys in the same order, so the key that followed last time is first compared where it
   * stands, quotes included, before the key is read as a string and looked up.
   */
  private key(keys: KeyTable, after: Key | undefined): Key | undefined {
    const guess = keys.guess(after);
    const quoted = guess?.quoted;
    if (quoted !== undefined && this.at(quoted)) {
      this.pos += quoted.bytes.length;
      if (this.buf[this.pos] === COLON) this.pos++;
      else {
        this.ws();
        if (this.buf[this.pos] !== COLON) return undefined;
        this.pos++;
      }
      this.ws();
      return guess;
    }
    this.unknownFrom = -1;
    const from = this.pos + 1;
    const to = this.string();
    if (to < 0) return undefined;
    this.ws();
    if (this.buf[this.pos] !== COLON) return undefined;
    this.pos++;
    this.ws();
    const found = keys.find(this.buf, from, to, after);
    if (!found) {
      this.unknownFrom = from;
      this.unknownTo = to;
    }
    return found;
  }

  /** Whether the pattern stands at the position (compared from the end: ids share long prefixes). */
  private at({ bytes, words }: Pattern): boolean {
    const buf = this.buf;
    const pos = this.pos;
    if (pos + bytes.length > this.end) return false;
    for (let i = bytes.length - 1; i >= words.length * 4; i--) if (bytes[i] !== buf[pos + i]) return false;
    const view = this.view;
    for (let k = words.length - 1; k >= 0; k--)
      if (view.getUint32(pos + k * 4, true) !== words[k]) return false;
    return true;
  }

  /** Skips a plain ASCII string; returns where its content ends, or -1. */
  private string(): number {
    const buf = this.buf;
    if (buf[this.pos] !== QUOTE) return -1;
    for (let i = this.pos + 1; i < this.end; i++) {
      const c = buf[i]!;
      if (c === QUOTE) {
        this.pos = i + 1;
        return i;
      }
      if (c === BACKSLASH || c < 0x20 || c > 0x7e) return -1;
    }
    return -1;
  }

  private scalar(answer: boolean): Scalar | typeof FAIL {
    const buf = this.buf;
    const c = buf[this.pos]!;
    if (c === QUOTE) {
      // The four answers are most of the values: recognise them in place, closing quote included.
      if (answer) {
        const word = ANSWER_BY_FIRST[buf[this.pos + 1]!];
        if (word !== undefined && this.at(word.quoted)) {
          this.pos += word.quoted.bytes.length;
          return word.value;
        }
      }
      const from = this.pos + 1;
      const to = this.string();
      if (to < 0) return FAIL;
      return buf.toString('latin1', from, to);
    }
    if (c === 116) return this.literal('true');
    if (c === 102) return this.literal('false');
    if (c === 110) return this.literal('null');
    if (c === 45 || (c >= 48 && c <= 57)) {
      let i = this.pos;
      for (; i < this.end; i++) {
        const d = buf[i]!;
        if (!((d >= 48 && d <= 57) || d === 45 || d === 43 || d === 46 || d === 101 || d === 69)) break;
      }
      const text = buf.toString('latin1', this.pos, i);
      if (!NUMBER.test(text)) return FAIL;
      this.pos = i;
      return Number(text);
    }
    return FAIL;
  }

  private literal(word: 'true' | 'false' | 'null'): Scalar | typeof FAIL {
    for (let k = 0; k < word.length; k++) if (this.buf[this.pos + k] !== word.charCodeAt(k)) return FAIL;
    this.pos += word.length;
    return word === 'true' ? true : word === 'false' ? false : null;
  }

  private ws(): void {
    const buf = this.buf;
    while (this.pos < this.end) {
      const c = buf[this.pos];
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
      this.pos++;
    }
  }
}
