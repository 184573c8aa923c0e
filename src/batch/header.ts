/**
 * The CSV header: split off the first chunk, and checked before any row is read. Every column
 * must be the id, the label, a fact or an indicator of the set (after --map), or be ignored by
 * the mapping; a header that is wrong would make every row wrong, so it is a usage error.
 */
import { isUtf8 } from 'node:buffer';
import { suggestIndicator } from '../core/check-input.js';
import type { CompiledSet } from '../core/engine.js';
import { UserError, type Problem } from '../base/errors.js';
import { inBoth, say } from '../base/catalogue/index.js';
import { parseCsvRecord, CsvSyntaxError } from './csv.js';
import { RecordEncoder } from './encode.js';
import { FIELD } from './fields.js';
import type { Mapping } from './mapping.js';
import { keyKind, nameKind, type PiiFindings } from '../guard/records.js';

export interface SplitHeader {
  fields: string[];
  /** Physical lines the header took (more than one if a quoted name holds a line break). */
  lines: number;
  /** The rest of the first chunk: data rows. */
  rest: Buffer;
}

/** Splits the header record off the first chunk (chunks always end on a record boundary). */
export function splitHeader(chunk: Buffer): SplitHeader {
  let inQuotes = false;
  let lines = 1;
  let end = chunk.length;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i];
    if (c === 34) inQuotes = !inQuotes;
    else if (c === 10) {
      if (!inQuotes) {
        end = i;
        break;
      }
      lines++;
    }
  }
  let text = chunk.toString('utf8', 0, end > 0 && chunk[end - 1] === 13 ? end - 1 : end);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // A CsvSyntaxError here is about the header line: splitCsvHeader says so.
  const fields = parseCsvRecord(text);
  return { fields, lines, rest: chunk.subarray(Math.min(end + 1, chunk.length)) };
}

/** splitHeader for the batch command: text that is not UTF-8, or not CSV, is a usage error. */
export function splitCsvHeader(chunk: Buffer, name: string): SplitHeader {
  // Excel on Korean Windows saves "CSV" as CP949 (EUC-KR): every Hangul header would come out as
  // replacement characters and be reported as an unknown column, which says nothing useful.
  if (!isUtf8(chunk)) {
    const stem = name === '<stdin>' ? undefined : name.replace(/\.csv$/i, '');
    throw new UserError('USAGE', (lang) => say(lang).batchInputErrors.USAGE.notUtf8(name, stem));
  }
  try {
    return splitHeader(chunk);
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    const { kind } = e;
    throw new UserError('USAGE', (lang) => {
      const said = say(lang).batchInputErrors;
      return said.USAGE.csvHeader(name, said.csvSyntax[kind]);
    });
  }
}

/** Problems with the header's columns (names are the user's own column names, not data). */
export function headerProblems(
  fields: string[],
  cs: CompiledSet,
  mapping: Mapping,
  label: string | undefined,
  file: string,
): Problem[] {
  const enc = new RecordEncoder(cs, mapping, label);
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  let hasId = false;
  fields.forEach((name, c) => {
    const f = enc.field(name);
    if (f.kind === FIELD.ignore) return;
    if (f.kind === FIELD.id) hasId = true;
    if (f.kind === FIELD.unknown) {
      const closest = suggestIndicator(cs.set, f.ours);
      problems.push({
        file,
        ...inBoth((t) => t.batchInputErrors.header.unknown(c + 1, name, label, cs.set.id, closest)),
      });
      return;
    }
    const earlier = seen.get(f.ours);
    if (earlier !== undefined)
      problems.push({
        file,
        ...inBoth((t) => t.batchInputErrors.header.twice(c + 1, name, earlier, f.ours)),
      });
    else seen.set(f.ours, name);
  });
  if (!hasId) problems.push({ file, ...inBoth((t) => t.batchInputErrors.header.noId) });
  return problems;
}

/** Header columns named like identifying data (the set's own ids and mapped names excepted). */
export function headerPii(
  fields: string[],
  known: ReadonlySet<string>,
  out: PiiFindings,
  firstLine: number,
): void {
  fields.forEach((name, c) => {
    if (known.has(name)) return;
    const byValue = keyKind(name);
    if (byValue) out.add(`column ${c + 1}`, byValue, 'value', firstLine);
    else {
      const kind = nameKind(name);
      if (kind) out.add(name, kind, 'name', firstLine);
    }
  });
}
