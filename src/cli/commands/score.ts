/**
 * `tip-screen score ANSWERS_FILE`: one assessment from an answers file (or "-" for stdin). The
 * modules of each format, of the frameworks and of --out are loaded only when asked for: a
 * script scoring one file as JSON should not wait for the renderers it does not use.
 */
import { Option, type Command } from 'commander';
import { answersFor, parseAnswersFile, readText, type AnswersFile } from '../../io/answers-file.js';
import { assess } from '../../core/engine.js';
import type { Lang } from '../../base/i18n.js';
import { UserError } from '../../base/errors.js';
import { say } from '../../base/catalogue/index.js';
import { buildReport } from '../../report/report.js';
import { resolve } from 'node:path';
import { loadSet, prepareSets } from '../../io/load-set.js';
import { DEFAULT_SET } from '../../core/loaded-set.js';
import { loadCrosswalk, prepareCrosswalk } from '../../io/load-crosswalk.js';
import { loadDisplayWidth } from '../../ui/output.js';
import { leanCommand } from '../lean.js';
import { refuseIdentifyingAnswers } from '../../io/answers-guard.js';
import type { Ctx } from '../context.js';

interface ScoreOptions {
  set?: string;
  frameworks?: string;
  format: 'text' | 'json' | 'markdown' | 'html';
  json?: boolean;
  out?: string;
  details?: boolean;
  ids?: boolean;
}

export function registerScore(program: Command, ctx: Ctx): void {
  leanCommand(program.command('score'))
    .description('score an answers file (YAML or JSON; "-" reads standard input)')
    .argument('<answers-file>', 'file with { set, facts, answers }')
    .option('--set <id|file>', 'indicator set id or file (overrides the file\'s "set")')
    .option(
      '--frameworks <ids>',
      'score one interview under several frameworks, e.g. nhrck-2016,kr-2023,palermo (overrides the file\'s "frameworks")',
    )
    .addOption(
      new Option('--format <format>', 'output format (markdown and html: the case file to keep)')
        .choices(['text', 'json', 'markdown', 'html'])
        .default('text'),
    )
    .option('--json', 'same as --format json')
    .option('--details', 'print every reason, legal note, protection action and contact in full')
    .option(
      '--ids',
      'name each item by its label and its id, e.g. "passport taken [nhrck16.purpose.documents-taken]"',
    )
    .option('--out <file>', 'write the report to a file (created with mode 0600) instead of standard output')
    .action(async (path: string, opts: ScoreOptions, cmd: Command) => {
      const lang = ctx.lang(cmd);
      // The report written over the answers it came from would lose them.
      const out = opts.out === undefined ? undefined : resolve(ctx.io.cwd, opts.out);
      if (opts.out !== undefined && path !== '-')
        (await import('../../io/same-file.js')).refuseSameFiles(
          ctx.io.cwd,
          [{ role: 'answers file', path }],
          [{ role: '--out', path: opts.out }],
          lang,
        );
      const text = await readText(path, ctx.io.stdin);
      const file = parseAnswersFile(text, path === '-' ? '<stdin>' : path);
      refuseIdentifyingAnswers(file.source, lang);
      await prepare(ctx, file, opts);
      const body = await scoreBody(ctx, file, opts, lang);
      if (out) (await import('../../io/private-file.js')).writePrivateFile(out, body);
      else ctx.io.stdout.write(body);
    });
}

/** The sets asked for are built in, or need the full checks; only text is measured for layout. */
async function prepare(ctx: Ctx, file: AnswersFile, opts: ScoreOptions): Promise<void> {
  const frameworks = opts.frameworks ?? (opts.set === undefined ? file.frameworks : undefined);
  await Promise.all([
    frameworks === undefined
      ? prepareSets([opts.set ?? file.setRef ?? DEFAULT_SET], ctx.io.cwd)
      : prepareCrosswalk(),
    opts.json || opts.format === 'json' || loadDisplayWidth(),
  ]);
}

/** The report in the asked format: one set's, or several frameworks' side by side. */
async function scoreBody(ctx: Ctx, file: AnswersFile, opts: ScoreOptions, lang: Lang): Promise<string> {
  const format = opts.json ? 'json' : opts.format;
  const style = () => ctx.style(opts.out ? { write: () => true } : ctx.io.stdout);
  const caseFile = async () => {
    const m = await import('../case-record.js');
    return { write: format === 'html' ? m.caseFileHtml : m.caseFileMarkdown, record: m.answersRecord };
  };
  const frameworks = opts.frameworks ?? (opts.set === undefined ? file.frameworks : undefined);
  if (frameworks !== undefined) {
    if (opts.set !== undefined)
      throw new UserError('USAGE', (l) => say(l).cliErrors.USAGE.setAndFrameworks());
    const { scoreFrameworksFile } = await import('../../io/score-file.js');
    const fr = scoreFrameworksFile(file, frameworks, lang, loadCrosswalk());
    if (format === 'json') return JSON.stringify(fr, null, 2) + '\n';
    if (format === 'text')
      return (await import('../../render/frameworks.js')).renderFrameworksText(
        fr,
        style(),
        textOptions(opts),
      );
    // The questions and answers of a frameworks case file are the primary set's.
    const primary = loadSet(fr.primary, ctx.io.cwd);
    const cf = await caseFile();
    return cf.write(fr, primary, cf.record(answersFor(file, primary.set), file.caseCode, new Date()));
  }
  const { set, compiled } = loadSet(opts.set ?? file.setRef ?? DEFAULT_SET, ctx.io.cwd);
  const input = answersFor(file, set);
  const report = buildReport(assess(compiled, input), set, lang, { ids: opts.ids === true });
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  if (format === 'text')
    return (await import('../../render/text.js')).renderText(report, style(), textOptions(opts));
  const cf = await caseFile();
  return cf.write(report, { set, compiled }, cf.record(input, file.caseCode, new Date()));
}

const textOptions = (opts: ScoreOptions) => ({ details: opts.details === true, detailsHint: '--details' });
