/**
 * The catalogue holds everything the tool says, once per language. The compiler already keeps
 * the keys equal; this test reads every entry as it is printed: the same keys and kinds in both
 * languages, every text filled in, no Hangul in the English, and Korean in the Korean (only
 * codes, flags, file formats and symbols may stand alone there).
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/base/catalogue/index.js';

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;
/** Arguments a text function is tried with, in turn, until one gives text. */
const TRIALS: unknown[] = ['〈A〉', 3, { sourceDate: '2024-03', singleSource: true, verified: null }];

/** Functions whose arguments have a shape of their own, with the arguments to read them by. */
const ARGS: Record<string, unknown[]> = {
  'say.batch.legend': [['likely = victim likely', 'possible = possible']],
  'say.batchErrors.PII_DETECTED.field': ['〈A〉', '〈A〉', 'value', [2, 5], 1],
  // Empty when every open question is shown: read it with some left out.
  'say.report.openCount': [3, 9],
};
/** English that names a Korean document by its Korean name, so a screener can match it. */
const KOREAN_TERM = new Set(['say.identifyingKinds.rrn']);
/** Texts that are empty on purpose: the blank corner of a table. */
const EMPTY = new Set(['say.batch.matrixHead.0']);

interface Leaf {
  path: string;
  ko: string;
  en: string;
}

/** Every printed text in the two tables, paired by key; functions are called to get their text. */
function leaves(ko: unknown, en: unknown, path: string, out: Leaf[], problems: string[]): void {
  if (typeof ko === 'function' || typeof en === 'function') {
    if (typeof ko !== 'function' || typeof en !== 'function') {
      problems.push(`${path}: a function in one language only`);
      return;
    }
    const [k, e] = [call(ko, ARGS[path]), call(en, ARGS[path])];
    if (k === undefined || e === undefined) problems.push(`${path}: gives no text for any trial argument`);
    else leaves(k, e, `${path}()`, out, problems);
    return;
  }
  if (typeof ko === 'string' || typeof en === 'string') {
    if (typeof ko !== 'string' || typeof en !== 'string')
      problems.push(`${path}: a text in one language only`);
    else out.push({ path, ko, en });
    return;
  }
  if (ko && en && typeof ko === 'object' && typeof en === 'object') {
    const [kk, ek] = [Object.keys(ko).sort(), Object.keys(en).sort()];
    if (kk.join() !== ek.join()) problems.push(`${path}: keys differ (${kk.join()} / ${ek.join()})`);
    for (const key of kk)
      if (key in en)
        leaves(
          (ko as Record<string, unknown>)[key],
          (en as Record<string, unknown>)[key],
          `${path}.${key}`,
          out,
          problems,
        );
    return;
  }
  if (typeof ko !== typeof en) problems.push(`${path}: ${typeof ko} in Korean, ${typeof en} in English`);
}

function call(fn: unknown, args?: unknown[]): unknown {
  const f = fn as (...xs: unknown[]) => unknown;
  if (args) return f(...args);
  for (const arg of TRIALS) {
    try {
      const r = f(...Array.from({ length: Math.max(f.length, 1) }, () => arg));
      if (typeof r === 'string' || (r && typeof r === 'object')) return r;
    } catch {
      // the next kind of argument
    }
  }
  return undefined;
}

describe('the message catalogue', () => {
  const out: Leaf[] = [];
  const problems: string[] = [];
  leaves(catalogue.ko, catalogue.en, 'say', out, problems);

  it('when both languages are walked then they have the same keys and every function gives text', () => {
    expect(problems).toEqual([]);
    // Enough entries that a broken walk cannot pass unnoticed.
    expect(out.length).toBeGreaterThan(500);
  });

  it('when the texts are read then none is empty and the English has no Hangul', () => {
    const empty = out.filter((l) => !EMPTY.has(l.path) && (l.en.trim() === '' || l.ko.trim() === ''));
    expect(empty.map((l) => l.path)).toEqual([]);
    expect(
      out.filter((l) => HANGUL.test(l.en) && !KOREAN_TERM.has(l.path)).map((l) => `${l.path}: ${l.en}`),
    ).toEqual([]);
  });

  it('when the Korean texts are read then each with words in it is written in Korean', () => {
    // A code, a flag, a format name or a number may stand alone: "YAML", "--jobs", "≥".
    const untranslated = out.filter(
      (l) => /[A-Za-z]{4,}/.test(l.ko.replace(/〈A〉/g, '')) && !HANGUL.test(l.ko),
    );
    const allowed =
      /^[\s\-–—[\]().,:;'"`/|·•→≥≤<>=+*#0-9]*(?:[A-Z0-9_]{2,}|--[a-z-]+|https?:\S+|UTF-8)?[\s\-–—[\]().,:;'"`/|·•→≥≤<>=+*#0-9]*$/;
    expect(
      untranslated.filter((l) => !allowed.test(l.ko.replace(/〈A〉/g, ''))).map((l) => `${l.path}: ${l.ko}`),
    ).toEqual([]);
  });
});
