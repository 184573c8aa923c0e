/**
 * The summary as a table for the terminal (written to standard error, so that standard output
 * stays the data): counts with bar charts, aligned by display width so that Korean labels line up.
 * One function per section, in the order they are printed.
 */
import { say, type Catalogue } from '../base/catalogue/index.js';
import type { Lang } from '../base/i18n.js';
import { displayWidth, padEnd, wrap, type Style } from './layout.js';
import type { SummaryDoc } from '../report/batch-summary.js';
import { interval, num, pct } from './batch-words.js';
import { bar, legend, padStart, stacked, table, type Pen } from './batch-columns.js';
import { frameworksLines } from './batch-table-frameworks.js';

export function renderTable(doc: SummaryDoc, lang: Lang, style: Style): string {
  const t = say(lang).batch;
  const m = say(lang);
  const pen: Pen = {
    h: (s) => style.chalk.bold(s),
    note: (s, indent = '  ') => wrap(s, style.width, indent),
  };
  const out = [
    ...headLines(doc, t, pen),
    ...outcomeLines(doc, t, m, pen),
    ...elementLines(doc, t, m, pen),
    ...prevalenceLines(doc, t, pen),
    ...byLines(doc, t, m, pen),
    ...validationLines(doc, t, pen),
    ...(doc.frameworks ? frameworksLines(doc.frameworks, lang, pen) : []),
    '',
    ...pen.note(t.disclaimer, ''),
  ];
  return out.join('\n') + '\n';
}

function headLines(doc: SummaryDoc, t: Catalogue['batch'], { h }: Pen): string[] {
  const out = [h(`${t.title} — ${doc.set.id} ${doc.set.version}`)];
  out.push(t.records(num(doc.records.read), num(doc.records.scored), num(doc.records.bad)));
  if (doc.stoppedAtLine !== null) out.push(t.stopped(doc.stoppedAtLine));
  if (doc.warnings.duplicateIds || doc.warnings.emptyInputs)
    out.push(t.warnings(doc.warnings.duplicateIds, doc.warnings.emptyInputs));
  return out;
}

function outcomeLines(doc: SummaryDoc, t: Catalogue['batch'], m: Catalogue, { h }: Pen): string[] {
  const out = ['', h(t.outcomes)];
  const labels = doc.outcomes.map((o) => m.outcomeLabel[o.outcome]);
  const lw = Math.max(...labels.map(displayWidth), displayWidth(t.outcome));
  for (const [k, o] of doc.outcomes.entries())
    out.push(
      `  ${padEnd(labels[k]!, lw)}  ${padStart(num(o.count), 9)}  ${padStart(pct(o.share), 6)}  ${bar(o.share)}`,
    );
  return out;
}

function elementLines(doc: SummaryDoc, t: Catalogue['batch'], m: Catalogue, { h }: Pen): string[] {
  const out = ['', h(`${t.elements}  (█ ${m.status.met} ▒ ${m.status.unknown} ░ ${m.status['not-met']})`)];
  const ew = Math.max(...doc.elements.map((e) => displayWidth(m.element[e.element as 'act'])));
  for (const e of doc.elements)
    out.push(
      `  ${padEnd(m.element[e.element as 'act'], ew)}  ${stacked(e.met, e.unknown, e.notMet)}  ` +
        `${m.status.met} ${num(e.met)} · ${m.status.unknown} ${num(e.unknown)} · ${m.status['not-met']} ${num(e.notMet)}`,
    );
  out.push(`  ${t.waived(num(doc.meansWaived.count))}`);
  const open = doc.openQuestions;
  out.push(`  ${open ? t.openMean(open.mean.toFixed(1), open.max) : t.openNotCounted}`);
  return out;
}

function prevalenceLines(doc: SummaryDoc, t: Catalogue['batch'], { h, note }: Pen): string[] {
  const out = ['', h(t.prevalence), ...note(t.prevalenceNote)];
  const iw = Math.max(...doc.indicators.map((i) => displayWidth(i.id)));
  for (const i of doc.indicators) {
    const answered = i.yesRateAnswered === null ? t.none : pct(i.yesRateAnswered);
    out.push(`  ${padEnd(i.id, iw)}  ${bar(i.yesRate, 15)}  ${padStart(pct(i.yesRate), 6)}  (${answered})`);
  }
  return out;
}

/** `--by FACT`: the share of each outcome per value of the fact. */
function byLines(doc: SummaryDoc, t: Catalogue['batch'], m: Catalogue, { h, note }: Pen): string[] {
  if (!doc.by) return [];
  const order = doc.outcomes.map((o) => o.outcome);
  return [
    '',
    h(t.by(doc.by.fact)),
    ...table(
      [
        [t.value, t.count, ...order.map((o) => t.shortOutcome[o] ?? o)],
        ...doc.by.groups.map((g) => [
          g.value,
          num(g.records),
          ...order.map((o) => pct(g.records ? g.outcomes[o] / g.records : 0)),
        ]),
      ],
      (c) => c > 0,
    ),
    ...note(legend(t, m, order)),
  ];
}

/** `--label FIELD`: the confusion matrix and the four metrics with their intervals. */
function validationLines(doc: SummaryDoc, t: Catalogue['batch'], { h, note }: Pen): string[] {
  const v = doc.validation;
  if (!v) return [];
  const out = [
    '',
    h(t.validation(v.label)),
    ...note(t.validationNote),
    `  ${t.labelled(num(v.labelled), num(v.unlabelled))}`,
  ];
  const cw = Math.max(...[t.screenedPos, t.screenedNeg].map(displayWidth));
  const [, c1, c2] = t.matrixHead;
  const w1 = Math.max(displayWidth(c1!), 9);
  const w2 = Math.max(displayWidth(c2!), 9);
  out.push(`  ${padEnd('', cw)}  ${padStart(c1!, w1)}  ${padStart(c2!, w2)}`);
  out.push(
    `  ${padEnd(t.screenedPos, cw)}  ${padStart(num(v.matrix.tp), w1)}  ${padStart(num(v.matrix.fp), w2)}`,
  );
  out.push(
    `  ${padEnd(t.screenedNeg, cw)}  ${padStart(num(v.matrix.fn), w1)}  ${padStart(num(v.matrix.tn), w2)}`,
  );
  const mw = Math.max(...[t.sensitivity, t.specificity, t.ppv, t.npv].map(displayWidth));
  out.push(`  ${padEnd(t.sensitivity, mw)}  ${interval(v.sensitivity, t.none)}`);
  out.push(`  ${padEnd(t.specificity, mw)}  ${interval(v.specificity, t.none)}`);
  out.push(`  ${padEnd(t.ppv, mw)}  ${interval(v.ppv, t.none)}`);
  out.push(`  ${padEnd(t.npv, mw)}  ${interval(v.npv, t.none)}`);
  return out;
}
