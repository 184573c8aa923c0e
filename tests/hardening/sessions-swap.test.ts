/**
 * Issue 11, item 4: a file is accepted as session X only if it says it is session X, is a session
 * (not a report or export), and is not older than the newest copy of X seen here.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createCipheriv, randomBytes, scryptSync } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encrypt } from '../../src/io/crypto.js';
import { freshStore, resumeRefused, sampleSession, sessionsCli, startWorker } from '../helpers/sessions.js';

const PW = { TIP_SCREEN_PASSPHRASE: 'pw' };

describe('a session file copied over another', () => {
  it('when plain session A is copied over B then show and resume refuse with SESSION_SWAPPED', async () => {
    const { root, store } = freshStore();
    const a = sampleSession({ caseCode: 'CASE-A1' });
    const b = sampleSession({ caseCode: 'CASE-B2' });
    store.save(a);
    store.save(b);
    const bFile = join(store.dir, `${b.id}.json`);
    copyFileSync(join(store.dir, `${a.id}.json`), bFile);
    const before = readFileSync(bFile);
    const r = await sessionsCli(root, ['show', b.id]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[SESSION_SWAPPED]');
    expect(r.stdout + r.stderr).not.toContain('CASE-A1');
    const resumed = await resumeRefused(['resume', b.id, '--data-dir', root]);
    expect(resumed.code).toBe('SESSION_SWAPPED');
    expect(readFileSync(bFile).equals(before)).toBe(true);
  });

  it('when encrypted session A is copied over B then it is refused although it decrypts', async () => {
    const { root, store } = freshStore();
    const a = sampleSession({ caseCode: 'CASE-A1' });
    const b = sampleSession({ caseCode: 'CASE-B2' });
    store.save(a, 'pw');
    store.save(b, 'pw');
    copyFileSync(join(store.dir, `${a.id}.json.enc`), join(store.dir, `${b.id}.json.enc`));
    const r = await sessionsCli(root, ['show', b.id], { env: PW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[SESSION_SWAPPED]');
    expect(r.stdout).not.toContain('CASE-A1');
  });

  it('when an encrypted report is put under a session name then it is FILE_ROLE_MISMATCH', async () => {
    const { root, store } = freshStore();
    const b = sampleSession();
    store.save(b, 'pw');
    const report = encrypt(Buffer.from(JSON.stringify(b)), 'pw', { role: 'report', id: b.id, revision: 9 });
    writeFileSync(join(store.dir, `${b.id}.json.enc`), report);
    const r = await sessionsCli(root, ['show', b.id], { env: PW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[FILE_ROLE_MISMATCH]');
  });

  it('when a plain file of another kind is put under a session name then it is FILE_ROLE_MISMATCH', async () => {
    const { root, store } = freshStore();
    const b = sampleSession();
    store.save(b);
    writeFileSync(join(store.dir, `${b.id}.json`), JSON.stringify({ ...b, format: 'tip-screen-report' }));
    const r = await sessionsCli(root, ['show', b.id]);
    expect(r.stderr).toContain('[FILE_ROLE_MISMATCH]');
  });
});

describe('an older copy put back', () => {
  for (const passphrase of [undefined, 'pw']) {
    const kind = passphrase ? 'encrypted' : 'plain';
    it(`when an older ${kind} copy replaces the session then it is ROLLBACK unless --accept-older`, async () => {
      const { root, store } = freshStore();
      const s = sampleSession();
      store.save(s, passphrase);
      const file = store.find(s.id).file;
      const old = readFileSync(file);
      s.answers['nhrck16.purpose.forced-sex'] = 'yes';
      store.save(s, passphrase);
      writeFileSync(file, old);
      const env = passphrase ? PW : {};
      const r = await sessionsCli(root, ['show', s.id], { env });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('[ROLLBACK]');
      expect(r.stderr).toContain('--accept-older');
      expect((await resumeRefused(['resume', s.id, '--data-dir', root])).code).toBe('ROLLBACK');
      const ok = await sessionsCli(root, ['show', s.id, '--accept-older', '--json'], { env });
      expect(ok.code).toBe(0);
      expect((JSON.parse(ok.stdout) as { session: { answered: number } }).session.answered).toBe(1);
      // Once continued knowingly, the next save is newer than anything seen, and is accepted.
      const reopened = store.load(store.find(s.id), () => 'pw', { acceptOlder: true });
      store.save(reopened, passphrase);
      expect(store.load(store.find(s.id), () => 'pw').revision).toBe(3);
    });
  }

  it('when every save is made then the revision grows by one each time', () => {
    const { store } = freshStore();
    const s = sampleSession();
    for (let i = 1; i <= 3; i++) {
      store.save(s);
      expect(store.load(store.find(s.id)).revision).toBe(i);
    }
  });
});

describe('files of the first format', () => {
  it('when an encrypted session was saved in format 1 then it still opens', async () => {
    const { root, store } = freshStore();
    const s = sampleSession({ caseCode: 'OLD-001' });
    store.save(s);
    const file = join(store.dir, `${s.id}.json`);
    // Format 1 as it was written before: tag, scrypt parameters, salt, nonce; header as AAD.
    const salt = randomBytes(16);
    const nonce = randomBytes(12);
    const header = Buffer.concat([Buffer.from('TSENC1\n', 'latin1'), Buffer.from([15, 8, 1]), salt, nonce]);
    const key = scryptSync('pw', salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 256 * 1024 * 1024 });
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(header);
    const old: Partial<typeof s> = { ...s };
    delete old.revision;
    const body = Buffer.concat([cipher.update(JSON.stringify(old)), cipher.final()]);
    writeFileSync(`${file}.enc`, Buffer.concat([header, body, cipher.getAuthTag()]));
    rmSync(file);
    rmSync(join(store.revisionsDir, s.id));
    const r = await sessionsCli(root, ['show', s.id], { env: PW });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('OLD-001');
  });
});

describe('resume of a session another process holds', () => {
  it('when another process holds the session then resume is refused with SESSION_LOCKED before asking anything', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s);
    const worker = startWorker(root, s.id, 'hold');
    try {
      const pid = (await worker.waitFor(/^locked/)).split(' ')[1]!;
      const r = await resumeRefused(['resume', s.id, '--data-dir', root]);
      expect(r.code).toBe('SESSION_LOCKED');
      expect(r.message).toContain(`process ${pid}`);
    } finally {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
  });
});
