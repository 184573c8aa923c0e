/**
 * The summary as a table for the terminal (written to standard error, so that standard output
 * stays the data): counts with bar charts, aligned by display width so that Korean labels line up.
 */
import type { Lang } from '../base/i18n.js';
import { messages } from '../base/i18n.js';
import { displayWidth, padEnd, wrap, type Style } from '../render/layout.js';
import type { FrameworksSummary } from '../report/batch-frameworks.js';
import type { SummaryDoc } from '../report/batch-summary.js';
import { interval, kappaText, num, pct, reasonText } from './summary-words.js';
import { batchTexts, type BatchTexts } from './texts.js';
import { OUTCOMES_STRONGEST_FIRST } from '../core/vocabulary.js';

const BAR = 20;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `width` cells for a share between 0 and 1, with eighth-cell precision. */
export function bar(share: number, width = BAR): string {
  const eighths = Math.round(Math.max(0, Math.min(1, share)) * width * 8);
  const full = Math.floor(eighths / 8);
  const part = EIGHTHS[eighths % 8]!;
  return '█'.repeat(full) + part + ' '.repeat(width - full - (part ? 1 : 0));
}

/** Stacked bar: met, undecided, not met. */
function stacked(met: number, unknown: number, notMet: number, width = BAR): string {
  const total = met + unknown + notMet;
  if (total === 0) return ' '.repeat(width);
  const a = Math.round((met / total) * width);
  const b = Math.round(((met + unknown) / total) * width) - a;
  return '█'.repeat(a) + '▒'.repeat(b) + '░'.repeat(width - a - b);
}

const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - displayWidth(s))) + s;

export function renderTable(doc: SummaryDoc, lang: Lang, style: Style): string {
  const t = batchTexts[lang];
  const m = messages[lang];
  const h = (s: string) => style.chalk.bold(s);
  // Explanations are prose: wrapped to the terminal, unlike the tables, which keep their columns.
  const note = (s: string, indent = '  ') => wrap(s, style.width, indent);
  const out: string[] = [];
  const n = doc.records.scored;

  out.push(h(`${t.title} — ${doc.set.id} ${doc.set.version}`));
  out.push(t.records(num(doc.records.read), num(n), num(doc.records.bad)));
  if (doc.stoppedAtLine !== null) out.push(t.stopped(doc.stoppedAtLine));
  if (doc.warnings.duplicateIds || doc.warnings.emptyInputs)
    out.push(t.warnings(doc.warnings.duplicateIds, doc.warnings.emptyInputs));

  out.push('', h(t.outcomes));
  const labels = doc.outcomes.map((o) => m.outcomeLabel[o.outcome]);
  const lw = Math.max(...labels.map(displayWidth), displayWidth(t.outcome));
  for (const [k, o] of doc.outcomes.entries())
    out.push(
      `  ${padEnd(labels[k]!, lw)}  ${padStart(num(o.count), 9)}  ${padStart(pct(o.share), 6)}  ${bar(o.share)}`,
    );

  out.push('', h(`${t.elements}  (█ ${m.status.met} ▒ ${m.status.unknown} ░ ${m.status['not-met']})`));
  const ew = Math.max(...doc.elements.map((e) => displayWidth(m.element[e.element as 'act'])));
  for (const e of doc.elements)
    out.push(
      `  ${padEnd(m.element[e.element as 'act'], ew)}  ${stacked(e.met, e.unknown, e.notMet)}  ` +
        `${m.status.met} ${num(e.met)} · ${m.status.unknown} ${num(e.unknown)} · ${m.status['not-met']} ${num(e.notMet)}`,
    );
  out.push(`  ${t.waived(num(doc.meansWaived.count))}`);
  out.push(`  ${t.openMean(doc.openQuestions.mean.toFixed(1), doc.openQuestions.max)}`);

  out.push('', h(t.prevalence), ...note(t.prevalenceNote));
  const iw = Math.max(...doc.indicators.map((i) => displayWidth(i.id)));
  for (const i of doc.indicators) {
    const answered = i.yesRateAnswered === null ? t.none : pct(i.yesRateAnswered);
    out.push(`  ${padEnd(i.id, iw)}  ${bar(i.yesRate, 15)}  ${padStart(pct(i.yesRate), 6)}  (${answered})`);
  }

  if (doc.by) {
    out.push('', h(t.by(doc.by.fact)));
    const order = doc.outcomes.map((o) => o.outcome);
    out.push(
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
    );
  }

  const v = doc.validation;
  if (v) {
    out.push(
      '',
      h(t.validation(v.label)),
      ...note(t.validationNote),
      `  ${t.labelled(num(v.labelled), num(v.unlabelled))}`,
    );
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
  }
  if (doc.frameworks) out.push(...renderFrameworks(doc.frameworks, lang, h, note));
  out.push('', ...note(t.disclaimer, ''));
  return out.join('\n') + '\n';
}

