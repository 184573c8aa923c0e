/** The end of an interview: the assessment, printed and kept with the session. */
import { assess } from '../core/engine.js';
import { renderFrameworksText } from '../render/frameworks.js';
import { renderText } from '../render/text.js';
import type { FrameworksReport } from '../report/frameworks.js';
import { buildReport, withRespondent, type Report } from '../report/report.js';
import { sessionFrameworksReport } from './frameworks.js';
import type { Screen } from './screen.js';

export function finish(sc: Screen): { report: Report; frameworks?: FrameworksReport } {
  const { opts, session, lang, write, style } = sc;
  if (sc.mode) {
    const made = sessionFrameworksReport(sc.mode, session, lang);
    const primary = withRespondent(
      made.frameworks[0]!,
      sc.mode.crosswalk.primary.set,
      opts.respondent?.summary,
    );
    const fr = { ...made, frameworks: [primary, ...made.frameworks.slice(1)] };
    const first = primary;
    session.outcome = first.outcome;
    write('');
    opts.out.write(renderFrameworksText(fr, style));
    return { report: first, frameworks: fr };
  }
  const a = assess(opts.loaded.compiled, { facts: session.facts, answers: session.answers });
  const report = withRespondent(
    buildReport(a, opts.loaded.set, lang),
    opts.loaded.set,
    opts.respondent?.summary,
  );
  session.outcome = report.outcome;
  write('');
  opts.out.write(renderText(report, style));
  return { report };
}
