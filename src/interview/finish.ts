/** The end of an interview: the assessment, printed and kept with the session. */
import { assess } from '../core/engine.js';
import { renderFrameworksText } from '../render/frameworks.js';
import { renderText } from '../render/text.js';
import type { FrameworksReport } from '../report/frameworks.js';
import { buildReport, type Report } from '../report/report.js';
import { sessionFrameworksReport } from './frameworks.js';
import type { Screen } from './screen.js';

export function finish(sc: Screen): { report: Report; frameworks?: FrameworksReport } {
  const { opts, session, lang, write, style } = sc;
  if (sc.mode) {
    const fr = sessionFrameworksReport(sc.mode, session, lang);
    const first = fr.frameworks[0]!;
    session.outcome = first.outcome;
    write('');
    opts.out.write(renderFrameworksText(fr, style));
    return { report: first, frameworks: fr };
  }
  const a = assess(opts.loaded.compiled, { facts: session.facts, answers: session.answers });
  const report = buildReport(a, opts.loaded.set, lang);
  session.outcome = report.outcome;
  write('');
  opts.out.write(renderText(report, style));
  return { report };
}
