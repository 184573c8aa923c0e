/**
 * `--report FILE.html`: the summary as one self-contained page: inline CSS and inline SVG charts,
 * no scripts, no fonts or images from anywhere (a Content-Security-Policy says so to the
 * browser), so it opens offline and can be archived or mailed as it is.
 */
import type { Lang } from '../base/i18n.js';
import { messages } from '../base/i18n.js';
import type { Proportion } from '../report/stats.js';
import type { FrameworksSummary } from '../report/batch-frameworks.js';
import type { SummaryDoc } from '../report/batch-summary.js';
import { interval, kappaText, reasonText } from './summary-words.js';
import { batchTexts } from './texts.js';
import { ELEMENTS, OUTCOMES_STRONGEST_FIRST } from '../core/vocabulary.js';

const esc = (s: string | number): string => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const num = (n: number) => n.toLocaleString('en-US');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const COLOURS = {
  'victim-likely': '#b2182b',
  possible: '#ef8a62',
  'insufficient-information': '#999999',
  'no-indicators': '#67a9cf',
  met: '#1b7837',
  unknown: '#d9d9d9',
  notMet: '#762a83',
  act: '#2166ac',
  means: '#d6604d',
  purpose: '#4d9221',
} as const;

const LABEL_W = 300;
const BAR_W = 340;
const ROW_H = 22;
const WIDTH = LABEL_W + BAR_W + 170;

function svg(height: number, body: string, title: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${WIDTH}" height="${height}" ` +
    `viewBox="0 0 ${WIDTH} ${height}"><title>${esc(title)}</title>${body}</svg>`
  );
}

function text(
  x: number,
  y: number,
  s: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
  extra = '',
): string {
  return `<text x="${x}" y="${y}" text-anchor="${anchor}" ${extra}>${esc(s)}</text>`;
}

/** Horizontal bars, one per row, each with its own colour. */
function barChart(
  rows: { label: string; share: number; note: string; colour: string; title?: string }[],
  title: string,
): string {
  const body = rows
    .map((r, k) => {
      const y = k * ROW_H;
      const w = Math.max(0, Math.min(1, r.share)) * BAR_W;
      return (
        `<g>${r.title ? `<title>${esc(r.title)}</title>` : ''}` +
        text(LABEL_W - 8, y + 15, r.label, 'end') +
        `<rect x="${LABEL_W}" y="${y + 4}" width="${BAR_W}" height="${ROW_H - 8}" fill="#f0f0f0"/>` +
        `<rect x="${LABEL_W}" y="${y + 4}" width="${w.toFixed(1)}" height="${ROW_H - 8}" fill="${r.colour}"/>` +
        text(LABEL_W + BAR_W + 8, y + 15, r.note) +
        `</g>`
      );
    })
    .join('');
  return svg(rows.length * ROW_H + 4, body, title);
}

function stackedChart(
  rows: { label: string; parts: { value: number; colour: string; name: string }[] }[],
  title: string,
): string {
  const body = rows
    .map((r, k) => {
      const y = k * ROW_H;
      const total = r.parts.reduce((a, p) => a + p.value, 0) || 1;
      let x = LABEL_W;
      const rects = r.parts
        .map((p) => {
          const w = (p.value / total) * BAR_W;
          const rect =
            `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${ROW_H - 8}" fill="${p.colour}">` +
            `<title>${esc(`${p.name}: ${num(p.value)} (${pct(p.value / total)})`)}</title></rect>`;
          x += w;
          return rect;
        })
        .join('');
      const note = r.parts.map((p) => pct(p.value / total)).join(' / ');
      return text(LABEL_W - 8, y + 15, r.label, 'end') + rects + text(LABEL_W + BAR_W + 8, y + 15, note);
    })
    .join('');
  return svg(rows.length * ROW_H + 4, body, title);
}

