import type { Command } from 'commander';
import { renderFrameworksText } from '../../render/frameworks.js';
import { assessSession, isFrameworks, summary } from './session-report.js';
import type { SessionsCtx } from './sessions-context.js';
import { say } from '../../base/catalogue/index.js';

/** `sessions show`: a session's progress and its assessment so far. */
export function registerSessionsShow(cmd: Command, sc: SessionsCtx): void {
  const { ctx } = sc;
  cmd
    .command('show')
    .description("show a session's progress and current assessment")
    .argument('<ref>', 'session id (or its end) or case code')
    .option('--json', 'print JSON')
    .addOption(sc.acceptOlder())
    .action(async (id: string, opts: { json?: boolean; acceptOlder?: boolean }, c: Command) => {
      const info = sc.store(c).find(id);
      const { session } = await sc.open(c, info, opts.acceptOlder);
      const lang = ctx.lang(c);
      const report = assessSession(session, ctx.io.cwd, lang);
      if (opts.json) {
        ctx.io.stdout.write(
          JSON.stringify({ session: summary(session), assessment: report }, null, 2) + '\n',
        );
        return;
      }
      const s = summary(session);
      const t = say(lang).commands.sessions;
      const head =
        `${s.id}  ${t.status[s.status] ?? s.status}  ${t.caseCode(s.caseCode ?? '-')}  ` +
        (s.frameworks ? t.frameworks(s.frameworks.join(',')) : t.set(s.set)) +
        `\n${t.progress(s.answered, s.facts, s.updatedAt)}\n`;
      if (isFrameworks(report)) {
        ctx.io.stdout.write(`${head}\n${renderFrameworksText(report, ctx.style())}`);
        return;
      }
      ctx.io.stdout.write(`${head}${t.outcomeSoFar(report.outcomeLabel)}\n`);
    });
}
