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
  if (!fullWidth)
    throw new Error('text other than ASCII and Hangul measured before the full measure was loaded');
  return fullWidth(s);
}

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
