/**
 * The passphrase of an encrypted file: from TIP_SCREEN_PASSPHRASE, or asked in a terminal (twice
 * for a new file). Shared by every command that opens or writes encrypted files.
 */
import { UserError } from '../base/errors.js';
import type { Lang } from '../base/i18n.js';
import { textsFor } from '../interview/texts.js';
import type { Prompter } from '../ui/prompts.js';
import type { Io } from '../io/streams.js';

export async function getPassphrase(
  io: Io,
  prompter: Prompter | undefined,
  lang: Lang,
  confirmNew: boolean,
): Promise<string> {
  const fromEnv = io.env.TIP_SCREEN_PASSPHRASE;
  if (fromEnv) return fromEnv;
  if (!prompter)
    throw new UserError('BAD_PASSPHRASE', 'This file is encrypted and no passphrase was given.', {
      hint: 'Set TIP_SCREEN_PASSPHRASE, or run the command in a terminal to be asked.',
    });
  const t = textsFor(lang);
  const first = await prompter.password({ message: t.passphrase, lang });
  if (confirmNew && (await prompter.password({ message: t.passphraseAgain, lang })) !== first)
    throw new UserError('BAD_PASSPHRASE', t.passphraseMismatch);
  if (!first) throw new UserError('BAD_PASSPHRASE', 'An empty passphrase protects nothing.');
  return first;
}