/** Point estimates with their intervals on a 0–100% axis. */
function intervalChart(rows: { label: string; p: Proportion | null }[], title: string): string {
  const axisY = rows.length * ROW_H + 6;
  const xs = (v: number) => LABEL_W + v * BAR_W;
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (v) =>
        `<line x1="${xs(v)}" y1="0" x2="${xs(v)}" y2="${axisY}" stroke="#e0e0e0"/>` +
        text(xs(v), axisY + 14, `${v * 100}%`, 'middle', 'font-size="11"'),
    )
    .join('');
  const body = rows
    .map((r, k) => {
      const y = k * ROW_H + 12;
      if (!r.p) return text(LABEL_W - 8, y + 4, r.label, 'end');
      return (
        text(LABEL_W - 8, y + 4, r.label, 'end') +
        `<line x1="${xs(r.p.low).toFixed(1)}" y1="${y}" x2="${xs(r.p.high).toFixed(1)}" y2="${y}" stroke="#333" stroke-width="2"/>` +
        `<circle cx="${xs(r.p.value).toFixed(1)}" cy="${y}" r="4.5" fill="#b2182b"/>` +
        text(LABEL_W + BAR_W + 8, y + 4, pct(r.p.value))
      );
    })
    .join('');
  return svg(axisY + 20, ticks + body, title);
}

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",sans-serif;margin:2rem auto;max-width:62rem;padding:0 1rem;color:#222;line-height:1.45}
h1{font-size:1.5rem;margin-bottom:.2rem}h3{font-size:1rem;margin-top:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.meta{color:#555}.note{color:#555;font-size:.9rem}.warn{background:#fff4e5;border-left:4px solid #ef8a62;padding:.5rem .8rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{padding:.25rem .6rem;border-bottom:1px solid #eee;text-align:right}
th:first-child,td:first-child{text-align:left}svg{max-width:100%;height:auto;font-size:12px;display:block;margin:.5rem 0}
svg text{fill:#222}.legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px}
footer{margin-top:2.5rem;color:#666;font-size:.85rem}`;

export function renderHtml(doc: SummaryDoc, lang: Lang): string {
  const t = batchTexts[lang];
  const m = messages[lang];
  const n = doc.records.scored;
  const parts: string[] = [];
  parts.push(`<h1>${esc(t.reportTitle)}</h1>`);
  parts.push(
    `<p class="meta">${esc(`${doc.set.id} ${doc.set.version}`)} · ${esc(t.records(num(doc.records.read), num(n), num(doc.records.bad)))}</p>`,
  );
  if (doc.stoppedAtLine !== null) parts.push(`<p class="warn">${esc(t.stopped(doc.stoppedAtLine))}</p>`);
  if (doc.warnings.duplicateIds || doc.warnings.emptyInputs)
    parts.push(`<p class="warn">${esc(t.warnings(doc.warnings.duplicateIds, doc.warnings.emptyInputs))}</p>`);

  parts.push(`<h2>${esc(t.outcomes)}</h2>`);
  parts.push(
    barChart(
      doc.outcomes.map((o) => ({
        label: m.outcomeLabel[o.outcome],
        share: o.share,
        note: `${num(o.count)} (${pct(o.share)})`,
        colour: COLOURS[o.outcome],
      })),
      t.outcomes,
    ),
  );

  parts.push(`<h2>${esc(t.elements)}</h2>`);
  parts.push(
    `<p class="legend"><span><i style="background:${COLOURS.met}"></i>${esc(m.status.met)}</span>` +
      `<span><i style="background:${COLOURS.unknown}"></i>${esc(m.status.unknown)}</span>` +
      `<span><i style="background:${COLOURS.notMet}"></i>${esc(m.status['not-met'])}</span></p>`,
  );
  parts.push(
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
  );
  parts.push(
    `<p>${esc(t.waived(num(doc.meansWaived.count)))}. ${esc(t.openMean(doc.openQuestions.mean.toFixed(1), doc.openQuestions.max))}.</p>`,
  );

  parts.push(`<h2>${esc(t.prevalence)}</h2><p class="note">${esc(t.prevalenceNote)}</p>`);
  parts.push(
    `<p class="legend">${ELEMENTS.map(
      (el) => `<span><i style="background:${COLOURS[el]}"></i>${esc(m.element[el])}</span>`,
    ).join('')}</p>`,
  );
  parts.push(
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
  );

  if (doc.by) {
    const order = doc.outcomes.map((o) => o.outcome);
    parts.push(
      `<h2>${esc(t.by(doc.by.fact))}</h2><table><thead><tr><th>${esc(t.value)}</th><th>${esc(t.count)}</th>`,
    );
    parts.push(order.map((o) => `<th>${esc(m.outcomeLabel[o])}</th>`).join('') + '</tr></thead><tbody>');
    for (const g of doc.by.groups)
      parts.push(
        `<tr><td>${esc(g.value)}</td><td>${num(g.records)}</td>` +
          order
            .map((o) => `<td>${num(g.outcomes[o])} (${pct(g.records ? g.outcomes[o] / g.records : 0)})</td>`)
            .join('') +
          '</tr>',
      );
    parts.push('</tbody></table>');
  }

  const v = doc.validation;
  if (v) {
    const [, c1, c2] = t.matrixHead;
    parts.push(
      `<h2>${esc(t.validation(v.label))}</h2><p class="note">${esc(t.validationNote)} ${esc(t.labelled(num(v.labelled), num(v.unlabelled)))}</p>`,
    );
    parts.push(
      `<table><thead><tr><th></th><th>${esc(c1!)}</th><th>${esc(c2!)}</th></tr></thead><tbody>` +
        `<tr><td>${esc(t.screenedPos)}</td><td>${num(v.matrix.tp)}</td><td>${num(v.matrix.fp)}</td></tr>` +
        `<tr><td>${esc(t.screenedNeg)}</td><td>${num(v.matrix.fn)}</td><td>${num(v.matrix.tn)}</td></tr></tbody></table>`,
    );
    const metrics = [
      [t.sensitivity, v.sensitivity],
      [t.specificity, v.specificity],
      [t.ppv, v.ppv],
      [t.npv, v.npv],
    ] as const;
    parts.push(
      intervalChart(
        metrics.map(([label, p]) => ({ label, p })),
        t.validation(v.label),
      ),
    );
    parts.push(
      '<table><tbody>' +
        metrics
          .map(([label, p]) => `<tr><td>${esc(label)}</td><td>${esc(interval(p, t.none))}</td></tr>`)
          .join('') +
        '</tbody></table>',
    );
  }

  if (doc.frameworks) parts.push(...frameworksHtml(doc.frameworks, lang));

  parts.push(`<footer><p>${esc(t.disclaimer)}</p><p>${esc(t.generated)}.</p></footer>`);
  return (
    `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${esc(t.reportTitle)}</title><style>${CSS}</style></head><body>\n${parts.join('\n')}\n</body></html>\n`
  );
}

const row = (cells: (string | number)[], tag: 'td' | 'th' = 'td'): string =>
  `<tr>${cells.map((c) => `<${tag}>${esc(c)}</${tag}>`).join('')}</tr>`;

function htmlTable(head: (string | number)[], rows: (string | number)[][]): string {
  return `<table><thead>${row(head, 'th')}</thead><tbody>${rows.map((r) => row(r)).join('')}</tbody></table>`;
}

/** `batch --frameworks`: outcomes per framework, agreement of every pair, validation per framework. */
function frameworksHtml(fs: FrameworksSummary, lang: Lang): string[] {
  const t = batchTexts[lang];
  const m = messages[lang];
  const parts: string[] = [`<h2>${esc(t.frameworks(fs.primary))}</h2>`];
  parts.push(
    barChart(
      fs.list.map((f) => {
        const v = f.outcomes.find((o) => o.outcome === 'victim-likely')!;
        return {
          label: f.id,
          share: v.share,
          note: `${num(v.count)} (${pct(v.share)})`,
          colour: COLOURS['victim-likely'],
        };
      }),
      t.victimLikelyShare,
    ),
  );
  parts.push(
    htmlTable(
      [t.outcome, ...fs.list.map((f) => f.id)],
      [
        ...OUTCOMES_STRONGEST_FIRST.map((o) => [
          m.outcomeLabel[o],
          ...fs.list.map((f) => {
            const x = f.outcomes.find((y) => y.outcome === o)!;
            return `${num(x.count)} (${pct(x.share)})`;
          }),
        ]),
        [t.waivedRow, ...fs.list.map((f) => num(f.meansWaived.count))],
      ],
    ),
  );

  if (fs.agreement.length) {
    parts.push(`<h2>${esc(t.agreement)}</h2><p class="note">${esc(t.agreementNote)}</p>`);
    parts.push(
      htmlTable(
        t.agreementHead,
        fs.agreement.map((a) => {
          const v = a.victimLikely;
          return [
            a.frameworks.join(' / '),
            pct(a.sameOutcome.share),
            v.percentAgreement === null ? t.none : pct(v.percentAgreement),
            kappaText(v.kappa, t.none),
            num(v.both),
            num(v.firstOnly),
            num(v.secondOnly),
            num(v.neither),
          ];
        }),
      ),
    );
    for (const a of fs.agreement) {
      parts.push(`<h3>${esc(t.crosstab(a.frameworks[0], a.frameworks[1]))}</h3>`);
      parts.push(
        htmlTable(
          ['', ...OUTCOMES_STRONGEST_FIRST.map((o) => m.outcomeLabel[o])],
          OUTCOMES_STRONGEST_FIRST.map((o) => [
            m.outcomeLabel[o],
            ...OUTCOMES_STRONGEST_FIRST.map((p) => num(a.crosstab[o][p])),
          ]),
        ),
      );
      if (a.disagreements > 0)
        parts.push(
          `<p class="note">${esc(t.why(num(a.disagreements)))}</p>` +
            `<table><tbody>${a.reasons.map((r) => row([reasonText(r, fs, a.frameworks, lang), num(r.count)])).join('')}</tbody></table>`,
        );
    }
  }

  const validated = fs.list.filter((f) => f.validation);
  if (validated.length) {
    parts.push(
      `<h2>${esc(t.validationFrameworks(validated[0]!.validation!.label))}</h2><p class="note">${esc(t.validationNote)}</p>`,
    );
    parts.push(
      htmlTable(
        [t.framework, 'TP', 'FP', 'FN', 'TN', t.sensitivity, t.specificity, t.ppv, t.npv],
        validated.map((f) => {
          const v = f.validation!;
          return [
            f.id,
            num(v.matrix.tp),
            num(v.matrix.fp),
            num(v.matrix.fn),
            num(v.matrix.tn),
            interval(v.sensitivity, t.none),
            interval(v.specificity, t.none),
            interval(v.ppv, t.none),
            interval(v.npv, t.none),
          ];
        }),
      ),
    );
  }
  return parts;
}
