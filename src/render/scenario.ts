/** A scenario as a trainer reads it: the situation, every reply with the expert's coding and why. */
import { say } from '../base/catalogue/index.js';
import type { IndicatorSet } from '../core/schema.js';
import { pick, type Lang } from '../base/i18n.js';
import type { CompiledSet } from '../core/engine.js';
import { wrap, type Style } from './layout.js';
import { expertCodings, rationaleFor, replyTo } from '../report/expert.js';
import { questionnaire } from '../core/questionnaire.js';
import { codingLabel, questionText } from './training-words.js';
import type { Scenario } from '../core/scenario-schema.js';

export function renderScenario(
  scenario: Scenario,
  set: IndicatorSet,
  compiled: CompiledSet,
  lang: Lang,
  style: Style,
): string {
  const t = say(lang).training;
  const { chalk, width } = style;
  const out: string[] = [];
  const para = (text: string, indent = '  ', first = indent, paint = (l: string) => l) =>
    out.push(...wrap(text, width, indent, first).map(paint));
  const heading = (text: string) => out.push('', chalk.bold(text));
  const list = (title: string, texts: { ko: string; en: string }[]) => {
    if (!texts.length) return;
    heading(title);
    for (const x of texts) para(pick(x, lang), '    ', '  - ');
  };

  out.push(chalk.bold(`${pick(scenario.title, lang)}`));
  out.push(
    chalk.dim(`${scenario.id} · ${t.levels[scenario.level]} · ${set.id} · ${scenario.languages.join('/')}`),
  );
  list(t.learningGoals, scenario.learningGoals);
  heading(t.onArrival);
  para(pick(scenario.narrative, lang));

  const expert = expertCodings(scenario, set);
  const asked = questionnaire(compiled, expert);
  const listed = asked.filter((q) =>
    q.kind === 'fact' ? scenario.person.facts[q.id] : scenario.replies[q.id],
  );
  const decisive = new Set(scenario.debrief.decisive);
  const show = (kind: 'fact' | 'indicator', id: string) => {
    const coding = kind === 'fact' ? expert.facts[id]! : expert.answers[id]!;
    const rationale = rationaleFor(scenario, { kind, id });
    const star = decisive.has(id) ? chalk.yellow(' ★') : '';
    out.push('');
    para(`${id}${star} — ${questionText(set, kind, id, lang)}`, '    ', '  • ');
    para(pick(replyTo(scenario, { kind, id }), lang), '      ', `    ${t.person}: `, chalk.cyan);
    out.push(`    → ${chalk.bold(codingLabel(set, kind, id, coding, lang))}`);
    if (rationale) para(pick(rationale, lang), '      ');
  };
  heading(t.facts);
  listed.filter((q) => q.kind === 'fact').forEach((q) => show('fact', q.id));
  heading(t.replies);
  listed.filter((q) => q.kind === 'indicator').forEach((q) => show('indicator', q.id));
  const others = asked.filter((q) => !listed.includes(q));
  if (others.length) {
    heading(t.otherQuestions);
    para(others.map((q) => q.id).join(', '));
  }
  heading(`${t.expectedOutcome}: ${say(lang).outcomeLabel[scenario.expected.outcome]}`);
  para(`${t.decisive} (★): ${scenario.debrief.decisive.join(', ')}`);
  list(t.legalPoints, scenario.debrief.legalPoints);
  list(t.commonMistakes, scenario.debrief.commonMistakes);
  out.push('');
  return out.join('\n') + '\n';
}
