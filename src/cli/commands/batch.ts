/** `tip-screen batch INPUT...`: scores anonymised records in bulk, for research (see run-batch.ts). */
import { Option, type Command } from 'commander';
import { runBatch } from '../../batch/run-batch.js';
import { DEFAULT_SET } from '../../core/loaded-set.js';
import { UserError } from '../../base/errors.js';
import { say } from '../../base/catalogue/index.js';
import type { Ctx } from '../context.js';
import { leanCommand } from '../lean.js';

interface BatchFlags {
  set: string;
  frameworks?: string;
  inFormat?: 'jsonl' | 'csv';
  outFormat?: 'jsonl' | 'csv';
  out?: string;
  map?: string;
  errors?: string;
  summary?: string;
  report?: string;
  by?: string;
  label?: string;
  strict?: boolean;
  uniqueIds?: boolean;
  allowIdentifiers?: boolean;
  jobs: string;
  columns?: string;
  quiet?: boolean;
}

export function registerBatch(program: Command, ctx: Ctx): void {
  leanCommand(program.command('batch'))
    .description('score many anonymised records (JSONL or CSV; "-" reads standard input) for research')
    .argument('<inputs...>', 'JSONL or CSV files, or "-" for standard input')
    .option('--set <id|file>', 'indicator set id or file', DEFAULT_SET)
    .option(
      '--frameworks <ids>',
      'score every record under several frameworks, e.g. nhrck-2016,kr-2023,palermo (records answer the nhrck-2016 questions; not with --set)',
    )
    .addOption(
      new Option('--in-format <format>', 'input format (default: from the file name)').choices([
        'jsonl',
        'csv',
      ]),
    )
    .addOption(
      new Option('--out-format <format>', 'output format (default: from --out, else jsonl)').choices([
        'jsonl',
        'csv',
      ]),
    )
    .option('--out <file>', 'write one row per record here ("-" or absent: standard output)')
    .option('--map <file>', "YAML file mapping your column names and values to the set's")
    .option('--errors <file>', 'write every bad record (line, id, problems) as JSON lines')
    .option('--summary <file>', 'write the summary as JSON')
    .option('--report <file>', 'write the summary as a self-contained HTML report with charts')
    .option('--by <fact>', 'group outcome counts by this fact (e.g. sector)')
    .option('--label <column>', 'column with the known status (victim/non-victim, 1/0) to validate against')
    .option('--strict', 'stop at the first bad record')
    .option('--unique-ids', 'refuse the input if two records share an id (otherwise a warning)')
    .option('--allow-identifiers', 'score even if fields look identifying (names, phone numbers, ...)')
    .option('--jobs <n>', 'worker threads to score on', '1')
    .option(
      '--columns <list>',
      'output columns: "all" (default), "minimal" (id, outcome, element statuses) or a comma-separated ' +
        'list of id, outcome, elements (or elements.act, elements.means, elements.purpose), meansWaived, ' +
        'waiverReason, reasons, openQuestions; reasons and open questions left out are not computed, ' +
        'which is faster',
    )
    .option('--quiet', 'do not print the summary table on standard error')
    .action(async (inputs: string[], flags: BatchFlags, cmd: Command) => {
      const jobs = Number(flags.jobs);
      if (!/^\d+$/.test(flags.jobs)) throw new UserError('USAGE', (lang) => say(lang).cliErrors.USAGE.jobs());
      await runBatch(
        {
          inputs,
          // The default set is no choice of the user's, so it does not clash with --frameworks.
          set: cmd.getOptionValueSource('set') === 'default' ? undefined : flags.set,
          frameworks: flags.frameworks,
          inFormat: flags.inFormat,
          outFormat: flags.outFormat,
          out: flags.out,
          map: flags.map,
          errors: flags.errors,
          summary: flags.summary,
          report: flags.report,
          by: flags.by,
          label: flags.label,
          strict: flags.strict === true,
          uniqueIds: flags.uniqueIds === true,
          allowIdentifiers: flags.allowIdentifiers === true,
          jobs,
          columns: flags.columns,
          quiet: flags.quiet === true,
          lang: ctx.lang(cmd),
        },
        ctx.io,
      );
    });
}
