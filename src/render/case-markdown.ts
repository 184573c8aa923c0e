/**
 * The case file as Markdown: it renders cleanly in a viewer and reads as plain text (lists rather
 * than wide tables for the questions; the ids folded away in a <details> block).
 */
import type { Block, Span } from '../report/case-file.js';

const esc = (t: string) => t.replace(/([\\`*_[\]|<>])/g, '\\$1');

const spans = (xs: Span[]) =>
  xs
    .map((x) => (x.strong ? `**${esc(x.text.trim())}**` : x.em ? `_${esc(x.text.trim())}_` : esc(x.text)))
    .join('');

/** Joins spans so that a styled span keeps the spaces around it outside its markers. */
const line = (xs: Span[]) =>
  spans(
    xs.flatMap((x, i) => {
      if (!(x.strong || x.em)) return [x];
      const lead = /^\s/.test(x.text) && i > 0 ? [{ text: ' ' }] : [];
      const tail = /\s$/.test(x.text) ? [{ text: ' ' }] : [];
      return [...lead, x, ...tail];
    }),
  );

export function renderCaseMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        out.push(`# ${esc(b.text)}`, '');
        break;
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${esc(b.text)}`, '');
        break;
      case 'fields':
        out.push('| | |', '|---|---|', ...b.rows.map(([k, v]) => `| ${esc(k)} | ${esc(v)} |`), '');
        break;
      case 'para':
        out.push(line(b.spans), '');
        break;
      case 'list':
        b.items.forEach((item, i) => {
          const mark = b.ordered ? `${i + 1}. ` : '- ';
          out.push(`${mark}${line(item.spans)}`);
          for (const sub of item.sub) out.push(`${' '.repeat(mark.length)}- ${esc(sub)}`);
        });
        out.push('');
        break;
      case 'table':
        out.push(
          `| ${b.head.map(esc).join(' | ')} |`,
          `|${b.head.map(() => '---').join('|')}|`,
          ...b.rows.map((row) => `| ${row.map(esc).join(' | ')} |`),
          '',
        );
        break;
      case 'signature':
        for (const [left, right] of b.lines)
          out.push(`${esc(left)}: ______________________________   ${esc(right)}: ______________`, '');
        break;
      case 'ids':
        out.push('<details>', `<summary>${esc(b.summary)}</summary>`, '');
        out.push(`| ${b.head.map(esc).join(' | ')} |`, '|---|---|');
        for (const [label, id] of b.rows) out.push(`| ${esc(label)} | \`${id}\` |`);
        out.push('', '</details>', '');
        break;
      case 'rule':
        out.push('---', '');
        break;
    }
  }
  return out.join('\n');
}
