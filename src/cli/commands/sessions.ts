/** `tip-screen sessions list|show|export|delete`: manage saved screenings. */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { stringify } from 'yaml';
import { assess } from '../../core/engine.js';
import type { Session } from '../../interview/session.js';
import { dataDir, SessionStore, writeFileAtomic, type SessionInfo } from '../../interview/store.js';
import { renderMarkdown } from '../../render/markdown.js';
import { buildReport } from '../../report.js';
import { loadSet } from '../../sets/load-set.js';
import { padEnd } from '../../ui/output.js';
import { createPrompter } from '../../ui/prompts.js';
import type { Ctx } from '../program.js';
import { getPassphrase } from './screen.js';

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
      const { set, compiled } = loadSet(session.set, ctx.io.cwd);
      const report = buildReport(assess(compiled, session), set, ctx.lang(c));
      if (opts.json) {
        ctx.io.stdout.write(
          JSON.stringify({ session: summary(session), assessment: report }, null, 2) + '\n',
        );
        return;
      }
      const s = summary(session);
      ctx.io.stdout.write(
        `${s.id}  ${s.status}  case ${s.caseCode ?? '-'}  set ${s.set}\n` +
          `${s.answered} answered, ${s.facts} facts, updated ${s.updatedAt}\n` +
          `outcome so far: ${report.outcomeLabel}\n`,
      );
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
          body = stringify({
            set: session.set,
            ...(session.caseCode ? { case: session.caseCode } : {}),
            facts: session.facts,
            answers: session.answers,
          });
        } else {
          const { set, compiled } = loadSet(session.set, ctx.io.cwd);
          const report = buildReport(assess(compiled, session), set, ctx.lang(c));
          body =
            opts.format === 'json'
              ? JSON.stringify(report, null, 2) + '\n'
              : renderMarkdown(report, {
                  ...(session.caseCode ? { caseCode: session.caseCode } : {}),
                  date: session.updatedAt.slice(0, 10),
                });
        }
        if (opts.out) writeFileAtomic(resolve(ctx.io.cwd, opts.out), body);
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

function summary(s: Session) {
  return {
    id: s.id,
    caseCode: s.caseCode,
    set: s.set,
    status: s.status,
    answered: Object.keys(s.answers).length,
    facts: Object.keys(s.facts).length,
    updatedAt: s.updatedAt,
    outcome: s.outcome,
  };
}
