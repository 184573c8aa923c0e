/** `tip-screen score ANSWERS_FILE`: one assessment from an answers file (or "-" for stdin). */
import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { answersFor, parseAnswersFile, readText } from '../../answers-file.js';
import { assess } from '../../core/engine.js';
import { renderMarkdown } from '../../render/markdown.js';
import { renderText } from '../../render/text.js';
import { buildReport } from '../../report.js';
import { DEFAULT_SET, loadSet } from '../../sets/load-set.js';
import type { Ctx } from '../program.js';

interface ScoreOptions {
  set?: string;
  format: 'text' | 'json' | 'markdown';
  json?: boolean;
  out?: string;
}

export function registerScore(program: Command, ctx: Ctx): void {
  program
    .command('score')
    .description('score an answers file (YAML or JSON; "-" reads standard input)')
    .argument('<answers-file>', 'file with { set, facts, answers }')
    .option('--set <id|file>', 'indicator set id or file (overrides the file\'s "set")')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'),
    )
    .option('--json', 'same as --format json')
    .option('--out <file>', 'write the report to a file (created with mode 0600) instead of standard output')
    .action(async (path: string, opts: ScoreOptions, cmd: Command) => {
      const lang = ctx.lang(cmd);
      const text = await readText(path, ctx.io.stdin);
      const file = parseAnswersFile(text, path === '-' ? '<stdin>' : path);
      const { set, compiled } = loadSet(opts.set ?? file.setRef ?? DEFAULT_SET, ctx.io.cwd);
      const input = answersFor(file, set);
      const report = buildReport(assess(compiled, input), set, lang);
      const format = opts.json ? 'json' : opts.format;
      const body =
        format === 'json'
          ? JSON.stringify(report, null, 2) + '\n'
          : format === 'markdown'
            ? renderMarkdown(report, file.caseCode ? { caseCode: file.caseCode } : {})
            : renderText(report, ctx.style(opts.out ? { write: () => true } : ctx.io.stdout));
      if (opts.out) writeFileSync(opts.out, body, { mode: 0o600 });
      else ctx.io.stdout.write(body);
    });
}
