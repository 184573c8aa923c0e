/**
 * Names are only likely, never certain: a Korean word that starts with a surname, or two
 * capitalised English words, can be innocent. So these findings carry confidence 'confirm': the
 * interview asks, while batch rows, answers files and case codes (nobody to ask) refuse them.
 * A labelled name ("이름: ...", "name = ...") is refused outright.
 *
 * Hand-written scanners, one pass over the text: linear whatever the input.
 */
import type { Finding } from './kinds.js';
import {
  COMMON_NOUNS,
  COMMON_WORDS,
  DOUBLE_SURNAMES,
  GIVEN,
  LATIN_TITLES,
  NOT_NAME_ENDINGS,
  NOT_NAMES,
  PARTICLE_SYLLABLES,
  PARTICLES,
  SURNAMES,
  TITLES,
} from './name-words.js';

const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/** Strips one particle and one title from the end of a Hangul word. */
function stem(word: string): { base: string; titled: boolean } {
  let w = word;
  for (const p of PARTICLES)
    if (w.length > p.length + 2 && w.endsWith(p)) {
      w = w.slice(0, -p.length);
      break;
    }
  for (const t of TITLES)
    if (w.length > t.length + 1 && w.endsWith(t)) return { base: w.slice(0, -t.length), titled: true };
  return { base: w, titled: false };
}

function koreanName(word: string): boolean {
  const { base, titled } = stem(word);
  if (base.length > 5 || COMMON_WORDS.has(base) || NOT_NAME_ENDINGS.has(base[base.length - 1]!)) return false;
  // 여권은, 사람이: a common noun and a particle.
  if (base.length === 3 && PARTICLE_SYLLABLES.has(base[2]!) && COMMON_NOUNS.has(base.slice(0, 2)))
    return false;
  const givenOk = (g: string): boolean => [...g].every((c) => GIVEN.has(c));
  // 남궁민, 황보혜정: a double surname and one or two given syllables.
  if (DOUBLE_SURNAMES.has(base.slice(0, 2)) && (base.length === 3 || base.length === 4))
    if (givenOk(base.slice(2))) return true;
  if (!SURNAMES.has(base[0]!)) return false;
  const given = base.slice(1);
  if (given.length === 2) return givenOk(given);
  // 김민 씨: a one-syllable given name only with a title.
  return given.length === 1 && titled && givenOk(given);
}

function koreanNames(text: string, out: Finding[]): void {
  let i = 0;
  while (i < text.length) {
    if (!isHangul(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isHangul(text.charCodeAt(i))) i++;
    if (i - start <= 8 && koreanName(text.slice(start, i)))
      out.push({ kind: 'name', confidence: 'confirm', start, end: i });
  }
}

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isLatin = (c: number): boolean => isUpper(c) || isLower(c);

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Latin words of the text (letters, inner hyphens and apostrophes), each at most 30 letters. */
function latinWords(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isLatin(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (
      i < text.length &&
      (isLatin(text.charCodeAt(i)) ||
        ((text[i] === '-' || text[i] === "'") && isLatin(text.charCodeAt(i + 1))))
    )
      i++;
    if (i - start <= 30) out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}

/** Capitalised, then lower case: Maria, Min-ji, O'Neil (not NHRCK, not iPhone, not I've). */
function capitalised(w: string): boolean {
  if (w.length < 2 || !isUpper(w.charCodeAt(0))) return false;
  if (/'(?:s|ve|ll|re|m|d|t)$/.test(w)) return false;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (isUpper(c) && w[i - 1] !== '-' && w[i - 1] !== "'") return false;
  }
  return isLower(w.charCodeAt(1)) || w[1] === "'";
}

/**
 * Runs of capitalised words, one space apart. Sentence openers and place names are trimmed from
 * the ends; two or three words left, none of them an everyday capitalised word, look like a name.
 * Four or more in a row are an institution's or a law's title, not a person.
 */
function latinNames(text: string, out: Finding[]): void {
  const words = latinWords(text);
  let k = 0;
  while (k < words.length) {
    if (!capitalised(words[k]!.text)) {
      k++;
      continue;
    }
    const run = [words[k]!];
    while (
      k + run.length < words.length &&
      capitalised(words[k + run.length]!.text) &&
      text.slice(run[run.length - 1]!.end, words[k + run.length]!.start) === ' '
    )
      run.push(words[k + run.length]!);
    k += run.length;
    if (run.length >= 5) continue;
    if (LATIN_TITLES.has(run[0]!.text) && run.length >= 2 && run.length <= 3) {
      out.push({ kind: 'name', confidence: 'confirm', start: run[0]!.start, end: run[run.length - 1]!.end });
      continue;
    }
    let a = 0;
    let b = run.length;
    while (a < b && NOT_NAMES.has(run[a]!.text)) a++;
    while (b > a && NOT_NAMES.has(run[b - 1]!.text)) b--;
    const core = run.slice(a, b);
    if (core.length < 2 || core.length > 3 || core.some((w) => NOT_NAMES.has(w.text))) continue;
    if (run.length === 4 && core.length === run.length) continue;
    out.push({ kind: 'name', confidence: 'confirm', start: core[0]!.start, end: core[core.length - 1]!.end });
  }
  // Mr. Kim: a title with a full stop before the name.
  for (let j = 0; j + 1 < words.length; j++) {
    const [t, n] = [words[j]!, words[j + 1]!];
    if (LATIN_TITLES.has(t.text) && text.slice(t.end, n.start) === '. ' && capitalised(n.text))
      out.push({ kind: 'name', confidence: 'confirm', start: t.start, end: n.end });
  }
}

const LABEL = /(?:이름|성명|성함|본명|실명|[Nn]ame|NAME)[ \t]{0,3}[:=：][ \t]{0,3}(?=[^\s])/g;

/**
 * Every scanner below needs one of these: a capital (a Latin name, NAME), a Hangul syllable, or
 * "ame" of a lower-case label. Most batch values (record ids, codes) have none.
 */
const MAYBE_NAME = /[A-Z\uac00-\ud7a3]|ame/;

/** Name-like spans of the text, in order of the scanners (not sorted). */
export function findNames(text: string): Finding[] {
  const out: Finding[] = [];
  if (!MAYBE_NAME.test(text)) return out;
  for (const m of text.matchAll(LABEL))
    out.push({ kind: 'name', confidence: 'refuse', start: m.index, end: m.index + m[0].length });
  koreanNames(text, out);
  latinNames(text, out);
  return out;
}
