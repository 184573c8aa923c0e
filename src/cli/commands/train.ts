/** `tip-screen train [SCENARIO]` and `tip-screen train report RESULT.json...`: training mode. */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../base/errors.js';
import type { Lang } from '../../base/i18n.js';
import { classReport } from '../../report/class-report.js';
import { checkScenarioFile, libraryFiles, loadScenario } from '../../io/load-scenario.js';
import { renderClassReportMarkdown, renderClassReportText } from '../../render/class-report.js';
import { readResults } from '../../io/result-file.js';
import { writePrivateFile } from '../../io/private-file.js';
import { pickScenario, runTraining } from '../../training/train-flow.js';
import { createPrompter, requireTerminal } from '../../ui/prompts.js';
import type { Ctx } from '../context.js';
import { say } from '../../base/catalogue/index.js';

const ALTERNATIVE = 'tip-screen scenarios show <id>';

export function registerTrain(program: Command, ctx: Ctx): void {
  const train = program
    .command('train')
    .description('practise screening a simulated person; ends with a graded debrief')
    .argument('[scenario]', 'library id or scenario file (default: choose from the library)')
    .option('--out <file>', 'save the result as JSON (mode 0600; holds no name)')
    .action(async (ref: string | undefined, opts: { out?: string }, cmd: Command) => {
      const lang = ctx.lang(cmd);
      const t = say(lang).training;
      const out = opts.out ? resolve(ctx.io.cwd, opts.out) : undefined;
      // Refuse a result path that cannot be written before the trainee puts in the work.
      if (out && !(existsSync(dirname(out)) && statSync(dirname(out)).isDirectory()))
        throw new UserError('USAGE', (l) => say(l).cliErrors.USAGE.noResultFolder(opts.out!));
      const chosen = ref === undefined ? undefined : loadScenario(ref, ctx.io.cwd);
      needTerminal();
      const prompter = createPrompter(ctx.io);
      const { scenario, loaded } = chosen ?? loadScenario(await pickFromLibrary(lang), ctx.io.cwd);
      const end = await runTraining({
        scenario,
        loaded,
        lang,
        prompter,
        out: ctx.io.stdout,
        style: ctx.style(),
        now: () => new Date(),
      });
      if (out) {
        writePrivateFile(out, JSON.stringify(end.result, null, 2) + '\n');
        ctx.io.stdout.write(t.savedResult(opts.out!) + '\n');
      }

      async function pickFromLibrary(l: Lang): Promise<string> {
        const entries = libraryFiles().flatMap((f) => {
          const c = checkScenarioFile(f);
          return c.ok ? [c.ok.scenario] : [];
        });
        if (!entries.length) throw new UserError('USAGE', (lang) => say(lang).cliErrors.USAGE.emptyLibrary());
        return pickScenario(prompter, entries, l);
      }
    });

  train
    .command('report')
    .description(
      'aggregate a class: accuracy per scenario, miss rate per indicator, most common wrong outcome',
    )
    .argument('<results...>', 'result files written by "train --out"')
    .option('--markdown <file>', 'also write the report as Markdown')
    .option('--json', 'print JSON')
    .action((files: string[], opts: { markdown?: string; json?: boolean }, cmd: Command) => {
      const lang = ctx.lang(cmd);
      const report = classReport(readResults(files.map((f) => resolve(ctx.io.cwd, f))));
      if (opts.json) ctx.io.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else ctx.io.stdout.write(renderClassReportText(report, lang, ctx.style()));
      if (opts.markdown)
        writePrivateFile(resolve(ctx.io.cwd, opts.markdown), renderClassReportMarkdown(report, lang));
    });

  /** The shared check, with a hint that fits training rather than scoring. */
  function needTerminal(): void {
    requireTerminal(ctx.io, { alternative: ALTERNATIVE, use: 'training' });
  }
}
