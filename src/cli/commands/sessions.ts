/** `tip-screen sessions list|show|export|delete`: manage saved screenings. */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { stringify } from 'yaml';
import { assess } from '../../core/engine.js';
import { isUserError, UserError } from '../../base/errors.js';
import { encrypt } from '../../io/crypto.js';
import type { Session } from '../../io/session.js';
import { dataDir, SessionStore, type SessionInfo } from '../../io/session-store.js';
import { writePrivateFile } from '../../io/private-file.js';
import { renderMarkdown } from '../../render/markdown.js';
import { renderFrameworksMarkdown, renderFrameworksText } from '../../render/frameworks.js';
import { sessionFrameworksReport } from '../../interview/frameworks.js';
import type { FrameworksReport } from '../../report/frameworks.js';
import type { Lang } from '../../base/i18n.js';
import { buildReport, type Report } from '../../report/report.js';
import { padEnd } from '../../render/layout.js';
import { createPrompter, type PromptIo } from '../../ui/prompts.js';
import { errorTitle } from '../error-text.js';
import type { Ctx } from '../context.js';
import { getPassphrase } from '../passphrase.js';
import { interviewSetup, type ScreenDeps } from './screen.js';

export function registerSessions(program: Command, ctx: Ctx, deps: ScreenDeps = {}): void {
  const makePrompter = deps.prompter ?? ((io: PromptIo) => createPrompter(io));
  const cmd = program.command('sessions').description('list, show, export or delete saved screenings');
  const store = (c: Command) => {
    const o = c.optsWithGlobals<{ dataDir?: string }>();
    return new SessionStore(dataDir(ctx.io.env, o.dataDir && resolve(ctx.io.cwd, o.dataDir)));
  };
  cmd.option('--data-dir <dir>', 'where sessions are kept (default: $XDG_DATA_HOME/tip-screen)');
  const terminal = () => ctx.io.stdin.isTTY === true && ctx.io.stdout.isTTY === true;

  /** The passphrase of an encrypted session: asked in a terminal, else from the environment. */
  const passphraseFor = async (c: Command, info: SessionInfo): Promise<string | undefined> =>
    info.encrypted
      ? await getPassphrase(ctx.io, terminal() ? makePrompter(ctx.io) : undefined, ctx.lang(c), false)
      : undefined;

  /** Opens a session; what can be refused without the passphrase is refused before asking. */
  const open = async (
    c: Command,
    info: SessionInfo,
    acceptOlder: boolean | undefined,
  ): Promise<{ session: Session; passphrase: string | undefined }> => {
    const options = { acceptOlder: acceptOlder === true };
    store(c).check(info, options);
    const passphrase = await passphraseFor(c, info);
    return { session: store(c).load(info, () => passphrase ?? '', options), passphrase };
  };

  const acceptOlder = new Option(
    '--accept-older',
    'open an older copy of the session knowingly (restored backup)',
  );

  cmd
    .command('list')
    .description('list saved sessions, newest first; damaged ones are marked, the rest still listed')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }, c: Command) => {
      const s = store(c);
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
              ...(typeof state !== 'string' && 'damaged' in state ? { damaged: state.code } : {}),
            })),
            null,
            2,
          ) + '\n',
        );
        return;
      }
      if (!items.length) {
        ctx.io.stdout.write(`No saved sessions in ${s.dir}.\n`);
        return;
      }
      for (const { info, state } of items) {
        let detail: string;
        if (typeof state === 'string') detail = 'encrypted';
        else if ('damaged' in state) detail = `damaged: ${state.damaged}`;
        else {
          const answered = Object.keys(state.answers).length;
          detail = `${padEnd(state.status, 12)} ${padEnd(state.caseCode ?? '-', 16)} ${answered} answers  ${state.updatedAt.slice(0, 16)}`;
        }
        ctx.io.stdout.write(`${padEnd(info.id, 20)} ${detail}\n`);
      }
      const bad = items.filter(({ state }) => typeof state !== 'string' && 'damaged' in state).length;
      if (bad)
        ctx.io.stderr.write(
          `${bad} session file${bad === 1 ? '' : 's'} cannot be opened; run "tip-screen sessions show ID" for the reason and the fix.\n`,
        );
    });

  cmd
    .command('show')
    .description("show a session's progress and current assessment")
    .argument('<id>', 'session id')
    .option('--json', 'print JSON')
    .addOption(acceptOlder)
    .action(async (id: string, opts: { json?: boolean; acceptOlder?: boolean }, c: Command) => {
      const info = store(c).find(id);
      const { session } = await open(c, info, opts.acceptOlder);
      const report = assessSession(session, ctx.io.cwd, ctx.lang(c));
      if (opts.json) {
        ctx.io.stdout.write(
          JSON.stringify({ session: summary(session), assessment: report }, null, 2) + '\n',
        );
        return;
      }
      const s = summary(session);
      const head =
        `${s.id}  ${s.status}  case ${s.caseCode ?? '-'}  ` +
        (s.frameworks ? `frameworks ${s.frameworks.join(',')}` : `set ${s.set}`) +
        `\n${s.answered} answered, ${s.facts} facts, updated ${s.updatedAt}\n`;
      if (isFrameworks(report)) {
        ctx.io.stdout.write(`${head}\n${renderFrameworksText(report, ctx.style())}`);
        return;
      }
      ctx.io.stdout.write(`${head}outcome so far: ${report.outcomeLabel}\n`);
    });

  cmd
    .command('export')
    .description(
      'export a session as an answers file (for `tip-screen score`) or a report; an encrypted session exports encrypted',
    )
    .argument('<id>', 'session id')
    .addOption(
      new Option('--format <format>', 'output').choices(['answers', 'json', 'markdown']).default('answers'),
    )
    .option('--out <file>', 'write to a file (mode 0600) instead of standard output')
    .option('--decrypt', 'export an encrypted session as plain text')
    .addOption(acceptOlder)
    .action(
      async (
        id: string,
        opts: {
          format: 'answers' | 'json' | 'markdown';
          out?: string;
          decrypt?: boolean;
          acceptOlder?: boolean;
        },
        c: Command,
      ) => {
        const info = store(c).find(id);
        const sealed = info.encrypted && opts.decrypt !== true;
        // Checked before anything is read: encrypted bytes are not for a terminal or a pipe.
        if (sealed && !opts.out)
          throw new UserError('USAGE', `Session ${info.id} is encrypted, so its export is encrypted too.`, {
            hint: 'Give a file with --out FILE (open it later with: tip-screen decrypt FILE), or add --decrypt to export plain text.',
          });
        const { session, passphrase } = await open(c, info, opts.acceptOlder);
        const body = exportBody(session, opts.format, ctx.io.cwd, ctx.lang(c));
        if (info.encrypted && !sealed)
          ctx.io.stderr.write(
            `Session ${info.id} is encrypted; this export is decrypted plain text (--decrypt).\n`,
          );
        if (sealed && passphrase !== undefined) {
          const context = { role: 'export' as const, id: session.id, revision: session.revision ?? 0 };
          writePrivateFile(resolve(ctx.io.cwd, opts.out!), encrypt(Buffer.from(body), passphrase, context));
          ctx.io.stderr.write(`The export is encrypted with the session's passphrase.\n`);
        } else if (opts.out) writePrivateFile(resolve(ctx.io.cwd, opts.out), body);
        else ctx.io.stdout.write(body);
      },
    );

  cmd
    .command('delete')
    .description('delete a session (its bytes are overwritten before the file is removed)')
    .argument('<id>', 'session id')
    .option('-y, --yes', 'do not ask for confirmation')
    .option('--force', 'delete an encrypted or damaged session without opening it')
    .action(async (id: string, opts: { yes?: boolean; force?: boolean }, c: Command) => {
      const s = store(c);
      const info = s.find(id);
      if (!opts.yes) {
        if (!terminal())
          throw new UserError('USAGE', `Deleting session ${info.id} needs a confirmation.`, {
            hint: 'Without a terminal, add --yes to confirm. Nothing was deleted.',
          });
        const labels = ctx.lang(c) === 'ko' ? { yes: '예', no: '아니오' } : { yes: 'Yes', no: 'No' };
        const message =
          ctx.lang(c) === 'ko' ? `세션 ${info.id}을(를) 삭제할까요?` : `Delete session ${info.id}?`;
        if (!(await makePrompter(ctx.io).confirm({ message, default: false, labels }))) {
          ctx.io.stdout.write(`kept ${info.id}\n`);
          return;
        }
      }
      // Nobody may be writing into it meanwhile.
      const lock = s.lock(info.id);
      try {
        // An encrypted session is deleted by who can open it, unless --force says so knowingly.
        if (info.encrypted && !opts.force) {
          const passphrase = await passphraseFor(c, info);
          try {
            s.load(info, () => passphrase ?? '', { acceptOlder: true });
          } catch (e) {
            if (!isUserError(e)) throw e;
            throw new UserError(e.code, e.message, {
              hint: 'Deleting an encrypted session needs its passphrase; to delete it without, add --force. Nothing was deleted.',
            });
          }
        }
        s.delete(info);
      } finally {
        lock.release();
      }
      ctx.io.stdout.write(`deleted ${info.id}\n`);
    });
}

