/** `tip-screen resume`: continue a paused screening, the right one (see pick-session.ts). */
import { say } from '../../base/catalogue/index.js';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { interviewSetup } from '../../interview/setup.js';
import { wrap } from '../../render/layout.js';
import { SessionStore } from '../../io/session-store.js';
import { dataDir } from '../../io/data-dir.js';
import { loadTranslation } from '../../io/translations.js';
import { requireTerminal } from '../../ui/prompts.js';
import type { Ctx } from '../context.js';
import { withPassphrase } from '../passphrase.js';
import { chooseSession, resumeHeader } from './pick-session.js';
import { ALTERNATIVE, common, interview, type MakePrompter, type ScreenOptions } from './screening.js';

export function registerResume(program: Command, ctx: Ctx, makePrompter: MakePrompter): void {
  common(
    program
      .command('resume')
      .description(
        'continue a paused screening: the only one still open, or one picked from a list (last changed first)',
      )
      .argument('[ref]', 'session id or case code (see "tip-screen sessions list")')
      .option('--accept-older', 'continue an older copy of the session knowingly (restored backup)'),
  ).action(async (ref: string | undefined, opts: ScreenOptions, cmd: Command) => {
    const lang = ctx.lang(cmd);
    const t = say(lang).interview;
    requireTerminal(ctx.io, { noInput: !opts.input, alternative: ALTERNATIVE });
    const root = dataDir(ctx.io.env, opts.dataDir && resolve(ctx.io.cwd, opts.dataDir));
    const store = new SessionStore(root);
    const prompter = makePrompter(ctx.io);
    const chosen = await chooseSession(store, ref, prompter, { lang, width: ctx.style().width });
    if (!chosen) {
      ctx.io.stdout.write(t.resumeLeft + '\n');
      return;
    }
    const { info } = chosen;
    // Locked before it is read: a second resume of the same session is refused, not merged.
    const lock = store.lock(info.id);
    try {
      const options = { acceptOlder: opts.acceptOlder === true };
      // A damaged, swapped or older file is refused before the passphrase is asked for.
      store.check(info, options);
      const { value: session, passphrase } = info.encrypted
        ? await withPassphrase(ctx.io, prompter, lang, (p) => store.load(info, () => p, options))
        : { value: store.load(info, undefined, options), passphrase: undefined };
      for (const l of wrap(t.resumeHeader(resumeHeader(session, info)), ctx.style().width, '  ', ''))
        ctx.io.stdout.write(l + '\n');
      const labels = { yes: t.answers.yes, no: t.answers.no };
      if (
        chosen.confirm &&
        !(await prompter.confirm({ message: t.resumeConfirm, default: true, labels, lang }))
      ) {
        ctx.io.stdout.write(t.resumeLeft + '\n');
        return;
      }
      const { loaded, frameworks } = interviewSetup(session, ctx.io.cwd);
      const respondent = session.respondentLang
        ? loadTranslation(loaded.set, session.respondentLang)
        : undefined;
      await interview(ctx, { root, session, passphrase, prompter, respondent, loaded, frameworks });
    } finally {
      lock.release();
    }
  });
}
