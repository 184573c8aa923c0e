/**
 * The passphrase of an encrypted file: from TIP_SCREEN_PASSPHRASE (for scripts, taken as given
 * and tried once), or asked in a terminal. A typo must not end a screening: a new passphrase is
 * asked twice and, when the two differ, asked again (three tries); a wrong one is asked again
 * (three tries). A new one typed must be strong enough to protect a person's answers.
 */
import { say } from '../base/catalogue/index.js';
import { UserError } from '../base/errors.js';
import type { Lang } from '../base/i18n.js';
import type { Prompter } from '../ui/prompts.js';
import type { Io } from '../io/streams.js';
import { wrap } from '../render/layout.js';

const TRIES = 3;

/** At least 12 characters, or four words (Korean words are short: 빨간 여우 큰 해). */
export function strongEnough(passphrase: string): boolean {
  return [...passphrase].length >= 12 || passphrase.trim().split(/\s+/).length >= 4;
}

function noPrompter(): UserError {
  return new UserError('BAD_PASSPHRASE', (lang) => say(lang).cliErrors.BAD_PASSPHRASE.noPassphrase());
}

/** A passphrase for a new encrypted file. */
export async function newPassphrase(io: Io, prompter: Prompter | undefined, lang: Lang): Promise<string> {
  const fromEnv = io.env.TIP_SCREEN_PASSPHRASE;
  if (fromEnv) return fromEnv;
  if (!prompter) throw noPrompter();
  const t = say(lang).interview;
  const width = Math.max(40, Math.min(io.stdout.columns ?? 80, 100));
  for (const l of wrap(t.passphraseRule, width, '  ', '')) io.stdout.write(l + '\n');
  for (let left = TRIES - 1; ; left--) {
    const first = await prompter.password({
      message: t.passphrase,
      lang,
      validate: (v) => strongEnough(v) || t.passphraseWeak,
    });
    if ((await prompter.password({ message: t.passphraseAgain, lang })) === first) return first;
    if (left === 0)
      throw new UserError('BAD_PASSPHRASE', (l) => ({
        message: say(l).interview.passphraseMismatchEnd,
        hint: say(l).interview.passphraseMismatchHint,
      }));
    io.stdout.write(t.passphraseMismatch(left) + '\n');
  }
}

/**
 * Opens an encrypted file: `open` gets the passphrase and throws BAD_PASSPHRASE when it is wrong
 * (or the file was changed: the two cannot be told apart); asked again while tries are left.
 */
export async function withPassphrase<T>(
  io: Io,
  prompter: Prompter | undefined,
  lang: Lang,
  open: (passphrase: string) => T,
): Promise<{ value: T; passphrase: string }> {
  const fromEnv = io.env.TIP_SCREEN_PASSPHRASE;
  if (fromEnv) return { value: open(fromEnv), passphrase: fromEnv };
  if (!prompter) throw noPrompter();
  const t = say(lang).interview;
  for (let left = TRIES - 1; ; left--) {
    const passphrase = await prompter.password({
      message: t.passphrase,
      lang,
      validate: (v) => v !== '' || t.passphraseEmpty,
    });
    try {
      return { value: open(passphrase), passphrase };
    } catch (e) {
      const wrong = e instanceof UserError && e.code === 'BAD_PASSPHRASE';
      if (!wrong || left === 0) throw e;
      io.stdout.write(t.passphraseWrong(left) + '\n');
    }
  }
}
