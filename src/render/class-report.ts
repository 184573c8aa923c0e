/** The class report as a terminal table and as Markdown, in Korean or English. */
import { say } from '../base/catalogue/index.js';
import { pick, type Lang } from '../base/i18n.js';
import { displayWidth, padEnd, type Style } from './layout.js';
import type { ClassReport, WrongOutcome } from '../report/class-report.js';

const pct = (x: number) => `${Math.round(100 * x)}%`;
const score = (x: number) => (Math.round(10 * x) / 10).toString();

function tables(
  r: ClassReport,
  lang: Lang,
  titles: boolean,
): { scenarios: string[][]; indicators: string[][] } {
  const t = say(lang).training;
  const c = t.columns;
  const wrong = (w: WrongOutcome | null) =>
    w ? `${say(lang).outcomeLabel[w.outcome]} (${w.count})` : t.none;
  return {
    scenarios: [
      [c.scenario, c.results, c.accuracy, c.meanScore, c.wrongOutcome],
      ...r.scenarios.map((s) => [
        titles ? `${s.id} — ${pick(s.title, lang)}` : s.id,
        String(s.results),
        `${pct(s.accuracy)} (${s.outcomeCorrect}/${s.results})`,
        score(s.meanScore),
        wrong(s.mostCommonWrongOutcome),
      ]),
    ],
    indicators: [
      [c.indicator, c.expertYes, c.missed, c.missRate],
      ...r.indicators.map((i) => [i.id, String(i.expertYes), String(i.missed), pct(i.missRate)]),
    ],
  };
}

export function renderClassReportText(r: ClassReport, lang: Lang, style: Style): string {
  const t = say(lang).training;
  const { chalk } = style;
  // Titles are long; the terminal table keeps to ids so it fits the width.
  const { scenarios, indicators } = tables(r, lang, false);
  const wrong = r.mostCommonWrongOutcome;
  const out = [
    chalk.bold(`${t.classReport}: ${t.results(r.results)}`),
    `${t.meanScore}: ${score(r.meanScore)}`,
    `${t.wrongOutcome}: ${wrong ? `${say(lang).outcomeLabel[wrong.outcome]} (${wrong.count})` : t.none}`,
    '',
    chalk.bold(t.perScenario),
    ...table(scenarios, [false, true, true, true, false]).map((l, i) => (i === 0 ? chalk.dim(l) : l)),
    '',
    chalk.bold(t.perIndicator),
    chalk.dim(t.missRateNote),
    ...table(indicators, [false, true, true, true]).map((l, i) => (i === 0 ? chalk.dim(l) : l)),
    '',
  ];
  return out.join('\n') + '\n';
}

/** Columns padded by display width, so Korean titles line up. */
function table(rows: string[][], right: boolean[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => displayWidth(row[c] ?? ''))));
  return rows.map((row) =>
    row
      .map((cell, c) =>
        right[c] ? ' '.repeat(widths[c]! - displayWidth(cell)) + cell : padEnd(cell, widths[c]!),
      )
      .join('  ')
      .trimEnd(),
  );
}

export function renderClassReportMarkdown(r: ClassReport, lang: Lang): string {
  const t = say(lang).training;
  const { scenarios, indicators } = tables(r, lang, true);
  const wrong = r.mostCommonWrongOutcome;
  const md = (rows: string[][]) => [
    `| ${rows[0]!.join(' | ')} |`,
    `|${rows[0]!.map(() => ' --- ').join('|')}|`,
    ...rows.slice(1).map((row) => `| ${row.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
  ];
  return (
    [
      `# ${t.classReport}`,
      '',
      `- ${t.results(r.results)}`,
      `- ${t.meanScore}: ${score(r.meanScore)}`,
      `- ${t.wrongOutcome}: ${wrong ? `${say(lang).outcomeLabel[wrong.outcome]} (${wrong.count})` : t.none}`,
      '',
      `## ${t.perScenario}`,
      '',
      ...md(scenarios),
      '',
      `## ${t.perIndicator}`,
      '',
      t.missRateNote + '.',
      '',
      ...md(indicators),
    ].join('\n') + '\n'
  );
}
