/**
 * Screening under several frameworks at once. The interview asks the questions the crosswalk plans
 * (the primary set's, each once, plus any fact or item that no primary question covers); every
 * framework is scored from those answers, exactly as `score --frameworks` scores an answers file.
 */
import { say } from '../base/catalogue/index.js';
import { isAsked, questionKey, skipContext } from '../core/questionnaire.js';
import type { Element, FactDef, IndicatorDef } from '../core/schema.js';
import { deriveFramework } from '../frameworks/derive.js';
import { loadCrosswalk } from '../io/load-crosswalk.js';
import type { Crosswalk } from '../frameworks/crosswalk-schema.js';
import { planQuestions, type PlannedQuestion } from '../frameworks/plan.js';
import type { FrameworksReport } from '../report/frameworks.js';
import { scoreInterview } from '../io/score-file.js';
import { frameworkSet, parseFrameworkList } from '../frameworks/select.js';
import { type Lang } from '../base/i18n.js';
import type { Report } from '../report/report.js';
import { type LoadedSet } from '../core/loaded-set.js';
import type { Session } from '../io/session.js';
import { planSteps, type Step } from './steps.js';
import { ELEMENTS } from '../core/vocabulary.js';

export interface FrameworksMode {
  crosswalk: Crosswalk;
  /** The frameworks scored, in the order given. */
  ids: string[];
}

export function frameworksMode(list: string | string[], cw: Crosswalk = loadCrosswalk()): FrameworksMode {
  return { crosswalk: cw, ids: parseFrameworkList(cw, list) };
}

/** The sets whose wording the interview uses: the primary set first, then the chosen frameworks. */
export function questionSets(mode: FrameworksMode): LoadedSet[] {
  const cw = mode.crosswalk;
  return [cw.primary, ...mode.ids.filter((id) => id !== cw.primary.set.id).map((id) => frameworkSet(cw, id))];
}

export function findFact(sets: LoadedSet[], id: string): FactDef | undefined {
  for (const s of sets) {
    const f = s.set.facts.find((x) => x.id === id);
    if (f) return f;
  }
  return undefined;
}

export function findIndicator(sets: LoadedSet[], id: string): IndicatorDef | undefined {
  for (const s of sets) {
    const i = s.set.indicators.find((x) => x.id === id);
    if (i) return i;
  }
  return undefined;
}

/**
 * The interview's steps in frameworks mode: the primary set's steps (with its skip logic) limited
 * to the planned questions, then the facts and items asked in another framework's own words, each
 * with that framework's skip logic. Recomputed after every answer, like planSteps.
 */
export function planFrameworkSteps(
  mode: FrameworksMode,
  session: Pick<Session, 'facts' | 'answers'>,
): Step[] {
  const cw = mode.crosswalk;
  const primaryId = cw.primary.set.id;
  const planned = planQuestions(mode.ids, cw);
  const wanted = new Set(planned.map(questionKey));
  const base = planSteps(cw.primary.compiled, session);
  const keep = (s: Step) => (s.kind !== 'fact' && s.kind !== 'indicator') || wanted.has(questionKey(s));
  const head = base.filter((s) => s.kind === 'safety' || s.kind === 'opening');
  const facts = base.filter((s) => s.kind === 'fact' && keep(s));
  const indicators = base.filter((s) => s.kind === 'indicator' && keep(s));

  const extra = planned.filter((q) => q.set !== primaryId && asked(mode, q, session));
  const extraFacts: Step[] = extra.filter((q) => q.kind === 'fact').map((q) => ({ kind: 'fact', id: q.id }));
  const own: Step[] = ELEMENTS.flatMap((el) =>
    extra
      .filter((q) => q.kind === 'indicator' && q.element === el)
      .map((q): Step => ({ kind: 'indicator', id: q.id, element: el })),
  );
  return [...head, ...facts, ...extraFacts, ...indicators, ...own, { kind: 'review' }];
}

/** Whether a question worded by another framework is asked, by that framework's skip logic. */
function asked(
  mode: FrameworksMode,
  q: PlannedQuestion,
  session: Pick<Session, 'facts' | 'answers'>,
): boolean {
  const cs = frameworkSet(mode.crosswalk, q.set).compiled;
  const answers = deriveFramework(mode.crosswalk, q.set, session.facts, session.answers).answers;
  return isAsked(cs, skipContext(cs, { facts: session.facts, answers }), q.kind, q.id);
}

/** The side-by-side report for a session: the same object `score --frameworks --json` gives. */
export function sessionFrameworksReport(
  mode: FrameworksMode,
  session: Pick<Session, 'facts' | 'answers'>,
  lang: Lang,
): FrameworksReport {
  return scoreInterview(mode.ids, session.facts, session.answers, lang, mode.crosswalk);
}

/**
 * One short line for a framework: its outcome so far and the elements in which it differs from
 * `shown`, the report whose elements the orientation has just printed (all of them without it).
 */
export function frameworkStatusLine(report: Report, lang: Lang, shown?: Report): string {
  const m = say(lang);
  const state = (r: Report, e: Element) =>
    e === 'means' && r.meansWaived && r.elements.means.status !== 'met'
      ? m.words.notRequired
      : m.status[r.elements[e].status];
  const elements = ELEMENTS.filter((e) => !shown || state(shown, e) !== state(report, e)).map(
    (e) => `${m.elementInText[e]} ${state(report, e)}`,
  );
  return [`${report.set.id}: ${report.outcomeLabel}`, ...elements].join(' · ');
}

/**
 * What to ask next across the frameworks: each framework's most decisive open questions in turn,
 * turned back into interview questions through the crosswalk, each once, only if still asked.
 */
export function nextQuestions(
  mode: FrameworksMode,
  fr: FrameworksReport,
  session: Pick<Session, 'answers'>,
  steps: Step[],
  text: (kind: 'fact' | 'indicator', id: string) => string,
  limit = 3,
): string[] {
  const cw = mode.crosswalk;
  const inPlan = new Set(
    steps.flatMap((s) => (s.kind === 'fact' || s.kind === 'indicator' ? [questionKey(s)] : [])),
  );
  const lists = fr.frameworks.map((report) =>
    report.openQuestions.flatMap((q) => {
      if (q.kind === 'fact') return [{ key: questionKey(q), text: q.question }];
      // A derived item is open while any question behind it is; those answered yes or no are not.
      const from = cw.frameworks.get(report.set.id)?.items.get(q.id)?.from ?? [q.id];
      return from
        .filter((id) => session.answers[id] !== 'yes' && session.answers[id] !== 'no')
        .map((id) => ({ key: questionKey({ kind: 'indicator', id }), text: text('indicator', id) }));
    }),
  );
  const out = new Map<string, string>();
  for (let k = 0; out.size < limit && lists.some((l) => k < l.length); k++)
    for (const l of lists) {
      const q = l[k];
      if (q && inPlan.has(q.key) && !out.has(q.key) && out.size < limit) out.set(q.key, q.text);
    }
  return [...out.values()];
}
