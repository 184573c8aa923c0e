/**
 * Several frameworks side by side: a comparison table, where and why they disagree (or, with the
 * same outcome everywhere, whether the element statuses agree too), the answers counted for more
 * than one element, then each framework's own report as the single-set renderers print it.
 */
import { type Lang } from '../base/i18n.js';
import { say } from '../base/catalogue/index.js';
import type { FrameworksReport } from '../report/frameworks.js';
import type { Report } from '../report/report.js';
import { ELEMENTS } from '../core/vocabulary.js';
import { displayWidth, padEnd, wrap, type Style } from './layout.js';
import { renderText, type TextOptions } from './text.js';

/** The line(s) printed when no pair of frameworks differs in outcome; none otherwise. */
export function agreement(fr: FrameworksReport): { head: string; differences: string[] } | undefined {
  if (fr.disagreements.length) return undefined;
  const w = say(fr.language).frameworks.table;
  if (fr.elementDifferences.length === 0) return { head: w.agree, differences: [] };
  return { head: w.agreeButElements, differences: fr.elementDifferences.map((d) => d.text) };
}

/** The comparison table: a header row of set ids, then outcome, elements and waiver rows. */
export function rows(fr: FrameworksReport, lang: Lang): string[][] {
  const m = say(lang);
  const w = say(lang).frameworks.table;
  const cell = (r: Report, el: (typeof ELEMENTS)[number]) =>
    el === 'means' && r.meansWaived && r.elements.means.status !== 'met'
      ? w.notRequired
      : m.status[r.elements[el].status];
  return [
    ['', ...fr.frameworks.map((r) => r.set.id)],
    [w.outcome, ...fr.frameworks.map((r) => r.outcomeLabel)],
    ...ELEMENTS.map((el) => [m.element[el], ...fr.frameworks.map((r) => cell(r, el))]),
    [
      w.waiver,
      ...fr.frameworks.map((r) =>
        r.waiverReason ? (w.waiverReason[r.waiverReason] ?? r.waiverReason) : w.none,
      ),
    ],
  ];
}

export function renderFrameworksText(fr: FrameworksReport, style: Style, opts: TextOptions = {}): string {
  const { chalk, width } = style;
  const w = say(fr.language).frameworks.table;
  const out: string[] = [chalk.bold(w.title(fr.primary)), ''];
  const table = rows(fr, fr.language);
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => displayWidth(row[c]!))) + 2);
  table.forEach((row, r) => {
    const line = row
      .map((text, c) => padEnd(text, widths[c]!))
      .join('')
      .trimEnd();
    out.push(r === 0 || r === 1 ? chalk.bold(line) : line);
  });

  out.push('', chalk.bold(w.disagree));
  const same = agreement(fr);
  if (same) {
    out.push(`  ${same.head}`);
    for (const d of same.differences) wrap(d, width, '      ', '    - ').forEach((l) => out.push(l));
  }
  for (const d of fr.disagreements) {
    const labels = d.outcomes.map((o) => say(fr.language).outcomeLabel[o]);
    out.push(`  ${d.frameworks[0]} / ${d.frameworks[1]}: ${labels[0]} / ${labels[1]}`);
    for (const reason of d.reasons) wrap(reason.text, width, '      ', '    - ').forEach((l) => out.push(l));
  }
  if (fr.reuse.length) {
    out.push('', chalk.bold(w.reuse));
    for (const n of fr.reuse) wrap(n.text, width, '      ', '    - ').forEach((l) => out.push(l));
  }

  // The primary set's report follows (short unless details are asked for); the other frameworks'
  // reports only with the details: the table and the disagreements above already compare them.
  const shown = opts.details ? fr.frameworks : fr.frameworks.filter((r) => r.set.id === fr.primary);
  for (const report of shown.length ? shown : fr.frameworks.slice(0, 1)) {
    out.push(
      '',
      chalk.bold(`== ${report.set.id} ${'='.repeat(Math.max(3, width - report.set.id.length - 4))}`),
    );
    const evidence = Object.entries(fr.evidence[report.set.id] ?? {});
    // Which interview answers each derived item rests on, by label (the ids are in the JSON).
    if (evidence.length && opts.details) {
      out.push(chalk.dim(w.derived));
      const asked = fr.frameworks.find((r) => r.set.id === fr.primary)?.labels ?? {};
      const named = (labels: Record<string, string>, id: string) => labels[id] ?? id;
      for (const [item, questions] of evidence)
        wrap(
          `${named(report.labels, item)} ← ${questions.map((q) => named(asked, q)).join(', ')}`,
          width,
          '      ',
          '  - ',
        ).forEach((l) => out.push(chalk.dim(l)));
    }
    out.push(renderText(report, style, opts).trimEnd());
  }
  return out.join('\n') + '\n';
}
