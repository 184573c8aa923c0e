/**
 * Reads a file the tool is given to check (a set, overlay, crosswalk, scenario, answers file,
 * training result or settings file) before any parser sees it: the size is checked with fstat
 * before reading, and reading stops one byte past the limit whatever the file claims (a pipe or
 * /dev/zero has no size); the bytes must be UTF-8 and the text must hold no bidirectional control
 * characters, which could make a line of a set read differently from what the tool scores. Each
 * refusal names the file and, where there is one, the line and column; none prints the content.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { isUtf8 } from 'node:buffer';
import { EXIT, UserError, type Problem } from '../base/errors.js';
import { catalogue, say } from '../base/catalogue/index.js';
import { cannotRead, shown } from './file-checks.js';
import { BIDI_CONTROLS } from '../base/safe-text.js';

const MiB = 1024 * 1024;

/** Far above any real file of each kind, far below what would take the tool long to check. */
export const INPUT_LIMITS = {
  set: 4 * MiB,
  crosswalk: 4 * MiB,
  scenario: 2 * MiB,
  answers: 2 * MiB,
  result: 2 * MiB,
  config: 1 * MiB,
  mapping: 1 * MiB,
} as const;
export type InputKind = keyof typeof INPUT_LIMITS;

const exitFor = (kind: InputKind): number => (kind === 'answers' ? EXIT.record : EXIT.usage);

const mib = (n: number): string => `${Math.round((n / MiB) * 10) / 10} MiB`;

function tooLarge(file: string, kind: InputKind): UserError {
  return new UserError(
    'FILE_TOO_LARGE',
    (lang) => say(lang).ioErrors.FILE_TOO_LARGE(shown(file), mib(INPUT_LIMITS[kind]), kind),
    { exitCode: exitFor(kind) },
  );
}

/** Reads a file of the given kind, refusing it before reading when it is over the limit. */
export function readInputFile(file: string, kind: InputKind): string {
  const limit = INPUT_LIMITS[kind];
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw readError(file, e, kind);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw readError(file, { code: 'EISDIR' }, kind);
    if (stat.isFile() && stat.size > limit) throw tooLarge(file, kind);
    const buf = Buffer.allocUnsafe(Math.min(limit + 1, stat.isFile() ? stat.size + 1 : limit + 1));
    let have = 0;
    let grown = buf;
    for (;;) {
      if (have === grown.length) {
        if (have > limit) throw tooLarge(file, kind);
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, grown.length * 2 + 4096));
        grown.copy(bigger, 0, 0, have);
        grown = bigger;
      }
      const n = readSync(fd, grown, have, grown.length - have, null);
      if (n === 0) break;
      have += n;
    }
    if (have > limit) throw tooLarge(file, kind);
    return decodeInput(grown.subarray(0, have), file, kind);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw readError(file, e, kind);
  } finally {
    closeSync(fd);
  }
}

/** Reads standard input with the same limit, stopping as soon as it is passed. */
export async function readInputStream(stream: Readable, file: string, kind: InputKind): Promise<string> {
  const limit = INPUT_LIMITS[kind];
  const chunks: Buffer[] = [];
  let have = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    have += b.length;
    if (have > limit) throw tooLarge(file, kind);
    chunks.push(b);
  }
  return decodeInput(Buffer.concat(chunks), file, kind);
}

/**
 * A file refused before it was parsed (too large, not UTF-8, hostile YAML), as one problem among
 * those of other files: its message and code, in English and in Korean.
 */
export function refusalProblem(file: string, e: UserError): Problem {
  const ko = e.localized?.('ko').message;
  return { file, message: `${e.message} [${e.code}]`, ...(ko ? { ko: `${ko} [${e.code}]` } : {}) };
}

function readError(file: string, e: unknown, kind: InputKind): UserError {
  return cannotRead(file, e, { exitCode: exitFor(kind) });
}

const BIDI = new RegExp(BIDI_CONTROLS.source, 'g');
const MAX_LISTED = 20;

/** UTF-8 bytes to text, refusing invalid bytes and bidirectional controls with their positions. */
export function decodeInput(buf: Buffer, file: string, kind: InputKind): string {
  if (!isUtf8(buf)) {
    const at = firstInvalidUtf8(buf);
    const pos = bytePosition(buf, at);
    const { en, ko } = catalogue;
    throw new UserError('NOT_UTF8', (lang) => say(lang).ioErrors.NOT_UTF8.file(shown(file)), {
      exitCode: exitFor(kind),
      problems: [{ file, ...pos, message: en.ioErrors.NOT_UTF8.byte(), ko: ko.ioErrors.NOT_UTF8.byte() }],
    });
  }
  const text = buf.toString('utf8');
  BIDI.lastIndex = 0;
  if (BIDI.test(text)) {
    const problems: Problem[] = [];
    let count = 0;
    const lines = lineStarts(text);
    BIDI.lastIndex = 0;
    const { en, ko } = catalogue;
    for (let m = BIDI.exec(text); m; m = BIDI.exec(text)) {
      count++;
      if (problems.length >= MAX_LISTED) continue;
      const codePoint = `U+${m[0].codePointAt(0)!.toString(16).toUpperCase()}`;
      problems.push({
        file,
        ...textPosition(lines, m.index),
        message: en.ioErrors.BIDI_CONTROL.character(codePoint),
        ko: ko.ioErrors.BIDI_CONTROL.character(codePoint),
      });
    }
    const more = count - MAX_LISTED;
    if (more > 0)
      problems.push({
        file,
        message: en.ioErrors.BIDI_CONTROL.more(more),
        ko: ko.ioErrors.BIDI_CONTROL.more(more),
        more,
      });
    throw new UserError('BIDI_CONTROL', (lang) => say(lang).ioErrors.BIDI_CONTROL.file(shown(file), count), {
      exitCode: exitFor(kind),
      problems,
    });
  }
  return text;
}

/** Offsets where each line begins, for positions by binary search. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column (in UTF-16 units, as editors and the YAML parser count) of an offset. */
export function textPosition(starts: number[], offset: number): { line: number; col: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - starts[lo]! + 1 };
}

function bytePosition(buf: Buffer, at: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = buf.indexOf(0x0a); i >= 0 && i < at; i = buf.indexOf(0x0a, i + 1)) {
    line++;
    start = i + 1;
  }
  // The bytes before it on its line are valid, so they decode to whole characters.
  return { line, col: buf.subarray(start, at).toString('utf8').length + 1 };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0 || !wellFormed(buf, i, n)) return i;
    i += n + 1;
  }
  return i;
}

function wellFormed(buf: Buffer, i: number, n: number): boolean {
  if (i + n >= buf.length) return false;
  const b0 = buf[i]!;
  const b1 = buf[i + 1]!;
  // Overlong forms, surrogates and code points past U+10FFFF.
  const lo = b0 === 0xe0 ? 0xa0 : b0 === 0xf0 ? 0x90 : 0x80;
  const hi = b0 === 0xed ? 0x9f : b0 === 0xf4 ? 0x8f : 0xbf;
  if (b1 < lo || b1 > hi) return false;
  for (let k = 2; k <= n; k++) if ((buf[i + k]! & 0xc0) !== 0x80) return false;
  return true;
}
