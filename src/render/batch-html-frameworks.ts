/**
 * The `batch --frameworks` sections of the HTML report: outcomes per framework, agreement of
 * every pair with its crosstab and the reasons outcomes differ, and validation per framework.
 */
import { say, type Catalogue } from '../base/catalogue/index.js';
import type { Lang } from '../base/i18n.js';
import type { FrameworksSummary } from '../report/batch-frameworks.js';
import { interval, kappaText, num, pct, reasonText, validationTable } from './batch-words.js';
import { barChart, COLOURS, esc } from './html-charts.js';
import { OUTCOMES_STRONGEST_FIRST } from '../core/vocabulary.js';

const row = (cells: (string | number)[], tag: 'td' | 'th' = 'td'): string =>
  `<tr>${cells.map((c) => `<${tag}>${esc(c)}</${tag}>`).join('')}</tr>`;

function htmlTable(head: (string | number)[], rows: (string | number)[][]): string {
  return `<table><thead>${row(head, 'th')}</thead><tbody>${rows.map((r) => row(r)).join('')}</tbody></table>`;
}

export function frameworksHtml(fs: FrameworksSummary, lang: Lang): string[] {
  const t = say(lang).batch;
  return [
    `<h2>${esc(t.frameworks(fs.primary))}</h2>`,
    ...outcomesHtml(fs, t, say(lang)),
    ...agreementHtml(fs, lang),
    ...validationHtml(fs, t),
  ];
}

/** The share "victim likely" per framework as a chart, then every outcome per framework. */
function outcomesHtml(fs: FrameworksSummary, t: Catalogue['batch'], m: Catalogue): string[] {
  return [
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
  ];
}

/** A table of every pair's agreement, then each pair's crosstab and reasons. */
function agreementHtml(fs: FrameworksSummary, lang: Lang): string[] {
  if (!fs.agreement.length) return [];
  const t = say(lang).batch;
  const m = say(lang);
  const parts = [
    `<h2>${esc(t.agreement)}</h2><p class="note">${esc(t.agreementNote)}</p>`,
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
  ];
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
  return parts;
}

/** With --label: the matrix and the four metrics with their intervals, per framework. */
function validationHtml(fs: FrameworksSummary, t: Catalogue['batch']): string[] {
  const validated = fs.list.filter((f) => f.validation);
  if (!validated.length) return [];
  return [
    `<h2>${esc(t.validationFrameworks(validated[0]!.validation!.label))}</h2><p class="note">${esc(t.validationNote)}</p>`,
    htmlTable(...headAndRows(validationTable(validated, t, (x) => interval(x, t.none)))),
  ];
}

const headAndRows = ([head, ...rows]: string[][]): [string[], string[][]] => [head!, rows];
