/**
 * docs/errors.md lists every error code the tool can stop with, once in the Korean table and once
 * in the English one, and no code that does not exist. The codes are those of the error titles in
 * src/base/catalogue/error-titles.ts, which define ErrorCode (and INTERNAL).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/base/errors.js';
import { catalogue } from '../../src/base/catalogue/index.js';

const errorCodes = Object.keys(catalogue.en.errorTitle);

const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
const SECTIONS = ['한국어', 'English'];
/** The exit codes main() returns: EXIT, and 130 for an interview stopped with Ctrl+C. */
const EXIT_CODES = new Set<number>([...Object.values(EXIT), 130]);

interface Row {
  code: string;
  cells: string[];
}

/** The rows of the table under "## heading" whose first cell is a `CODE`. */
function rows(heading: string): Row[] {
  const start = doc.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/errors.md has no "## ${heading}" section`);
  const rest = doc.slice(start + 1);
  const end = rest.indexOf('\n## ');
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/^\| `([A-Z0-9_]+)` \|(.*)\|$/gm)].map((m) => ({
    code: m[1]!,
    cells: m[2]!.split(' | ').map((c) => c.trim()),
  }));
}

const exitCodesIn = (cell: string): number[] => [...cell.matchAll(/\d+/g)].map((m) => Number(m[0]));

describe('docs/errors.md', () => {
  it('when the source is read then it defines the codes this test compares with', () => {
    expect(errorCodes).toContain('USAGE');
    expect(errorCodes).toContain('INTERNAL');
  });

  for (const heading of SECTIONS) {
    it(`when the ${heading} table is read then it lists every error code once and no other`, () => {
      const listed = rows(heading).map((r) => r.code);
      const known = new Set<string>(errorCodes);
      expect({
        missing: errorCodes.filter((c) => !listed.includes(c)),
        unknown: listed.filter((c) => !known.has(c)),
        twice: listed.filter((c, k) => listed.indexOf(c) !== k),
      }).toEqual({ missing: [], unknown: [], twice: [] });
    });

    it(`when the ${heading} table is read then each code has a meaning, a fix and exit codes the tool uses`, () => {
      for (const { code, cells } of rows(heading)) {
        expect(cells.length, code).toBe(3);
        expect(
          cells.every((c) => c.length > 0),
          code,
        ).toBe(true);
        const exits = exitCodesIn(cells[2]!);
        expect(exits.length, code).toBeGreaterThan(0);
        expect(
          exits.filter((n) => !EXIT_CODES.has(n)),
          code,
        ).toEqual([]);
      }
    });
  }

  it('when both tables are read then they give each code the same exit codes', () => {
    const exits = (heading: string) =>
      Object.fromEntries(rows(heading).map((r) => [r.code, exitCodesIn(r.cells[2]!).sort((a, b) => a - b)]));
    expect(exits('English')).toEqual(exits('한국어'));
  });
});
