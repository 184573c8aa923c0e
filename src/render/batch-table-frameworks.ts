/**
 * The `batch --frameworks` sections of the terminal summary: outcomes per framework, agreement
 * of every pair with its crosstab and the reasons outcomes differ, and validation per framework.
 */
import { say, type Catalogue } from '../base/catalogue/index.js';
import type { Lang } from '../base/i18n.js';
import { displayWidth } from './layout.js';
import type { FrameworksSummary, PairAgreement } from '../report/batch-frameworks.js';
import { interval, kappaText, num, pct, reasonText, validationTable } from './batch-words.js';
import { legend, padStart, table, type Pen } from './batch-columns.js';
import { OUTCOMES_STRONGEST_FIRST } from '../core/vocabulary.js';

export function frameworksLines(fs: FrameworksSummary, lang: Lang, pen: Pen): string[] {
  const t: Catalogue['batch'] = say(lang).batch;
  const m = say(lang);
  const out: string[] = ['', pen.h(t.frameworks(fs.primary))];
  const head = [t.outcome, ...fs.list.map((f) => f.id)];
  const rows = OUTCOMES_STRONGEST_FIRST.map((o) => [
    m.outcomeLabel[o],
    ...fs.list.map((f) => {
      const x = f.outcomes.find((y) => y.outcome === o)!;
      return `${num(x.count)} ${padStart(pct(x.share), 6)}`;
    }),
  ]);
  rows.push([t.waivedRow, ...fs.list.map((f) => num(f.meansWaived.count))]);
  out.push(...table([head, ...rows], (c) => c > 0));
  if (fs.agreement.length) {
    out.push(...agreementLines(fs, t, pen));
    for (const [k, a] of fs.agreement.entries()) out.push(...pairLines(a, k, fs, lang, m, pen));
  }
  out.push(...validationLines(fs, t, pen));
  return out;
}

/** One line per pair: the same outcome, agreement on "victim likely", kappa and the 2×2 counts. */
function agreementLines(fs: FrameworksSummary, t: Catalogue['batch'], { h, note }: Pen): string[] {
  const none = t.none;
  return [
    '',
    h(t.agreement),
    ...note(t.agreementNote),
    ...table(
      [
        t.agreementHead,
        ...fs.agreement.map((a) => {
          const v = a.victimLikely;
          return [
            a.frameworks.join('/'),
            pct(a.sameOutcome.share),
            v.percentAgreement === null ? none : pct(v.percentAgreement),
            kappaText(v.kappa, none),
            num(v.both),
            num(v.firstOnly),
            num(v.secondOnly),
            num(v.neither),
          ];
        }),
      ],
      (c) => c > 0,
    ),
  ];
}

/** Pair k's crosstab (the legend under the first only) and why its outcomes differ. */
function pairLines(
  a: PairAgreement,
  k: number,
  fs: FrameworksSummary,
  lang: Lang,
  m: Catalogue,
  { h, note }: Pen,
): string[] {
  const t = say(lang).batch;
  const out = ['', h(t.crosstab(a.frameworks[0], a.frameworks[1]))];
  if (k === 0) out.push(...note(legend(t, m, OUTCOMES_STRONGEST_FIRST)));
  out.push(
    ...table(
      [
        ['', ...OUTCOMES_STRONGEST_FIRST.map((o) => t.shortOutcome[o] ?? o)],
        ...OUTCOMES_STRONGEST_FIRST.map((o) => [
          t.shortOutcome[o] ?? o,
          ...OUTCOMES_STRONGEST_FIRST.map((p) => num(a.crosstab[o][p])),
        ]),
      ],
      (c) => c > 0,
    ),
  );
  if (a.disagreements > 0) {
    out.push(...note(t.why(num(a.disagreements))));
    const texts = a.reasons.map((r) => reasonText(r, fs, a.frameworks, lang));
    const cw = Math.max(...a.reasons.map((r) => displayWidth(num(r.count))));
    // The count in a column of its own, the reason wrapped beside it.
    a.reasons.forEach((r, k) =>
      out.push(
        ...note(texts[k]!, ' '.repeat(6 + cw)).map((l, i) =>
          i === 0 ? `    ${padStart(num(r.count), cw)}  ${l.slice(6 + cw)}` : l,
        ),
      ),
    );
  }
  return out;
}

/** With --label: the matrix and point estimates per framework, then two intervals each. */
function validationLines(fs: FrameworksSummary, t: Catalogue['batch'], { h, note }: Pen): string[] {
  const validated = fs.list.filter((f) => f.validation);
  if (!validated.length) return [];
  const label = validated[0]!.validation!.label;
  const out = ['', h(t.validationFrameworks(label)), ...note(t.validationNote)];
  out.push(
    ...table(
      validationTable(validated, t, (x) => (x ? pct(x.value) : t.none)),
      (c) => c > 0,
    ),
  );
  for (const f of validated) {
    const v = f.validation!;
    out.push(`  ${f.id}: ${t.sensitivity} ${interval(v.sensitivity, t.none)}`);
    out.push(`  ${' '.repeat(displayWidth(f.id))}  ${t.specificity} ${interval(v.specificity, t.none)}`);
  }
  return out;
}
