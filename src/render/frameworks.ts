/**
 * Several frameworks side by side: a comparison table, where and why they disagree (or, with the
 * same outcome everywhere, whether the element statuses agree too), the answers counted for more
 * than one element, then each framework's own report as the single-set renderers print it.
 */
import { messages, type Lang } from '../base/i18n.js';
import type { FrameworksReport } from '../report/frameworks.js';
import type { Report } from '../report/report.js';
import { ELEMENTS } from '../core/vocabulary.js';
import { displayWidth, padEnd, wrap, type Style } from './layout.js';
import { renderText, type TextOptions } from './text.js';

export const words = {
  ko: {
    title: (primary: string) => `여러 기준 비교 — 하나의 면접 (질문: ${primary})`,
    outcome: '결과',
    waiver: '수단 면제',
    notRequired: '면제',
    none: '—',
    disagree: '기준 간 차이와 이유',
    agree: '모든 기준의 결과가 같습니다.',
    agreeButElements: '모든 기준의 결과는 같지만, 요건별 판단이 다릅니다:',
    reuse: '다른 요건에 이미 반영된 답변',
    derived: '면접 답변에서 도출된 항목 (대응표)',
    waiverReason: { child: '아동ㆍ청소년', 'apparent-minor': '미성년 추정', disability: '장애' },
  },
  en: {
    title: (primary: string) => `Frameworks compared - one interview (questions: ${primary})`,
    outcome: 'Outcome',
    waiver: 'Means waived',
    notRequired: 'not required',
    none: '-',
    disagree: 'Where the frameworks disagree and why',
    agree: 'All frameworks reach the same outcome.',
    agreeButElements: 'All frameworks reach the same outcome, but element statuses differ:',
    reuse: 'Answers already counted for another element',
    derived: 'Items derived from the interview answers (crosswalk)',
    waiverReason: { child: 'child', 'apparent-minor': 'apparent minor', disability: 'disability' },
  },
} as const;

/** The line(s) printed when no pair of frameworks differs in outcome; none otherwise. */
export function agreement(fr: FrameworksReport): { head: string; differences: string[] } | undefined {
  if (fr.disagreements.length) return undefined;
  const w = words[fr.language];
  if (fr.elementDifferences.length === 0) return { head: w.agree, differences: [] };
  return { head: w.agreeButElements, differences: fr.elementDifferences.map((d) => d.text) };
}

/** The comparison table: a header row of set ids, then outcome, elements and waiver rows. */
export function rows(fr: FrameworksReport, lang: Lang): string[][] {
  const m = messages[lang];
  const w = words[lang];
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
        r.waiverReason
          ? (w.waiverReason[r.waiverReason as keyof typeof w.waiverReason] ?? r.waiverReason)
          : w.none,
      ),
    ],
  ];
}

export function renderFrameworksText(fr: FrameworksReport, style: Style, opts: TextOptions = {}): string {
  const { chalk, width } = style;
  const w = words[fr.language];
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
    const labels = d.outcomes.map((o) => messages[fr.language].outcomeLabel[o]);
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
    // Which interview answers each derived item rests on, by id: for the details.
    if (evidence.length && opts.details) {
      out.push(chalk.dim(w.derived));
      for (const [item, questions] of evidence)
        wrap(`${item} <- ${questions.join(', ')}`, width, '      ', '  - ').forEach((l) =>
          out.push(chalk.dim(l)),
        );
    }
    out.push(renderText(report, style, opts).trimEnd());
  }
  return out.join('\n') + '\n';
}