function exportBody(
  session: Session,
  format: 'answers' | 'json' | 'markdown',
  cwd: string,
  lang: Lang,
): string {
  if (format === 'answers')
    // With the frameworks, `tip-screen score` on this file gives the same side-by-side report.
    return stringify({
      set: session.set,
      ...(session.frameworks ? { frameworks: session.frameworks } : {}),
      ...(session.caseCode ? { case: session.caseCode } : {}),
      facts: session.facts,
      answers: session.answers,
    });
  const report = assessSession(session, cwd, lang);
  const meta = {
    ...(session.caseCode ? { caseCode: session.caseCode } : {}),
    date: session.updatedAt.slice(0, 10),
  };
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  return isFrameworks(report) ? renderFrameworksMarkdown(report, meta) : renderMarkdown(report, meta);
}

/** The session's assessment: one report, or the side-by-side report of a frameworks session. */
function assessSession(session: Session, cwd: string, lang: Lang): Report | FrameworksReport {
  const { loaded, frameworks } = interviewSetup(session, cwd);
  if (frameworks) return sessionFrameworksReport(frameworks, session, lang);
  return buildReport(assess(loaded.compiled, session), loaded.set, lang);
}

const isFrameworks = (r: Report | FrameworksReport): r is FrameworksReport => 'disagreements' in r;

function summary(s: Session) {
  return {
    id: s.id,
    caseCode: s.caseCode,
    set: s.set,
    ...(s.frameworks ? { frameworks: s.frameworks } : {}),
    status: s.status,
    answered: Object.keys(s.answers).length,
    facts: Object.keys(s.facts).length,
    updatedAt: s.updatedAt,
    outcome: s.outcome,
  };
}
