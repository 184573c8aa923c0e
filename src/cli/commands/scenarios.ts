/** `tip-screen scenarios list|show|validate|check|schema`: the training-scenario library. */
import { say } from '../../base/catalogue/index.js';
import { relative } from 'node:path';
import type { Command } from 'commander';
import { EXIT, formatProblem, UserError } from '../../base/errors.js';
import { pick, type Lang } from '../../base/i18n.js';
import { padEnd } from '../../render/layout.js';
import {
  checkOutcome,
  checkScenarioFile,
  libraryFiles,
  loadScenario,
  resolveScenarioFile,
  type CheckResult,
  type CheckedFile,
} from '../../io/load-scenario.js';
import { renderScenario } from '../../render/scenario.js';
import { scenarioJsonSchema } from '../../core/scenario-schema.js';
import type { Ctx } from '../context.js';

/** What the scenarios subcommands share: the context, and how files and problems are shown. */
interface Library {
  ctx: Ctx;
  /** Paths inside the working folder print relative to it; others in full. */
  show: (file: string) => string;
  reportBad: (c: CheckedFile, lang: Lang) => void;
  fileJson: (c: CheckedFile) => {
    file: string;
    ok: boolean;
    id: string | null;
    problems: CheckedFile['problems'];
  };
}

function library(ctx: Ctx): Library {
  const show = (file: string) => {
    const rel = relative(ctx.io.cwd, file);
    return rel && !rel.startsWith('..') ? rel : file;
  };
  return {
    ctx,
    show,
    reportBad: (c, lang) => {
      ctx.io.stderr.write(`${say(lang).commands.scenarios.bad(show(c.file), c.problems.length)}\n`);
      for (const p of c.problems) ctx.io.stderr.write(`  ${formatProblem(p, lang)}\n`);
    },
    fileJson: (c) => ({
      file: show(c.file),
      ok: Boolean(c.ok),
      id: c.ok?.scenario.id ?? null,
      problems: c.problems,
    }),
  };
}

export function registerScenarios(program: Command, ctx: Ctx): void {
  const cmd = program
    .command('scenarios')
    .description('list, show, validate and check the training scenarios');
  const sx = library(ctx);
  scenariosList(cmd, sx);
  scenariosShow(cmd, sx);
  scenariosValidate(cmd, sx);
  scenariosCheck(cmd, sx);
  scenariosSchema(cmd, sx);
}

function scenariosList(cmd: Command, sx: Library): void {
  const { ctx, show } = sx;
  cmd
    .command('list')
    .description('list the scenarios in the library')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }, sub: Command) => {
      const lang = ctx.lang(sub);
      const t = say(lang).training;
      const checked = libraryFiles().map(checkScenarioFile);
      const rows = checked.flatMap((c) => (c.ok ? [c.ok.scenario] : []));
      if (opts.json) {
        const list = rows.map((s) => ({
          id: s.id,
          title: s.title,
          level: s.level,
          set: s.set,
          expected: s.expected.outcome,
        }));
        ctx.io.stdout.write(JSON.stringify(list, null, 2) + '\n');
      } else {
        const { chalk } = ctx.style();
        const idWidth = Math.max(0, ...rows.map((s) => s.id.length));
        for (const s of rows)
          ctx.io.stdout.write(
            `${padEnd(s.id, idWidth)}  ${padEnd(t.levels[s.level], 13)} ${padEnd(say(lang).outcomeLabel[s.expected.outcome], 24)} ${chalk.dim(pick(s.title, lang))}\n`,
          );
      }
      const bad = checked.filter((c) => !c.ok);
      for (const c of bad) ctx.io.stderr.write(`${say(lang).commands.scenarios.invalid(show(c.file))}\n`);
      if (bad.length)
        throw new UserError('SCENARIO_INVALID', (lang) =>
          say(lang).cliErrors.SCENARIO_INVALID.library(bad.length),
        );
    });
}

function scenariosShow(cmd: Command, sx: Library): void {
  const { ctx } = sx;
  cmd
    .command('show')
    .description('show a scenario with every reply and the expert coding (for trainers)')
    .argument('<scenario>', 'library id or scenario file')
    .option('--json', 'print JSON')
    .action((ref: string, opts: { json?: boolean }, sub: Command) => {
      const { scenario, loaded } = loadScenario(ref, ctx.io.cwd);
      if (opts.json) ctx.io.stdout.write(JSON.stringify(scenario, null, 2) + '\n');
      else
        ctx.io.stdout.write(
          renderScenario(scenario, loaded.set, loaded.compiled, ctx.lang(sub), ctx.style()),
        );
    });
}

