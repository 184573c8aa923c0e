/**
 * `--report FILE.html`: the summary as one self-contained page: inline CSS and inline SVG charts,
 * no scripts, no fonts or images from anywhere (a Content-Security-Policy says so to the
 * browser), so it opens offline and can be archived or mailed as it is. One function per
 * section, in page order; each returns its parts, and the page puts a line break between parts.
 */
import { say, type Catalogue } from '../base/catalogue/index.js';
import type { Lang } from '../base/i18n.js';
import type { SummaryDoc } from '../report/batch-summary.js';
import { interval, num, pct } from './batch-words.js';
import { barChart, COLOURS, esc, intervalChart, stackedChart } from './html-charts.js';
import { frameworksHtml } from './batch-html-frameworks.js';
import { ELEMENTS } from '../core/vocabulary.js';

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",sans-serif;margin:2rem auto;max-width:62rem;padding:0 1rem;color:#222;line-height:1.45}
h1{font-size:1.5rem;margin-bottom:.2rem}h3{font-size:1rem;margin-top:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.meta{color:#555}.note{color:#555;font-size:.9rem}.warn{background:#fff4e5;border-left:4px solid #ef8a62;padding:.5rem .8rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{padding:.25rem .6rem;border-bottom:1px solid #eee;text-align:right}
th:first-child,td:first-child{text-align:left}svg{max-width:100%;height:auto;font-size:12px;display:block;margin:.5rem 0}
svg text{fill:#222}.legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px}
footer{margin-top:2.5rem;color:#666;font-size:.85rem}`;

export function renderHtml(doc: SummaryDoc, lang: Lang): string {
  const t = say(lang).batch;
  const m = say(lang);
  const parts = [
    ...headHtml(doc, t),
    ...outcomesHtml(doc, t, m),
    ...elementsHtml(doc, t, m),
    ...prevalenceHtml(doc, t, m),
    ...byHtml(doc, t, m),
    ...validationHtml(doc, t),
    ...(doc.frameworks ? frameworksHtml(doc.frameworks, lang) : []),
    `<footer><p>${esc(t.disclaimer)}</p><p>${esc(t.generated)}.</p></footer>`,
  ];
  return (
    `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${esc(t.reportTitle)}</title><style>${CSS}</style></head><body>\n${parts.join('\n')}\n</body></html>\n`
  );
}

function headHtml(doc: SummaryDoc, t: Catalogue['batch']): string[] {
  const parts = [
    `<h1>${esc(t.reportTitle)}</h1>`,
    `<p class="meta">${esc(`${doc.set.id} ${doc.set.version}`)} · ${esc(t.records(num(doc.records.read), num(doc.records.scored), num(doc.records.bad)))}</p>`,
  ];
  if (doc.stoppedAtLine !== null) parts.push(`<p class="warn">${esc(t.stopped(doc.stoppedAtLine))}</p>`);
  if (doc.warnings.duplicateIds || doc.warnings.emptyInputs)
    parts.push(`<p class="warn">${esc(t.warnings(doc.warnings.duplicateIds, doc.warnings.emptyInputs))}</p>`);
  return parts;
}

function outcomesHtml(doc: SummaryDoc, t: Catalogue['batch'], m: Catalogue): string[] {
  return [
    `<h2>${esc(t.outcomes)}</h2>`,
    barChart(
      doc.outcomes.map((o) => ({
        label: m.outcomeLabel[o.outcome],
        share: o.share,
        note: `${num(o.count)} (${pct(o.share)})`,
        colour: COLOURS[o.outcome],
      })),
      t.outcomes,
    ),
  ];
}

function elementsHtml(doc: SummaryDoc, t: Catalogue['batch'], m: Catalogue): string[] {
  return [
    `<h2>${esc(t.elements)}</h2>`,
    `<p class="legend"><span><i style="background:${COLOURS.met}"></i>${esc(m.status.met)}</span>` +
      `<span><i style="background:${COLOURS.unknown}"></i>${esc(m.status.unknown)}</span>` +
      `<span><i style="background:${COLOURS.notMet}"></i>${esc(m.status['not-met'])}</span></p>`,
    stackedChart(
      doc.elements.map((e) => ({
        label: m.element[e.element as 'act'],
        parts: [
          { value: e.met, colour: COLOURS.met, name: m.status.met },
          { value: e.unknown, colour: COLOURS.unknown, name: m.status.unknown },
          { value: e.notMet, colour: COLOURS.notMet, name: m.status['not-met'] },
        ],
      })),
      t.elements,
    ),
    `<p>${esc(t.waived(num(doc.meansWaived.count)))}. ${esc(doc.openQuestions ? t.openMean(doc.openQuestions.mean.toFixed(1), doc.openQuestions.max) : t.openNotCounted)}.</p>`,
  ];
}

function prevalenceHtml(doc: SummaryDoc, t: Catalogue['batch'], m: Catalogue): string[] {
  return [
    `<h2>${esc(t.prevalence)}</h2><p class="note">${esc(t.prevalenceNote)}</p>`,
    `<p class="legend">${ELEMENTS.map(
      (el) => `<span><i style="background:${COLOURS[el]}"></i>${esc(m.element[el])}</span>`,
    ).join('')}</p>`,
    barChart(
      doc.indicators.map((i) => ({
        label: i.id,
        share: i.yesRate,
        note: `${pct(i.yesRate)} (${i.yesRateAnswered === null ? t.none : pct(i.yesRateAnswered)})`,
        colour: COLOURS[i.element as 'act'] ?? '#555',
        title: `${i.id}: ${t.yes} ${num(i.yes)}, no ${num(i.no)}, unknown ${num(i.unknown)}, declined ${num(i.declined)}, unanswered ${num(i.unanswered)}`,
      })),
      t.prevalence,
    ),
  ];
}

/** `--by FACT`: a table of outcomes per value of the fact. */
function byHtml(doc: SummaryDoc, t: Catalogue['batch'], m: Catalogue): string[] {
  if (!doc.by) return [];
  const order = doc.outcomes.map((o) => o.outcome);
  const parts = [
    `<h2>${esc(t.by(doc.by.fact))}</h2><table><thead><tr><th>${esc(t.value)}</th><th>${esc(t.count)}</th>`,
    order.map((o) => `<th>${esc(m.outcomeLabel[o])}</th>`).join('') + '</tr></thead><tbody>',
  ];
  for (const g of doc.by.groups)
    parts.push(
      `<tr><td>${esc(g.value)}</td><td>${num(g.records)}</td>` +
        order
          .map((o) => `<td>${num(g.outcomes[o])} (${pct(g.records ? g.outcomes[o] / g.records : 0)})</td>`)
          .join('') +
        '</tr>',
    );
  parts.push('</tbody></table>');
  return parts;
}

/** `--label FIELD`: the confusion matrix, the four metrics as a chart and with their intervals. */
function validationHtml(doc: SummaryDoc, t: Catalogue['batch']): string[] {
  const v = doc.validation;
  if (!v) return [];
  const [, c1, c2] = t.matrixHead;
  const metrics = [
    [t.sensitivity, v.sensitivity],
    [t.specificity, v.specificity],
    [t.ppv, v.ppv],
    [t.npv, v.npv],
  ] as const;
  return [
    `<h2>${esc(t.validation(v.label))}</h2><p class="note">${esc(t.validationNote)} ${esc(t.labelled(num(v.labelled), num(v.unlabelled)))}</p>`,
    `<table><thead><tr><th></th><th>${esc(c1!)}</th><th>${esc(c2!)}</th></tr></thead><tbody>` +
      `<tr><td>${esc(t.screenedPos)}</td><td>${num(v.matrix.tp)}</td><td>${num(v.matrix.fp)}</td></tr>` +
      `<tr><td>${esc(t.screenedNeg)}</td><td>${num(v.matrix.fn)}</td><td>${num(v.matrix.tn)}</td></tr></tbody></table>`,
    intervalChart(
      metrics.map(([label, p]) => ({ label, p })),
      t.validation(v.label),
    ),
    '<table><tbody>' +
      metrics
        .map(([label, p]) => `<tr><td>${esc(label)}</td><td>${esc(interval(p, t.none))}</td></tr>`)
        .join('') +
      '</tbody></table>',
  ];
}
