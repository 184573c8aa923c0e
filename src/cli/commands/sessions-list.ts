import type { Command } from 'commander';
import { isUserError } from '../../base/errors.js';
import { padEnd } from '../../render/layout.js';
import { errorTitle } from '../error-text.js';
import type { SessionsCtx } from './sessions-context.js';

/** `sessions list`: every saved session, a damaged one marked with the reason. */
export function registerSessionsList(cmd: Command, sc: SessionsCtx): void {
  const { ctx } = sc;
  cmd
    .command('list')
    .description('list saved sessions, newest first; damaged ones are marked, the rest still listed')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }, c: Command) => {
      const s = sc.store(c);
      const lang = ctx.lang(c);
      // One bad file must not hide the others: each is checked on its own.
      const items = s.list().map((info) => {
        try {
          return { info, state: s.check(info) };
        } catch (e) {
          if (!isUserError(e)) throw e;
          return { info, state: { damaged: `${errorTitle(e.code, lang)} [${e.code}]`, code: e.code } };
        }
      });
      if (opts.json) {
        ctx.io.stdout.write(
          JSON.stringify(
            items.map(({ info, state }) => ({
              id: info.id,
              encrypted: info.encrypted,
              ...(typeof state !== 'string' && 'damaged' in state ? { damaged: state.code } : {}),
            })),
            null,
            2,
          ) + '\n',
        );
        return;
      }
      if (!items.length) {
        ctx.io.stdout.write(`No saved sessions in ${s.dir}.\n`);
        return;
      }
      for (const { info, state } of items) {
        let detail: string;
        if (typeof state === 'string') detail = 'encrypted';
        else if ('damaged' in state) detail = `damaged: ${state.damaged}`;
        else {
          const answered = Object.keys(state.answers).length;
          detail = `${padEnd(state.status, 12)} ${padEnd(state.caseCode ?? '-', 16)} ${answered} answers  ${state.updatedAt.slice(0, 16)}`;
        }
        ctx.io.stdout.write(`${padEnd(info.id, 20)} ${detail}\n`);
      }
      const bad = items.filter(({ state }) => typeof state !== 'string' && 'damaged' in state).length;
      if (bad)
        ctx.io.stderr.write(
          `${bad} session file${bad === 1 ? '' : 's'} cannot be opened; run "tip-screen sessions show ID" for the reason and the fix.\n`,
        );
    });
}
