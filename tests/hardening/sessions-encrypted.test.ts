/**
 * Issue 11, item 15 (encrypted sessions leaked on export; encrypted reports could not be opened)
 * and item 10 for encrypted files (a bad header byte gave an internal error).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encrypt, isEncrypted } from '../../src/io/crypto.js';
import { runCli, testdir } from '../helpers/cli.js';
import { freshStore, sampleSession, sessionsCli } from '../helpers/sessions.js';

const PW = { TIP_SCREEN_PASSPHRASE: 'pw' };

describe('export of an encrypted session', () => {
  it('when it is exported to standard output without --decrypt then it is refused and nothing is printed', async () => {
    const { root, store } = freshStore();
    const s = sampleSession({ caseCode: 'SEAL-01' });
    store.save(s, 'pw');
    const r = await sessionsCli(root, ['export', s.id], { env: PW });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--decrypt');
  });

  it('when it is exported to a file then the file is encrypted and decrypt opens it', async () => {
    const { root, store } = freshStore();
    const s = sampleSession({ caseCode: 'SEAL-01' });
    store.save(s, 'pw');
    const out = join(testdir({}), 'export.yaml.enc');
    const r = await sessionsCli(root, ['export', s.id, '--out', out], { env: PW });
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    expect(isEncrypted(bytes)).toBe(true);
    expect(bytes.includes(Buffer.from('SEAL-01'))).toBe(false);
    expect(bytes.includes(Buffer.from('nhrck16'))).toBe(false);
    const opened = await runCli(['decrypt', out], { env: PW });
    expect(opened.code).toBe(0);
    expect(opened.stdout).toContain('case: SEAL-01');
    expect(opened.stdout).toContain('nhrck16.act.recruitment');
    const wrong = await runCli(['decrypt', out], { env: { TIP_SCREEN_PASSPHRASE: 'no' } });
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
  });

  it('when it is exported with --decrypt then it is plain text and stderr says so', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s, 'pw');
    const r = await sessionsCli(root, ['export', s.id, '--decrypt'], { env: PW });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nhrck16.act.recruitment');
    expect(r.stderr).toContain('decrypted');
  });

  it('when a saved encrypted report is given to decrypt then it opens, to a 0600 file with --out', async () => {
    const dir = testdir({});
    const report = join(dir, 'tip-screen-T-001.md.enc');
    writeFileSync(
      report,
      encrypt(Buffer.from('# Report\nCase code: T-001\n'), 'pw', { role: 'report', id: 'x', revision: 1 }),
    );
    const out = join(dir, 'report.md');
    const r = await runCli(['decrypt', report, '--out', out], { env: PW });
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Case code: T-001');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(r.stderr).toContain('plain text');
  });

  it('when decrypt is given a plain file then it is NOT_ENCRYPTED', async () => {
    const dir = testdir({ 'plain.md': '# not secret\n' });
    const r = await runCli(['decrypt', join(dir, 'plain.md')], { env: PW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[NOT_ENCRYPTED]');
  });
});

describe('damaged headers of encrypted session files', () => {
  /** The sealed session with one byte changed, shown through the CLI. */
  async function showWith(change: (b: Buffer) => void): Promise<{ code: number; stderr: string }> {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s, 'pw');
    const file = join(store.dir, `${s.id}.json.enc`);
    const bytes = readFileSync(file);
    change(bytes);
    writeFileSync(file, bytes);
    return sessionsCli(root, ['show', s.id], { env: PW });
  }

  it('when a byte of the format tag is changed then it is ENCRYPTED_HEADER, not an internal error', async () => {
    for (const pos of [0, 5, 6]) {
      const r = await showWith((b) => (b[pos] = b[pos]! ^ 0x04));
      expect(r.code, `byte ${pos}`).toBe(2);
      expect(r.stderr, `byte ${pos}`).toContain('[ENCRYPTED_HEADER]');
      expect(r.stderr).not.toContain('Internal error');
    }
  });

  it('when the key parameters ask for too much memory then it is ENCRYPTED_HEADER at once', async () => {
    const r = await showWith((b) => {
      b[7] = 20; // N = 2^20
      b[8] = 32; // r = 32: 4 GiB
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[ENCRYPTED_HEADER]');
    expect(r.stderr).not.toContain('Internal error');
  });

  it('when the file is cut inside the header then it is ENCRYPTED_HEADER', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s, 'pw');
    const file = join(store.dir, `${s.id}.json.enc`);
    writeFileSync(file, readFileSync(file).subarray(0, 20));
    const r = await sessionsCli(root, ['show', s.id], { env: PW });
    expect(r.stderr).toContain('[ENCRYPTED_HEADER]');
  });

  it('when a plain session is put under the encrypted name then it is NOT_ENCRYPTED', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s, 'pw');
    writeFileSync(join(store.dir, `${s.id}.json.enc`), JSON.stringify(s));
    const r = await sessionsCli(root, ['show', s.id], { env: PW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[NOT_ENCRYPTED]');
  });
});
