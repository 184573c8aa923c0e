/** `tip-screen sessions list|show|export|delete`: manage saved screenings. */
import type { Command } from 'commander';
import type { Ctx, ScreenDeps } from '../context.js';
import { sessionsCtx } from './sessions-context.js';
import { registerSessionsDelete } from './sessions-delete.js';
import { registerSessionsExport } from './sessions-export.js';
import { registerSessionsList } from './sessions-list.js';
import { registerSessionsShow } from './sessions-show.js';

export function registerSessions(program: Command, ctx: Ctx, deps: ScreenDeps = {}): void {
  const cmd = program.command('sessions').description('list, show, export or delete saved screenings');
  cmd.option('--data-dir <dir>', 'where sessions are kept (default: $XDG_DATA_HOME/tip-screen)');
  const sc = sessionsCtx(ctx, deps);
  registerSessionsList(cmd, sc);
  registerSessionsShow(cmd, sc);
  registerSessionsExport(cmd, sc);
  registerSessionsDelete(cmd, sc);
}
