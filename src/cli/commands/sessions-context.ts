/** What the sessions subcommands share: the store named by --data-dir, and opening a session. */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Session } from '../../io/session.js';
import { SessionStore, type LoadOptions, type SessionInfo } from '../../io/session-store.js';
import { dataDir } from '../../io/data-dir.js';
import { createPrompter, type PromptIo, type Prompter } from '../../ui/prompts.js';
import type { Ctx, ScreenDeps } from '../context.js';
import { withPassphrase } from '../passphrase.js';

export interface SessionsCtx {
  ctx: Ctx;
  makePrompter: (io: PromptIo) => Prompter;
  store: (c: Command) => SessionStore;
  terminal: () => boolean;
  /**
   * Reads a session; an encrypted one with its passphrase (asked in a terminal, again when wrong,
   * else from the environment).
   */
  unlock: (
    c: Command,
    info: SessionInfo,
    options: LoadOptions,
  ) => Promise<{ session: Session; passphrase: string | undefined }>;
  /** Opens a session; what can be refused without the passphrase is refused before asking. */
  open: (
    c: Command,
    info: SessionInfo,
    acceptOlder: boolean | undefined,
  ) => Promise<{ session: Session; passphrase: string | undefined }>;
  acceptOlder: () => Option;
}

export function sessionsCtx(ctx: Ctx, deps: ScreenDeps): SessionsCtx {
  const makePrompter = deps.prompter ?? ((io: PromptIo) => createPrompter(io));
  const store = (c: Command) => {
    const o = c.optsWithGlobals<{ dataDir?: string }>();
    return new SessionStore(dataDir(ctx.io.env, o.dataDir && resolve(ctx.io.cwd, o.dataDir)));
  };
  const terminal = () => ctx.io.stdin.isTTY === true && ctx.io.stdout.isTTY === true;
  const unlock = async (c: Command, info: SessionInfo, options: LoadOptions) => {
    const s = store(c);
    if (!info.encrypted) return { session: s.load(info, undefined, options), passphrase: undefined };
    const prompter = terminal() ? makePrompter(ctx.io) : undefined;
    const { value, passphrase } = await withPassphrase(ctx.io, prompter, ctx.lang(c), (p) =>
      s.load(info, () => p, options),
    );
    return { session: value, passphrase };
  };
  return {
    ctx,
    makePrompter,
    store,
    terminal,
    unlock,
    open: async (c, info, acceptOlder) => {
      const options = { acceptOlder: acceptOlder === true };
      store(c).check(info, options);
      return unlock(c, info, options);
    },
    acceptOlder: () =>
      new Option('--accept-older', 'open an older copy of the session knowingly (restored backup)'),
  };
}
