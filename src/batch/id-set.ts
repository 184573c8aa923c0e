/**
 * A compact set of record ids, for finding ids that repeat across millions of records. An id is
 * kept as a 64-bit fingerprint (two 32-bit hashes) in an open-addressing table of 32-bit words:
 * 8 bytes a slot, at most about 11 bytes an id, against 60 or more for a Set of strings. Two
 * different ids share a fingerprint with odds near n²/2⁶⁵ (about 1 in 300,000 for ten million),
 * acceptable for a warning. The table stops growing at MAX_SLOTS; past that the check is
 * incomplete and says so (`full`), rather than take unbounded memory.
 */

const MAX_SLOTS = 1 << 24; // 128 MB, about 11.7 million ids
const LOAD = 0.7;

/** Two independent 32-bit hashes of the id's UTF-16 code units (FNV-1a and a multiplicative mix). */
export function hashId(id: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ id.length;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b ^= b >>> 16;
  return [a >>> 0, b >>> 0];
}

export class IdSet {
  private table = new Uint32Array(2 * 1024);
  private mask = 1023;
  size = 0;
  /** True once the table is at its limit: later ids are not checked. */
  full = false;

  get bytes(): number {
    return this.table.byteLength;
  }

  /** Adds a fingerprint; false when it was already there (a repeated id). */
  add(a: number, b: number): boolean {
    // (0, 0) marks an empty slot.
    if (a === 0 && b === 0) b = 1;
    if (this.size + 1 > (this.mask + 1) * LOAD) {
      if (2 * (this.mask + 1) > MAX_SLOTS) {
        this.full = true;
        return !this.has(a, b);
      }
      this.grow();
    }
    const t = this.table;
    let i = a & this.mask;
    for (;;) {
      const x = t[2 * i]!;
      const y = t[2 * i + 1]!;
      if (x === 0 && y === 0) {
        t[2 * i] = a;
        t[2 * i + 1] = b;
        this.size++;
        return true;
      }
      if (x === a && y === b) return false;
      i = (i + 1) & this.mask;
    }
  }

  private has(a: number, b: number): boolean {
    const t = this.table;
    for (let i = a & this.mask; ; i = (i + 1) & this.mask) {
      const x = t[2 * i]!;
      const y = t[2 * i + 1]!;
      if (x === 0 && y === 0) return false;
      if (x === a && y === b) return true;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2)
      if (old[i] !== 0 || old[i + 1] !== 0) this.add(old[i]!, old[i + 1]!);
  }
}
