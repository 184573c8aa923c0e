import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { UserError } from '../../base/errors.js';
import { say } from '../../base/catalogue/index.js';
import { encrypt } from '../../io/crypto.js';
import { writePrivateFile } from '../../io/private-file.js';
import { exportBody } from './session-report.js';
import type { SessionsCtx } from './sessions-context.js';

/** `sessions export`: an answers file or a report; an encrypted session exports encrypted. */
export function registerSessionsExport(cmd: Command, sc: SessionsCtx): void {
  const { ctx } = sc;
  cmd
    .command('export')
    .description(
      'export a session as an answers file (for `tip-screen score`) or a report; an encrypted session exports encrypted',
    )
    .argument('<ref>', 'session id (or its end) or case code')
    .addOption(
      new Option('--format <format>', 'output')
        .choices(['answers', 'json', 'markdown', 'html'])
        .default('answers'),
    )
    .option('--out <file>', 'write to a file (mode 0600) instead of standard output')
    .option('--decrypt', 'export an encrypted session as plain text')
    .addOption(sc.acceptOlder())
    .action(
      async (
        id: string,
        opts: {
          format: 'answers' | 'json' | 'markdown' | 'html';
          out?: string;
          decrypt?: boolean;
          acceptOlder?: boolean;
        },
        c: Command,
      ) => {
        const info = sc.store(c).find(id);
        const sealed = info.encrypted && opts.decrypt !== true;
        // Checked before anything is read: encrypted bytes are not for a terminal or a pipe.
        if (sealed && !opts.out)
          throw new UserError('USAGE', (lang) => say(lang).cliErrors.USAGE.exportEncrypted(info.id));
        const { session, passphrase } = await sc.open(c, info, opts.acceptOlder);
        const lang = ctx.lang(c);
        const body = exportBody(session, opts.format, ctx.io.cwd, lang);
        const t = say(lang).commands.sessions;
        if (info.encrypted && !sealed) ctx.io.stderr.write(`${t.exportDecrypted(info.id)}\n`);
        if (sealed && passphrase !== undefined) {
          const context = { role: 'export' as const, id: session.id, revision: session.revision ?? 0 };
          writePrivateFile(resolve(ctx.io.cwd, opts.out!), encrypt(Buffer.from(body), passphrase, context));
          ctx.io.stderr.write(`${t.exportEncrypted}\n`);
        } else if (opts.out) writePrivateFile(resolve(ctx.io.cwd, opts.out), body);
        else ctx.io.stdout.write(body);
      },
    );
}
