/** `tip-screen screen` and `tip-screen resume`: the interactive screening. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../base/errors.js';
import { say } from '../../base/catalogue/index.js';
import { frameworksMode, type FrameworksMode } from '../../interview/frameworks.js';
import { newSession } from '../../io/session.js';
import { SessionStore } from '../../io/session-store.js';
import { dataDir } from '../../io/data-dir.js';
import { loadTranslation } from '../../io/translations.js';
import { loadSet } from '../../io/load-set.js';
import { DEFAULT_SET } from '../../core/loaded-set.js';
import { createPrompter, requireTerminal, type PromptIo } from '../../ui/prompts.js';
import type { Ctx, ScreenDeps } from '../context.js';
import { readConfig } from '../../io/config-file.js';
import { checkCaseCode } from '../../guard/case-code.js';
import { newPassphrase } from '../passphrase.js';
import { registerResume } from './resume.js';
import { ALTERNATIVE, common, interview, type MakePrompter, type ScreenOptions } from './screening.js';

const FRAMEWORKS_ALTERNATIVE = (mode: FrameworksMode | undefined): string =>
  mode ? `${ALTERNATIVE} --frameworks ${mode.ids.join(',')}` : ALTERNATIVE;

export function registerScreen(program: Command, ctx: Ctx, deps: ScreenDeps = {}): void {
  const makePrompter = deps.prompter ?? ((io: PromptIo) => createPrompter(io));
  registerScreenCommand(program, ctx, makePrompter);
  registerResume(program, ctx, makePrompter);
}

function registerScreenCommand(program: Command, ctx: Ctx, makePrompter: MakePrompter): void {
  common(
    program
      .command('screen')
      .description('start an interactive screening with the default (or given) indicator set')
      .option('--set <id|file>', 'indicator set id or file')
      .option(
        '--frameworks <ids>',
        'ask once, score under several frameworks side by side, e.g. nhrck-2016,kr-2023,palermo',
      )
      .option('--respondent-lang <code>', "show each question also in the respondent's language (e.g. vi)")
      .option('--case <code>', 'a case code to find the session again (never a name)')
      .option('--encrypt', 'encrypt the session and reports with a passphrase'),
  ).action(async (opts: ScreenOptions, cmd: Command) => {
    const lang = ctx.lang(cmd);
    if (opts.set !== undefined && opts.frameworks !== undefined)
      throw new UserError('USAGE', (l) => say(l).cliErrors.USAGE.setAndFrameworksScreen());
    // Checked before the terminal, so a wrong name is reported as such.
    const mode = opts.frameworks !== undefined ? frameworksMode(opts.frameworks) : undefined;
    const caseCode = opts.case !== undefined ? checkCaseCode(opts.case, lang) : undefined;
    // The settings are read before the terminal is checked, so a broken settings file is
    // reported as such wherever the command runs.
    const root = dataDir(ctx.io.env, opts.dataDir && resolve(ctx.io.cwd, opts.dataDir));
    const config = readConfig(root);
    requireTerminal(ctx.io, { noInput: !opts.input, alternative: FRAMEWORKS_ALTERNATIVE(mode) });
    const setRef = mode ? mode.crosswalk.primary.set.id : (opts.set ?? config.set ?? DEFAULT_SET);
    const loaded = mode ? mode.crosswalk.primary : loadSet(setRef, ctx.io.cwd);
    const respondent = opts.respondentLang ? loadTranslation(loaded.set, opts.respondentLang) : undefined;
    const session = newSession({
      set: /[/\\]/.test(setRef) ? resolve(ctx.io.cwd, setRef) : setRef,
      lang,
      now: new Date(),
      ...(caseCode ? { caseCode } : {}),
      ...(opts.respondentLang ? { respondentLang: opts.respondentLang } : {}),
      ...(mode ? { frameworks: mode.ids } : {}),
    });
    const prompter = makePrompter(ctx.io);
    const passphrase =
      opts.encrypt || config.encrypt ? await newPassphrase(ctx.io, prompter, lang) : undefined;
    const lock = new SessionStore(root).lock(session.id);
    try {
      await interview(ctx, { root, session, passphrase, prompter, respondent, loaded, frameworks: mode });
    } finally {
      lock.release();
    }
  });
}
