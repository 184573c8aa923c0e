/** The debrief as the trainee reads it at the end of a run, in Korean or English. */
import { say } from '../base/catalogue/index.js';
import type { IndicatorSet } from '../core/schema.js';
import { pick, type Lang } from '../base/i18n.js';
import { wrap, type Style } from './layout.js';
import type { Debrief, ItemComparison, Part } from '../report/debrief.js';
import { codingLabel, questionText } from './training-words.js';
import type { Scenario } from '../core/scenario-schema.js';

export function renderDebrief(
  d: Debrief,
  scenario: Scenario,
  set: IndicatorSet,
  lang: Lang,
  style: Style,
): string {
  const t = say(lang).training;
  const m = say(lang);
  const { chalk, width } = style;
  const out: string[] = [];
  const para = (text: string, indent = '  ', first = indent) => out.push(...wrap(text, width, indent, first));
  const heading = (text: string) => out.push('', chalk.bold(text));
  const part = (p: Part) => `${p.agreed}/${p.total}`;

  out.push(chalk.bold(`${t.debrief}: ${pick(scenario.title, lang)}`), chalk.dim(t.trainingOnly), '');
  out.push(`${t.yourOutcome}: ${chalk.bold(m.outcomeLabel[d.outcomes.trainee])}`);
  out.push(`${t.expertOutcome}: ${chalk.bold(m.outcomeLabel[d.outcomes.expert])}`);
  out.push(
    d.outcomes.trainee === d.outcomes.expert ? chalk.green(t.outcomeSame) : chalk.red(t.outcomeDiffers),
  );
  out.push(
    `${t.score}: ${chalk.bold(`${d.score.total}/100`)} (${t.scoreParts(part(d.score.decisive), part(d.score.other), d.score.outcome)})`,
  );
  out.push(`${t.timeTaken}: ${t.duration(d.durationSeconds)}`);
  if (d.finishedEarly) out.push(chalk.yellow(t.finishedEarly));

  const item = (i: ItemComparison) => {
    out.push('');
    para(`${i.id} — ${questionText(set, i.kind, i.id, lang)}`, '    ', '  • ');
    // Wrapped like the rest; the expert's coding is bolded word by word so no colour is split.
    const expert = codingLabel(set, i.kind, i.id, i.expert, lang)
      .split(' ')
      .map((w) => chalk.bold(w))
      .join(' ');
    para(
      `${t.you}: ${codingLabel(set, i.kind, i.id, i.trainee, lang)} · ${t.expert}: ${expert}`,
      '      ',
      '    ',
    );
    para(i.rationale ? pick(i.rationale, lang) : t.defaultRationale, '    ');
  };
  // Decisive items are always explained; other questions never reached are only counted,
  // so finishing early does not bury the debrief under a list of unasked questions.
  const other = d.disagreements.filter((i) => !i.decisive && i.trainee !== null);
  const unreached = d.disagreements.filter((i) => !i.decisive && i.trainee === null);
  if (d.disagreements.length === 0) out.push('', chalk.green(t.noDisagreements));
  if (d.decisiveMissed.length) {
    heading(t.decisiveMissed);
    d.decisiveMissed.forEach(item);
  }
  if (other.length) {
    heading(t.otherDisagreements);
    other.forEach(item);
  }
  if (unreached.length) {
    heading(t.otherNotReached(unreached.length));
    para(unreached.map((i) => i.id).join(', '));
  }
  const list = (title: string, texts: { ko: string; en: string }[]) => {
    if (!texts.length) return;
    heading(title);
    for (const x of texts) para(pick(x, lang), '    ', '  - ');
  };
  list(t.learningGoals, scenario.learningGoals);
  list(t.legalPoints, scenario.debrief.legalPoints);
  list(t.commonMistakes, scenario.debrief.commonMistakes);
  out.push('');
  return out.join('\n') + '\n';
}