function scenariosValidate(cmd: Command, sx: Library): void {
  const { ctx, show, reportBad, fileJson } = sx;
  cmd
    .command('validate')
    .description('check scenario files against their indicator set; lists every problem as file:line:col')
    .argument('<scenarios...>', 'scenario files or library ids')
    .option('--json', 'print JSON')
    .action((files: string[], opts: { json?: boolean }, sub: Command) => {
      const lang = ctx.lang(sub);
      const t = say(lang).commands.scenarios;
      const checked = files.map((f) => checkScenarioFile(resolveScenarioFile(f, ctx.io.cwd)));
      if (opts.json) ctx.io.stdout.write(JSON.stringify(checked.map(fileJson), null, 2) + '\n');
      else
        for (const c of checked) {
          if (!c.ok) reportBad(c, lang);
          else {
            const { scenario, loaded } = c.ok;
            const replies = Object.keys(scenario.replies).length;
            ctx.io.stdout.write(`${t.valid(show(c.file), scenario.id, replies, loaded.set.id)}\n`);
          }
        }
      const bad = checked.filter((c) => !c.ok).length;
      if (bad)
        throw new UserError('SCENARIO_INVALID', (lang) =>
          say(lang).cliErrors.SCENARIO_INVALID.filesFailed(bad, files.length),
        );
    });
}

function scenariosCheck(cmd: Command, sx: Library): void {
  const { ctx, show, reportBad, fileJson } = sx;
  cmd
    .command('check')
    .description(
      "run every scenario's expert coding through the scorer; fails if an outcome is not the expected one",
    )
    .argument('[scenarios...]', 'scenario files or library ids (default: the whole library)')
    .option('--json', 'print JSON')
    .action((files: string[], opts: { json?: boolean }, sub: Command) => {
      const lang = ctx.lang(sub);
      const t = say(lang).commands.scenarios;
      const labels = say(lang).outcomeLabel as Record<string, string>;
      const outcome = (o: string) => t.outcome(o, labels[o] ?? o);
      const targets = files.length ? files.map((f) => resolveScenarioFile(f, ctx.io.cwd)) : libraryFiles();
      const checked = targets.map(checkScenarioFile);
      const results: CheckResult[] = checked.flatMap((c) => (c.ok ? [checkOutcome(c.ok)] : []));
      const invalid = checked.filter((c) => !c.ok);
      const wrong = results.filter((r) => !r.ok);
      if (opts.json)
        ctx.io.stdout.write(
          JSON.stringify(
            {
              ok: invalid.length === 0 && wrong.length === 0,
              scenarios: results.map((r) => ({ ...r, file: show(r.file) })),
              invalid: invalid.map(fileJson),
            },
            null,
            2,
          ) + '\n',
        );
      else {
        for (const r of results)
          ctx.io.stdout.write(
            (r.ok
              ? t.passed(r.id, outcome(r.actual))
              : t.failed(r.id, outcome(r.expected), outcome(r.actual), show(r.file))) + '\n',
          );
        for (const c of invalid) reportBad(c, lang);
        ctx.io.stdout.write(`${t.summary(results.length - wrong.length, targets.length)}\n`);
      }
      if (invalid.length)
        throw new UserError('SCENARIO_INVALID', (lang) =>
          say(lang).cliErrors.SCENARIO_INVALID.files(invalid.length),
        );
      if (wrong.length)
        throw new UserError(
          'SCENARIO_INVALID',
          (lang) =>
            say(lang).cliErrors.SCENARIO_INVALID.wrongOutcome(
              wrong.length,
              wrong.map((r) => r.id).join(', '),
            ),
          { exitCode: EXIT.record },
        );
    });
}

function scenariosSchema(cmd: Command, sx: Library): void {
  const { ctx } = sx;
  cmd
    .command('schema')
    .description('print the scenario format as JSON Schema (for editor validation and completion)')
    .action(() => {
      ctx.io.stdout.write(JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
    });
}
