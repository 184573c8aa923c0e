import type { Command } from 'commander';
import { isUserError } from '../../base/errors.js';
import { padEnd } from '../../render/layout.js';
import { localTime } from '../../io/session-line.js';
import { errorTitle } from '../error-text.js';
import { say } from '../../base/catalogue/index.js';
import type { SessionsCtx } from './sessions-context.js';

const WIDTHS = [18, 12, 16, 8];

/** One line of the table: every column but the last padded to its width, by display width. */
function row(cells: string[]): string {
  return cells
    .map((c, i) => (i < cells.length - 1 ? padEnd(c, WIDTHS[i] ?? 0) : c))
    .join(' ')
    .trimEnd();
}

/** `sessions list`: every saved session, a damaged one marked with the reason. */
export function registerSessionsList(cmd: Command, sc: SessionsCtx): void {
  const { ctx } = sc;
  cmd
    .command('list')
    .description('list saved sessions, last changed first; damaged ones are marked, the rest still listed')
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
              changedAt: new Date(info.changedAt).toISOString(),
              ...(typeof state !== 'string' && 'damaged' in state ? { damaged: state.code } : {}),
            })),
            null,
            2,
          ) + '\n',
        );
        return;
      }
      const t = say(lang).commands.sessions;
      if (!items.length) {
        ctx.io.stdout.write(`${t.none(s.dir)}\n`);
        return;
      }
      ctx.io.stdout.write(row(t.columns) + '\n');
      for (const { info, state } of items) {
        const changed = localTime(info.changedAt);
        let cells: string[];
        if (typeof state === 'string') cells = [info.id, t.encrypted, '-', '-', changed];
        else if ('damaged' in state) cells = [info.id, t.damaged(state.damaged)];
        else {
          const answered = String(Object.keys(state.answers).length);
          cells = [info.id, t.status[state.status] ?? state.status, state.caseCode ?? '-', answered, changed];
        }
        ctx.io.stdout.write(row(cells) + '\n');
      }
      const bad = items.filter(({ state }) => typeof state !== 'string' && 'damaged' in state).length;
      if (bad) ctx.io.stderr.write(`${t.cannotOpen(bad)}\n`);
    });
}
