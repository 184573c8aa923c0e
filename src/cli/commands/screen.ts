/** `tip-screen screen` and `tip-screen resume`: the interactive screening. */
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { CancelledError, UserError } from '../../base/errors.js';
import { renderMarkdown } from '../../render/markdown.js';
import { renderFrameworksMarkdown } from '../../render/frameworks.js';
import type { FrameworksReport } from '../../report/frameworks.js';
import { encrypt } from '../../io/crypto.js';
import { frameworksMode, type FrameworksMode } from '../../interview/frameworks.js';
import { runInterview, type InterviewEnd } from '../../interview/run-interview.js';
import { newSession, type Session } from '../../io/session.js';
import { dataDir, reportsFolder, SessionStore } from '../../io/session-store.js';
import { writePrivateFile } from '../../io/private-file.js';
import { textsFor } from '../../interview/texts.js';
import { loadTranslation } from '../../io/translations.js';
import { loadSet } from '../../io/load-set.js';
import { DEFAULT_SET, type LoadedSet } from '../../core/loaded-set.js';
import { createPrompter, requireTerminal, type Prompter, type PromptIo } from '../../ui/prompts.js';
import type { Ctx, ScreenDeps } from '../context.js';
import { readConfig } from '../../io/config-file.js';
import { checkCaseCode } from '../../guard/case-code.js';
import { interviewSetup } from '../../interview/setup.js';
import { getPassphrase } from '../passphrase.js';
import { messages } from '../../base/i18n.js';

interface ScreenOptions {
  set?: string;
  frameworks?: string;
  respondentLang?: string;
  case?: string;
  dataDir?: string;
  encrypt?: boolean;
  acceptOlder?: boolean;
  input: boolean;
}

const ALTERNATIVE = 'tip-screen score ANSWERS_FILE';
const FRAMEWORKS_ALTERNATIVE = (mode: FrameworksMode | undefined): string =>
  mode ? `${ALTERNATIVE} --frameworks ${mode.ids.join(',')}` : ALTERNATIVE;

type MakePrompter = (io: PromptIo) => Prompter;

/** The options screen and resume both take. */
const common = (cmd: Command) =>
  cmd
    .option('--data-dir <dir>', 'where sessions are kept (default: $XDG_DATA_HOME/tip-screen)')
    .option('--no-input', 'never prompt (fails with a clear message instead)');

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
      throw new UserError('USAGE', 'Use either --set or --frameworks, not both.', {
        hint: "Drop --set: with --frameworks the questions come from the crosswalk's primary set.",
      });
    // Checked before the terminal, so a wrong name is reported as such.
    const mode = opts.frameworks !== undefined ? frameworksMode(opts.frameworks) : undefined;
    const caseCode = opts.case !== undefined ? checkCaseCode(opts.case, lang) : undefined;
    // The settings are read before the terminal is checked, so a broken settings file is
    // reported as such wherever the command runs.
    const root = dataDir(ctx.io.env, opts.dataDir && resolve(ctx.io.cwd, opts.dataDir));
    const config = readConfig(root);
    requireTerminal(ctx.io, { noInput: !opts.input, lang, alternative: FRAMEWORKS_ALTERNATIVE(mode) });
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
      opts.encrypt || config.encrypt ? await getPassphrase(ctx.io, prompter, lang, true) : undefined;
    const lock = new SessionStore(root).lock(session.id);
    try {
      await interview(ctx, { root, session, passphrase, prompter, respondent, loaded, frameworks: mode });
    } finally {
      lock.release();
    }
  });
}

function registerResume(program: Command, ctx: Ctx, makePrompter: MakePrompter): void {
  common(
    program
      .command('resume')
      .description('continue a paused screening (the most recent one if no id is given)')
      .argument('[id]', 'session id (see "tip-screen sessions list")')
      .option('--accept-older', 'continue an older copy of the session knowingly (restored backup)'),
  ).action(async (id: string | undefined, opts: ScreenOptions, cmd: Command) => {
    const lang = ctx.lang(cmd);
    requireTerminal(ctx.io, { noInput: !opts.input, lang, alternative: ALTERNATIVE });
    const root = dataDir(ctx.io.env, opts.dataDir && resolve(ctx.io.cwd, opts.dataDir));
    const store = new SessionStore(root);
    const info = id ? store.find(id) : store.list()[0];
    if (!info)
      throw new UserError('SESSION_NOT_FOUND', `There are no saved sessions in ${store.dir}.`, {
        hint: 'Start one with: tip-screen screen',
      });
    // Locked before it is read: a second resume of the same session is refused, not merged.
    const lock = store.lock(info.id);
    try {
      const options = { acceptOlder: opts.acceptOlder === true };
      // A damaged, swapped or older file is refused before the passphrase is asked for.
      store.check(info, options);
      const prompter = makePrompter(ctx.io);
      const passphrase = info.encrypted ? await getPassphrase(ctx.io, prompter, lang, false) : undefined;
      const session = store.load(info, () => passphrase ?? '', options);
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

async function interview(
  ctx: Ctx,
  args: {
    root: string;
    session: Session;
    passphrase: string | undefined;
    prompter: Prompter;
    respondent: ReturnType<typeof loadTranslation> | undefined;
    loaded: LoadedSet;
    frameworks: FrameworksMode | undefined;
  },
): Promise<void> {
  const store = new SessionStore(args.root);
  const end: InterviewEnd = await runInterview({
    loaded: args.loaded,
    session: args.session,
    prompter: args.prompter,
    out: ctx.io.stdout,
    style: ctx.style(),
    ...(args.respondent ? { respondent: args.respondent } : {}),
    ...(args.frameworks ? { frameworks: args.frameworks } : {}),
    save: (s) => store.save(s, args.passphrase),
  });
  // The interview already said how to resume; exit 130 as for any interrupted program.
  if (end.status === 'interrupted') throw new CancelledError('interrupt');
  if (end.status !== 'done') return;
  await offerReport(
    ctx,
    args.root,
    args.prompter,
    end.session,
    end.frameworks ?? end.report,
    args.passphrase,
  );
}

async function offerReport(
  ctx: Ctx,
  root: string,
  prompter: Prompter,
  session: Session,
  report: Parameters<typeof renderMarkdown>[0] | FrameworksReport,
  passphrase: string | undefined,
): Promise<void> {
  const t = textsFor(session.lang);
  const labels = messages[session.lang].words.confirm;
  if (!(await prompter.confirm({ message: t.saveReport, default: false, labels }))) return;
  // Reports go to the data folder's reports/ (0700) by default, not wherever the command ran.
  const suggested = join(
    reportsFolder(root),
    `tip-screen-${session.caseCode ?? session.id}.md${passphrase ? '.enc' : ''}`,
  );
  const path = resolve(ctx.io.cwd, await prompter.input({ message: t.reportPath, default: suggested }));
  const meta = {
    ...(session.caseCode ? { caseCode: session.caseCode } : {}),
    date: session.updatedAt.slice(0, 10),
  };
  const md =
    'disagreements' in report ? renderFrameworksMarkdown(report, meta) : renderMarkdown(report, meta);
  const context = { role: 'report' as const, id: session.id, revision: session.revision ?? 0 };
  writePrivateFile(path, passphrase ? encrypt(Buffer.from(md), passphrase, context) : md);
  ctx.io.stdout.write(t.savedReport(path) + '\n');
}
