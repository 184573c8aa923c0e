/** `tip-screen sessions list|show|export|delete`: manage saved screenings. */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { stringify } from 'yaml';
import { assess } from '../../core/engine.js';
import type { Session } from '../../interview/session.js';
import { dataDir, SessionStore, type SessionInfo } from '../../interview/store.js';
import { writePrivateFile } from '../../private-file.js';
import { renderMarkdown } from '../../render/markdown.js';
import { renderFrameworksMarkdown, renderFrameworksText } from '../../render/frameworks.js';
import { sessionFrameworksReport } from '../../interview/frameworks.js';
import type { FrameworksReport } from '../../frameworks/report.js';
import type { Lang } from '../../i18n.js';
import { buildReport, type Report } from '../../report.js';
import { padEnd } from '../../ui/output.js';
import { createPrompter } from '../../ui/prompts.js';
import type { Ctx } from '../program.js';
import { getPassphrase, interviewSetup } from './screen.js';

export function registerSessions(program: Command, ctx: Ctx): void {
  const cmd = program.command('sessions').description('list, show, export or delete saved screenings');
  const store = (c: Command) => {
    const o = c.optsWithGlobals<{ dataDir?: string }>();
    return new SessionStore(dataDir(ctx.io.env, o.dataDir && resolve(ctx.io.cwd, o.dataDir)));
  };
  cmd.option('--data-dir <dir>', 'where sessions are kept (default: $XDG_DATA_HOME/tip-screen)');

  /** Opens a session, asking for the passphrase only when it is encrypted and a terminal is there. */
  const open = async (c: Command, info: SessionInfo): Promise<Session> => {
    const tty = ctx.io.stdin.isTTY === true && ctx.io.stdout.isTTY === true;
    const passphrase = info.encrypted
      ? await getPassphrase(ctx.io, tty ? createPrompter(ctx.io) : undefined, ctx.lang(c), false)
      : undefined;
    return store(c).load(info, () => passphrase ?? '');
  };

  cmd
    .command('list')
    .description('list saved sessions, newest first')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }, c: Command) => {
      const items = store(c).list();
      if (opts.json) {
        ctx.io.stdout.write(
          JSON.stringify(
            items.map(({ id, encrypted }) => ({ id, encrypted })),
            null,
            2,
          ) + '\n',
        );
        return;
      }
      if (!items.length) {
        ctx.io.stdout.write(`No saved sessions in ${store(c).dir}.\n`);
        return;
      }
      for (const s of items) {
        let detail = 'encrypted';
        if (!s.encrypted) {
          const session = store(c).load(s);
          const answered = Object.keys(session.answers).length;
          detail = `${padEnd(session.status, 12)} ${padEnd(session.caseCode ?? '-', 16)} ${answered} answers  ${session.updatedAt.slice(0, 16)}`;
        }
        ctx.io.stdout.write(`${padEnd(s.id, 20)} ${detail}\n`);
      }
    });

  cmd
    .command('show')
    .description("show a session's progress and current assessment")
    .argument('<id>', 'session id')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }, c: Command) => {
      const session = await open(c, store(c).find(id));
      const report = assessSession(session, ctx.io.cwd, ctx.lang(c));
      if (opts.json) {
        ctx.io.stdout.write(
          JSON.stringify({ session: summary(session), assessment: report }, null, 2) + '\n',
        );
        return;
      }
      const s = summary(session);
      const head =
        `${s.id}  ${s.status}  case ${s.caseCode ?? '-'}  ` +
        (s.frameworks ? `frameworks ${s.frameworks.join(',')}` : `set ${s.set}`) +
        `\n${s.answered} answered, ${s.facts} facts, updated ${s.updatedAt}\n`;
      if (isFrameworks(report)) {
        ctx.io.stdout.write(`${head}\n${renderFrameworksText(report, ctx.style())}`);
        return;
      }
      ctx.io.stdout.write(`${head}outcome so far: ${report.outcomeLabel}\n`);
    });

  cmd
    .command('export')
    .description('export a session as an answers file (for `tip-screen score`) or a report')
    .argument('<id>', 'session id')
    .addOption(
      new Option('--format <format>', 'output').choices(['answers', 'json', 'markdown']).default('answers'),
    )
    .option('--out <file>', 'write to a file (mode 0600) instead of standard output')
    .action(
      async (id: string, opts: { format: 'answers' | 'json' | 'markdown'; out?: string }, c: Command) => {
        const session = await open(c, store(c).find(id));
        let body: string;
        if (opts.format === 'answers') {
          // With the frameworks, `tip-screen score` on this file gives the same side-by-side report.
          body = stringify({
            set: session.set,
            ...(session.frameworks ? { frameworks: session.frameworks } : {}),
            ...(session.caseCode ? { case: session.caseCode } : {}),
            facts: session.facts,
            answers: session.answers,
          });
        } else {
          const report = assessSession(session, ctx.io.cwd, ctx.lang(c));
          const meta = {
            ...(session.caseCode ? { caseCode: session.caseCode } : {}),
            date: session.updatedAt.slice(0, 10),
          };
          body =
            opts.format === 'json'
              ? JSON.stringify(report, null, 2) + '\n'
              : isFrameworks(report)
                ? renderFrameworksMarkdown(report, meta)
                : renderMarkdown(report, meta);
        }
        if (opts.out) writePrivateFile(resolve(ctx.io.cwd, opts.out), body);
        else ctx.io.stdout.write(body);
      },
    );

  cmd
    .command('delete')
    .description('delete a session (its bytes are overwritten before the file is removed)')
    .argument('<id>', 'session id')
    .action((id: string, _opts: unknown, c: Command) => {
      const info = store(c).find(id);
      store(c).delete(info);
      ctx.io.stdout.write(`deleted ${info.id}\n`);
    });
}

/** The session's assessment: one report, or the side-by-side report of a frameworks session. */
function assessSession(session: Session, cwd: string, lang: Lang): Report | FrameworksReport {
  const { loaded, frameworks } = interviewSetup(session, cwd);
  if (frameworks) return sessionFrameworksReport(frameworks, session, lang);
  return buildReport(assess(loaded.compiled, session), loaded.set, lang);
}

const isFrameworks = (r: Report | FrameworksReport): r is FrameworksReport => 'disagreements' in r;

function summary(s: Session) {
  return {
    id: s.id,
    caseCode: s.caseCode,
    set: s.set,
    ...(s.frameworks ? { frameworks: s.frameworks } : {}),
    status: s.status,
    answered: Object.keys(s.answers).length,
    facts: Object.keys(s.facts).length,
    updatedAt: s.updatedAt,
    outcome: s.outcome,
  };
}
