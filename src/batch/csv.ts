/**
 * CSV as RFC 4180 describes it: comma-separated, fields optionally in double quotes, a quote
 * inside a quoted field doubled, and line breaks allowed inside quotes (so one record may span
 * several lines). Records without any quote, the usual case, take a fast path.
 */
import { say, type Catalogue } from '../base/catalogue/index.js';

export type CsvSyntaxKind = keyof Catalogue['batchInputErrors']['csvSyntax'];

/** A record that is not CSV; the message is the English, `kind` says what is wrong in any language. */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  constructor(readonly kind: CsvSyntaxKind) {
    super(say('en').batchInputErrors.csvSyntax[kind]);
  }
}

/** Splits one record (without its final line break) into fields. */
export function parseCsvRecord(text: string): string[] {
  if (text.indexOf('"') === -1) return text.split(',');
  const fields: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    if (text.charCodeAt(i) === 34 /* " */) {
      let value = '';
      let from = ++i;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q === -1) throw new CsvSyntaxError('unclosed');
        if (text.charCodeAt(q + 1) === 34) {
          value += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += text.slice(from, q);
        i = q + 1;
        break;
      }
      fields.push(value);
      if (i === n) return fields;
      if (text.charCodeAt(i) !== 44 /* , */) throw new CsvSyntaxError('afterQuote');
      i++;
    } else {
      const c = text.indexOf(',', i);
      const end = c === -1 ? n : c;
      const value = text.slice(i, end);
      if (value.includes('"')) throw new CsvSyntaxError('strayQuote');
      fields.push(value);
      if (c === -1) return fields;
      i = c + 1;
    }
    if (i === n) {
      fields.push('');
      return fields;
    }
  }
}

/** Quotes a field when it must be (comma, quote, line break, or leading/trailing space). */
export function csvField(value: string): string {
  if (/[",\r\n]|^\s|\s$/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/**
 * Where the last complete record in buf[0, end) ends: just after the last line break that is not
 * inside quotes, given that buf starts at a record boundary. -1 when no record is complete.
 */
export function lastRecordEnd(buf: Buffer, end: number, quoted: boolean): number {
  if (end <= 0) return -1;
  const q = buf.indexOf(34);
  if (!quoted || q === -1 || q >= end) return buf.lastIndexOf(10, end - 1);
  let inQuotes = false;
  let last = -1;
  for (let i = 0; i < end; i++) {
    const c = buf[i];
    if (c === 34) inQuotes = !inQuotes;
    else if (c === 10 && !inQuotes) last = i;
  }
  return last;
}
