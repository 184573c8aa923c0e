/** What `screen` and `resume` share: their common options and running the interview to its report. */
import { say } from '../../base/catalogue/index.js';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { CancelledError } from '../../base/errors.js';
import { caseFileMarkdown, sessionRecord } from '../case-record.js';
import { renderText } from '../../render/text.js';
import { renderFrameworksText } from '../../render/frameworks.js';
import type { Report } from '../../report/report.js';
import type { FrameworksReport } from '../../report/frameworks.js';
import { encrypt } from '../../io/crypto.js';
import type { FrameworksMode } from '../../interview/frameworks.js';
import { runInterview, type InterviewEnd } from '../../interview/run-interview.js';
import type { Session } from '../../io/session.js';
import { reportsFolder, SessionStore } from '../../io/session-store.js';
import { writePrivateFile } from '../../io/private-file.js';
import type { loadTranslation } from '../../io/translations.js';
import type { LoadedSet } from '../../core/loaded-set.js';
import type { Prompter, PromptIo } from '../../ui/prompts.js';
import { invokedAs, type Ctx } from '../context.js';

export interface ScreenOptions {
  set?: string;
  frameworks?: string;
  respondentLang?: string;
  case?: string;
  dataDir?: string;
  encrypt?: boolean;
  acceptOlder?: boolean;
  input: boolean;
}

export const ALTERNATIVE = 'tip-screen score ANSWERS_FILE';

export type MakePrompter = (io: PromptIo) => Prompter;

/** The options screen and resume both take. */
export const common = (cmd: Command) =>
  cmd
    .option('--data-dir <dir>', 'where sessions are kept (default: $XDG_DATA_HOME/tip-screen)')
    .option('--no-input', 'never prompt (fails with a clear message instead)');

export async function interview(
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
    command: invokedAs(ctx.io.env),
  });
  // The interview already said how to resume; exit 130 as for any interrupted program.
  if (end.status === 'interrupted') throw new CancelledError('interrupt');
  if (end.status !== 'done' && end.status !== 'referred') return;
  await offerDetails(ctx, args.prompter, end.session, end.frameworks ?? end.report);
  await offerReport(
    ctx,
    args.root,
    args.prompter,
    end.session,
    end.frameworks ?? end.report,
    args.loaded,
    args.passphrase,
  );
}

/** The interview printed the short report; the full one is a choice away, never forced. */
async function offerDetails(
  ctx: Ctx,
  prompter: Prompter,
  session: Session,
  report: Report | FrameworksReport,
): Promise<void> {
  const t = say(session.lang).interview;
  const labels = say(session.lang).words.confirm;
  if (!(await prompter.confirm({ message: t.showDetails, default: false, labels, lang: session.lang })))
    return;
  const style = ctx.style();
  ctx.io.stdout.write(
    '\n' +
      ('disagreements' in report
        ? renderFrameworksText(report, style, { details: true })
        : renderText(report, style, { details: true })),
  );
}

async function offerReport(
  ctx: Ctx,
  root: string,
  prompter: Prompter,
  session: Session,
  report: Report | FrameworksReport,
  loaded: LoadedSet,
  passphrase: string | undefined,
): Promise<void> {
  const t = say(session.lang).interview;
  const labels = say(session.lang).words.confirm;
  if (!(await prompter.confirm({ message: t.saveReport, default: false, labels, lang: session.lang })))
    return;
  // Reports go to the data folder's reports/ (0700) by default, not wherever the command ran.
  const suggested = join(
    reportsFolder(root),
    `tip-screen-${session.caseCode ?? session.id}.md${passphrase ? '.enc' : ''}`,
  );
  const path = resolve(
    ctx.io.cwd,
    await prompter.input({ message: t.reportPath, default: suggested, lang: session.lang }),
  );
  const md = caseFileMarkdown(report, loaded, sessionRecord(session));
  const context = { role: 'report' as const, id: session.id, revision: session.revision ?? 0 };
  writePrivateFile(path, passphrase ? encrypt(Buffer.from(md), passphrase, context) : md);
  ctx.io.stdout.write(t.savedReport(path) + '\n');
}
