/** What the sessions subcommands share: the store named by --data-dir, and opening a session. */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Session } from '../../io/session.js';
import { dataDir, SessionStore, type SessionInfo } from '../../io/session-store.js';
import { createPrompter, type PromptIo, type Prompter } from '../../ui/prompts.js';
import type { Ctx, ScreenDeps } from '../context.js';
import { getPassphrase } from '../passphrase.js';

export interface SessionsCtx {
  ctx: Ctx;
  makePrompter: (io: PromptIo) => Prompter;
  store: (c: Command) => SessionStore;
  terminal: () => boolean;
  /** The passphrase of an encrypted session: asked in a terminal, else from the environment. */
  passphraseFor: (c: Command, info: SessionInfo) => Promise<string | undefined>;
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
  const passphraseFor = async (c: Command, info: SessionInfo): Promise<string | undefined> =>
    info.encrypted
      ? await getPassphrase(ctx.io, terminal() ? makePrompter(ctx.io) : undefined, ctx.lang(c), false)
      : undefined;
  return {
    ctx,
    makePrompter,
    store,
    terminal,
    passphraseFor,
    open: async (c, info, acceptOlder) => {
      const options = { acceptOlder: acceptOlder === true };
      store(c).check(info, options);
      const passphrase = await passphraseFor(c, info);
      return { session: store(c).load(info, () => passphrase ?? '', options), passphrase };
    },
    acceptOlder: () =>
      new Option('--accept-older', 'open an older copy of the session knowingly (restored backup)'),
  };
}
