/**
 * `tip-screen decrypt FILE [--out FILE]`: opens one of the tool's own encrypted files (a saved
 * report, an encrypted export, a session) with its passphrase, so that nothing the tool encrypts
 * is left without a way back.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../base/errors.js';
import { shown } from '../../io/file-checks.js';
import { decryptFile, readHeader } from '../../io/crypto.js';
import { readPrivateFile, writePrivateFile } from '../../io/private-file.js';
import { createPrompter } from '../../ui/prompts.js';
import type { Ctx } from '../context.js';
import { withPassphrase } from '../passphrase.js';
import { say } from '../../base/catalogue/index.js';

export function registerDecrypt(program: Command, ctx: Ctx): void {
  program
    .command('decrypt')
    .description("decrypt one of tip-screen's encrypted files (a .md.enc report, an encrypted export)")
    .argument('<file>', 'the encrypted file')
    .option('--out <file>', 'write the plain text to a file (mode 0600) instead of standard output')
    .action(async (file: string, opts: { out?: string }, c: Command) => {
      const path = resolve(ctx.io.cwd, file);
      const data = readPrivateFile(path);
      if (data === null)
        throw new UserError('FILE_READ', (lang) => say(lang).cliErrors.FILE_READ.noFile(shown(path)));
      // The header is checked first: a damaged or plain file is reported before any passphrase.
      readHeader(data);
      const tty = ctx.io.stdin.isTTY === true && ctx.io.stdout.isTTY === true;
      const { value: plain } = await withPassphrase(
        ctx.io,
        tty ? createPrompter(ctx.io) : undefined,
        ctx.lang(c),
        (p) => decryptFile(data, p).plain,
      );
      if (opts.out) {
        writePrivateFile(resolve(ctx.io.cwd, opts.out), plain);
        const into = shown(resolve(ctx.io.cwd, opts.out));
        ctx.io.stderr.write(`${say(ctx.lang(c)).commands.decryptedInto(into)}\n`);
      } else ctx.io.stdout.write(plain.toString('utf8'));
    });
}
