/**
 * The case file as one self-contained printable page: no scripts, nothing fetched from anywhere
 * (a Content-Security-Policy says so to the browser), styles inline and made for A4 paper, so it
 * can be printed or saved as PDF from any browser, offline.
 */
import type { Lang } from '../base/i18n.js';
import type { Block, Span } from '../report/case-file.js';
import { esc } from './html-charts.js';

const CSS = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif;
  font-size: 10.5pt; line-height: 1.45; color: #111; max-width: 182mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 17pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 1.5mm 0; }
ul, ol { margin: 1mm 0 2mm; padding-left: 6mm; }
li { margin: 0.8mm 0; break-inside: avoid; overflow-wrap: anywhere; }
li ul { margin: 0.5mm 0; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; table-layout: fixed; }
th, td { border: 1px solid #bbb; padding: 1mm 2mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; }
tr { break-inside: avoid; }
table.fields th { width: 32%; }
table.cols-3 th:nth-child(-n + 2) { width: 17%; }
.summary { border: 2px solid #333; padding: 2mm 4mm; break-inside: avoid; }
.sign { display: grid; grid-template-columns: 2fr 1fr; gap: 8mm; margin: 8mm 0 2mm; break-inside: avoid; }
.sign div { border-bottom: 1px solid #000; padding-top: 10mm; font-size: 9pt; }
hr { border: 0; border-top: 1px solid #999; margin: 6mm 0; }
details summary { font-weight: bold; cursor: default; }
code { font-size: 9pt; }
@media print { details { display: block; } details > summary { list-style: none; } }
`;

const spans = (xs: Span[]) =>
  xs
    .map((x) =>
      x.strong ? `<strong>${esc(x.text)}</strong>` : x.em ? `<em>${esc(x.text)}</em>` : esc(x.text),
    )
    .join('');

function block(b: Block, next: Block | undefined): string {
  switch (b.kind) {
    case 'title':
      return `<h1>${esc(b.text)}</h1>`;
    case 'heading':
      return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    case 'fields':
      return `<table class="fields">${b.rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;
    case 'para':
      return `<p>${spans(b.spans)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const items = b.items.map(
        (i) =>
          `<li>${spans(i.spans)}${i.sub.length ? `<ul>${i.sub.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}</li>`,
      );
      return `<${tag}>${items.join('')}</${tag}>`;
    }
    case 'table':
      return (
        `<table class="cols-${b.head.length}"><thead><tr>${b.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>` +
        b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('') +
        '</tbody></table>'
      );
    case 'signature':
      return b.lines
        .map(([left, right]) => `<div class="sign"><div>${esc(left)}</div><div>${esc(right)}</div></div>`)
        .join('');
    case 'ids':
      return (
        `<details><summary>${esc(b.summary)}</summary><table><thead><tr><th>${esc(b.head[0])}</th><th>${esc(b.head[1])}</th></tr></thead><tbody>` +
        b.rows.map(([l, id]) => `<tr><td>${esc(l)}</td><td><code>${esc(id)}</code></td></tr>`).join('') +
        '</tbody></table></details>'
      );
    case 'rule':
      return next?.kind === 'signature' ? '' : '<hr>';
  }
}

export function renderCaseHtml(blocks: Block[], lang: Lang): string {
  const title = blocks.find((b) => b.kind === 'title');
  const body: string[] = [];
  blocks.forEach((b, i) => {
    const html = block(b, blocks[i + 1]);
    body.push(b.kind === 'list' && b.framed ? `<div class="summary">${html}</div>` : html);
  });
  return (
    `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${esc(title?.kind === 'title' ? title.text : '')}</title><style>${CSS}</style></head><body>\n` +
    body.filter(Boolean).join('\n') +
    '\n</body></html>\n'
  );
}
