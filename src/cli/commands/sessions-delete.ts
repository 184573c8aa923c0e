import type { Command } from 'commander';
import { isUserError, UserError } from '../../base/errors.js';
import type { SessionsCtx } from './sessions-context.js';
import { say } from '../../base/catalogue/index.js';

/** `sessions delete`: overwritten, then removed, after a confirmation. */
export function registerSessionsDelete(cmd: Command, sc: SessionsCtx): void {
  const { ctx } = sc;
  cmd
    .command('delete')
    .description('delete a session (its bytes are overwritten before the file is removed)')
    .argument('<ref>', 'session id (or its end) or case code')
    .option('-y, --yes', 'do not ask for confirmation')
    .option('--force', 'delete an encrypted or damaged session without opening it')
    .action(async (id: string, opts: { yes?: boolean; force?: boolean }, c: Command) => {
      const s = sc.store(c);
      const info = s.find(id);
      if (!opts.yes) {
        if (!sc.terminal())
          throw new UserError('USAGE', (lang) => say(lang).cliErrors.USAGE.deleteUnconfirmed(info.id));
        const labels = say(ctx.lang(c)).words.confirm;
        const message = say(ctx.lang(c)).cliErrors.deleteSession.confirm(info.id);
        if (
          !(await sc.makePrompter(ctx.io).confirm({ message, default: false, labels, lang: ctx.lang(c) }))
        ) {
          ctx.io.stdout.write(`${say(ctx.lang(c)).commands.sessions.kept(info.id)}\n`);
          return;
        }
      }
      // Nobody may be writing into it meanwhile.
      const lock = s.lock(info.id);
      try {
        // An encrypted session is deleted by who can open it, unless --force says so knowingly.
        if (info.encrypted && !opts.force) {
          try {
            await sc.unlock(c, info, { acceptOlder: true });
          } catch (e) {
            if (!isUserError(e)) throw e;
            const shut = e;
            // The reason in the user's words, with what it means for the deletion.
            throw new UserError(shut.code, (lang) => ({
              message: shut.localized?.(lang).message ?? shut.message,
              hint: say(lang).cliErrors.deleteSession.needsPassphrase,
            }));
          }
        }
        s.delete(info);
      } finally {
        lock.release();
      }
      ctx.io.stdout.write(`${say(ctx.lang(c)).commands.sessions.deleted(info.id)}\n`);
    });
}
