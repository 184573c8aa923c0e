/**
 * The keys the JSONL byte scanner (json-scan.ts) knows, looked up by their bytes without making
 * a string, and the byte patterns it matches where they stand in a record.
 */
import type { Field } from './fields.js';

const QUOTE = 34;
const BACKSLASH = 92;

/** Bytes to be matched where they stand, four at a time (little-endian words) and then the rest. */
export interface Pattern {
  bytes: Uint8Array;
  words: Uint32Array;
}

export function pattern(text: string): Pattern {
  const bytes = Buffer.from(text, 'latin1');
  const words = new Uint32Array(bytes.length >> 2);
  for (let k = 0; k < words.length; k++) words[k] = bytes.readUInt32LE(k * 4);
  return { bytes, words };
}

export interface Key {
  bytes: Uint8Array;
  /** The key as it stands in the record, quotes included, when it can be matched in place. */
  quoted: Pattern | undefined;
  field: Field;
  /** Index for the repeated-key check. */
  slot: number;
}

/** Keys looked up by their bytes, with no string made. */
export class KeyTable {
  private readonly buckets = new Map<number, Key[]>();
  size = 0;

  add(name: string, field: Field): void {
    const bytes = Buffer.from(name, 'latin1');
    const h = hash(bytes, 0, bytes.length);
    const list = this.buckets.get(h) ?? [];
    // Printable ASCII without a quote or backslash reads the same in JSON as in bytes.
    const plain = bytes.every((b) => b >= 0x20 && b <= 0x7e && b !== QUOTE && b !== BACKSLASH);
    const quoted = plain ? pattern(`"${name}"`) : undefined;
    const key = { bytes, quoted, field, slot: this.size++ };
    list.push(key);
    this.buckets.set(h, list);
  }

  /** The key that followed each key last time: records list their keys in the same order. */
  private readonly next: (Key | undefined)[] = [];
  private first: Key | undefined;

  /** The key expected after `after` (undefined: the object's first key): the one that followed it last time. */
  guess(after: Key | undefined): Key | undefined {
    return after === undefined ? this.first : this.next[after.slot];
  }

  /** Looks a key up; `after` is the key before it in this object, or undefined for the first. */
  find(buf: Uint8Array, start: number, end: number, after: Key | undefined): Key | undefined {
    const guess = this.guess(after);
    if (guess !== undefined && same(guess.bytes, buf, start, end)) return guess;
    const list = this.buckets.get(hash(buf, start, end));
    let found: Key | undefined;
    if (list) for (const k of list) if (same(k.bytes, buf, start, end)) found = k;
    if (found) {
      if (after === undefined) this.first = found;
      else this.next[after.slot] = found;
    }
    return found;
  }
}

/** Compares from the end: ids share long prefixes ("nhrck16.purpose."). */
function same(bytes: Uint8Array, buf: Uint8Array, start: number, end: number): boolean {
  if (bytes.length !== end - start) return false;
  for (let i = bytes.length - 1; i >= 0; i--) if (bytes[i] !== buf[start + i]) return false;
  return true;
}

function hash(buf: Uint8Array, start: number, end: number): number {
  let h = 2166136261;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 16777619);
  return h >>> 0;
}
