/**
 * Where the assessment stands, printed when a section ends: the three elements so far and the
 * most decisive questions still open (in frameworks mode, one line for each other framework).
 */
import { say } from '../base/catalogue/index.js';
import { pick } from '../base/i18n.js';
import { assess } from '../core/engine.js';
import { ELEMENTS } from '../core/vocabulary.js';
import { wrap } from '../render/layout.js';
import { buildReport, type Report } from '../report/report.js';
import {
  frameworkStatusLine,
  nextQuestions,
  sessionFrameworksReport,
  type FrameworksMode,
} from './frameworks.js';
import type { Screen } from './screen.js';

export function orientation(sc: Screen): void {
  if (sc.mode) return frameworksOrientation(sc, sc.mode);
  const { opts, session, lang, write, t } = sc;
  const report = buildReport(
    assess(opts.loaded.compiled, { facts: session.facts, answers: session.answers }),
    opts.loaded.set,
    lang,
  );
  write('');
  wrapped(sc, `${t.orientation}: `, elementsLine(sc, report));
  askNext(
    sc,
    report.openQuestions.slice(0, 3).map((q) => q.question),
  );
  write('');
}

/** A bold label and its text, wrapped to the width with the lines after the first indented. */
function wrapped({ write, style }: Screen, label: string, text: string): void {
  const lines = wrap(`${label}${text}`, style.width, '  ', '');
  lines.forEach((l, i) => write(i === 0 ? style.chalk.bold(label) + l.slice(label.length) : l));
}

function elementsLine({ lang, t, style }: Screen, report: Report): string {
  return ELEMENTS.map((e) => {
    const s = report.elements[e].status;
    const text = e === 'means' && report.meansWaived && s !== 'met' ? '—' : say(lang).status[s];
    return `${t.sections[e]}: ${s === 'met' ? style.chalk.green(text) : text}`;
  }).join(' · ');
}

function askNext({ write, style, t }: Screen, questions: string[]): void {
  if (!questions.length) return;
  write(style.chalk.dim(`${t.askNext}:`));
  for (const q of questions) for (const l of wrap(q, style.width, '    ', '  - ')) write(style.chalk.dim(l));
}

/**
 * The orientation of a single-set screening for the primary set (or, when it is not screened,
 * the first framework named, by name), and one short line for each other framework: its outcome
 * so far and the elements in which it differs from the line above.
 */
function frameworksOrientation(sc: Screen, m: FrameworksMode): void {
  const { session, lang, write, style, t } = sc;
  const fr = sessionFrameworksReport(m, session, lang);
  const primaryId = m.crosswalk.primary.set.id;
  const lead = fr.frameworks.find((r) => r.set.id === primaryId) ?? fr.frameworks[0]!;
  const label = lead.set.id === primaryId ? t.orientation : `${t.orientation} (${lead.set.id})`;
  write('');
  wrapped(sc, `${label}: `, elementsLine(sc, lead));
  for (const r of fr.frameworks) {
    if (r === lead) continue;
    for (const l of wrap(frameworkStatusLine(r, lang, lead), style.width, '      ', '  ')) write(l);
  }
  askNext(
    sc,
    nextQuestions(m, fr, session, sc.steps(), (kind, id) =>
      pick(kind === 'fact' ? sc.factDef(id).question : sc.indicatorDef(id).question, lang),
    ),
  );
  write('');
}
