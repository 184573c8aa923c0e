/**
 * Text layout by display width, so Korean (two columns per Hangul syllable) lines up and wraps
 * correctly. Pure: the renderers use it, and the terminal decides the width and colour (ui/output).
 */
import type { ChalkInstance } from 'chalk';

export interface Style {
  chalk: ChalkInstance;
  width: number;
}

/** The full measure (string-width), given by ui/output.ts once loaded: most runs never need it. */
let fullWidth: ((s: string) => number) | undefined;

export function useFullWidth(measure: (s: string) => number): void {
  fullWidth = measure;
}

/** Printable ASCII, one column each, and Hangul syllables, two each: the common case, counted here. */
const PLAIN = /^[\x20-\x7e\uac00-\ud7a3]*$/;
const HANGUL = /[\uac00-\ud7a3]/g;

export function displayWidth(s: string): number {
  if (PLAIN.test(s)) return s.length + (s.match(HANGUL)?.length ?? 0);
  return fullWidth ? fullWidth(s) : roughWidth(s);
}

/** Marks, joiners and controls take no column. */
const ZERO = /[\p{Mn}\p{Me}\p{Cc}\u200b-\u200f\u2060\ufeff]/u;
/** East Asian wide and fullwidth characters, and the common emoji blocks, take two. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/**
 * The measure used until string-width is loaded (a command loads it when it lays out text; this
 * keeps a command that did not from failing): the same as string-width for the scripts the tool
 * prints, approximate only for rare emoji sequences.
 */
export function roughWidth(s: string): number {
  let w = 0;
  // A grapheme (a letter with its marks, a Thai or Devanagari cluster) takes the width of its
  // first character, and one more column for each spacing mark in it (Devanagari ा, ी).
  for (const { segment } of graphemes.segment(s)) {
    const first = String.fromCodePoint(segment.codePointAt(0)!);
    if (ZERO.test(first)) continue;
    w += WIDE.test(first) ? 2 : 1;
    if (segment.length > first.length) w += segment.slice(first.length).match(SPACING_MARKS)?.length ?? 0;
  }
  return w;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const SPACING_MARKS = /\p{Mc}/gu;

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/**
 * Wraps text to a display width. The first line starts with `first`, the others with `indent`.
 * Breaks at spaces where possible and between characters inside runs wider than the line
 * (Korean text often has few spaces).
 */
export function wrap(text: string, width: number, indent = '', first = indent): string[] {
  const lines: string[] = [];
  text.split('\n').forEach((paragraph, p) => {
    let line = p === 0 ? first : indent;
    let empty = true;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = empty ? line + word : `${line} ${word}`;
      if (displayWidth(candidate) <= width) {
        line = candidate;
        empty = false;
        continue;
      }
      if (!empty) {
        lines.push(line);
        line = indent;
        empty = true;
      }
      for (const ch of word) {
        if (!empty && displayWidth(line + ch) > width) {
          lines.push(line);
          line = indent;
        }
        line += ch;
        empty = false;
      }
    }
    lines.push(line);
  });
  return lines;
}

/** Cuts text to a display width, ending with … when cut: one line in a list of choices. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * A referral's number and name, the number said once: "Women's Emergency Hotline **1366**", not
 * "1366 Women's Emergency Hotline 1366". `mark` styles the number (bold, or Markdown's **).
 */
export function numberAndName(contact: string, name: string, mark: (s: string) => string): string {
  const at = name.indexOf(contact);
  if (at < 0 || contact === '') return `${mark(contact)} ${name}`;
  return `${name.slice(0, at)}${mark(contact)}${name.slice(at + contact.length)}`;
}