function table(rows: string[][], right: (c: number) => boolean): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ''))));
  return rows.map(
    (r) =>
      '  ' +
      r.map((cell, c) => (right(c) ? padStart(cell, widths[c]!) : padEnd(cell, widths[c]!))).join('  '),
  );
}

function renderFrameworks(
  fs: FrameworksSummary,
  lang: Lang,
  h: (s: string) => string,
  note: (s: string, indent?: string) => string[],
): string[] {
  const t: BatchTexts = batchTexts[lang];
  const m = messages[lang];
  const out: string[] = ['', h(t.frameworks(fs.primary))];
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
    out.push('', h(t.agreement), ...note(t.agreementNote));
    const none = t.none;
    out.push(
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
    );
    for (const [k, a] of fs.agreement.entries()) {
      out.push('', h(t.crosstab(a.frameworks[0], a.frameworks[1])));
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
        a.reasons.forEach((r, k) =>
          out.push(
            ...note(texts[k]!, ' '.repeat(6 + cw)).map((l, i) =>
              i === 0 ? `    ${padStart(num(r.count), cw)}  ${l.slice(6 + cw)}` : l,
            ),
          ),
        );
      }
    }
  }

  const validated = fs.list.filter((f) => f.validation);
  if (validated.length) {
    const label = validated[0]!.validation!.label;
    out.push('', h(t.validationFrameworks(label)), ...note(t.validationNote));
    out.push(
      ...table(
        [
          [t.framework, 'TP', 'FP', 'FN', 'TN', t.sensitivity, t.specificity, t.ppv, t.npv],
          ...validated.map((f) => {
            const v = f.validation!;
            const p = (x: typeof v.sensitivity) => (x ? pct(x.value) : t.none);
            return [
              f.id,
              num(v.matrix.tp),
              num(v.matrix.fp),
              num(v.matrix.fn),
              num(v.matrix.tn),
              p(v.sensitivity),
              p(v.specificity),
              p(v.ppv),
              p(v.npv),
            ];
          }),
        ],
        (c) => c > 0,
      ),
    );
    for (const f of validated) {
      const v = f.validation!;
      out.push(`  ${f.id}: ${t.sensitivity} ${interval(v.sensitivity, t.none)}`);
      out.push(`  ${' '.repeat(displayWidth(f.id))}  ${t.specificity} ${interval(v.specificity, t.none)}`);
    }
  }
  return out;
}

/** What the short column names of outcome tables stand for. */
function legend(t: BatchTexts, m: (typeof messages)[Lang], order: readonly string[]): string {
  const pairs = order.map((o) => [t.shortOutcome[o] ?? o, m.outcomeLabel[o as keyof typeof m.outcomeLabel]]);
  return t.legend(
    pairs.filter(([short, full]) => short !== full).map(([short, full]) => `${short} = ${full}`),
  );
}
