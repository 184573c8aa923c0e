import { readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decrypt, encrypt } from '../../src/io/crypto.js';
import { newSession } from '../../src/io/session.js';
import { SessionStore } from '../../src/io/session-store.js';
import { runCli, testdir } from '../helpers/cli.js';

const session = () => {
  const s = newSession({
    set: 'nhrck-2016',
    lang: 'en',
    caseCode: 'T-001',
    now: new Date('2026-11-02T09:00:00Z'),
  });
  s.facts = { age: 17, foreignNational: 'yes' };
  s.answers = { 'nhrck16.act.recruitment': 'yes', 'nhrck16.purpose.forced-sex': 'declined' };
  return s;
};

describe('encryption at rest', () => {
  it('when data is encrypted then it decrypts back to the same bytes and hides the text', () => {
    const plain = Buffer.from(JSON.stringify(session()));
    const sealed = encrypt(plain, 'correct horse');
    expect(sealed.includes(Buffer.from('nhrck16'))).toBe(false);
    expect(decrypt(sealed, 'correct horse').equals(plain)).toBe(true);
  });

  it('when the passphrase is wrong then decryption is refused with BAD_PASSPHRASE', () => {
    const sealed = encrypt(Buffer.from('secret answers'), 'right');
    expect(() => decrypt(sealed, 'wrong')).toThrow(expect.objectContaining({ code: 'BAD_PASSPHRASE' }));
  });

  it('when any single byte of the file is flipped then decryption is refused', () => {
    const s = session();
    const sealed = encrypt(Buffer.from(JSON.stringify(s)), 'pw', { role: 'session', id: s.id, revision: 3 });
    // Every header byte (fixed part and the role, id and revision), then positions spread over
    // the ciphertext and the tag. A damaged tag or key parameter is ENCRYPTED_HEADER, the rest
    // fails authentication.
    const headerLength = 38 + 1 + 'session'.length + 1 + s.id.length + 4;
    const positions = new Set<number>();
    for (let i = 0; i < headerLength + 4; i++) positions.add(i);
    for (let i = 42; i < sealed.length; i += Math.ceil(sealed.length / 8)) positions.add(i);
    for (const i of [sealed.length - 16, sealed.length - 8, sealed.length - 1]) positions.add(i);
    for (const pos of positions) {
      const tampered = Buffer.from(sealed);
      tampered[pos] = tampered[pos]! ^ 0x01;
      let code: string | undefined;
      try {
        decrypt(tampered, 'pw');
      } catch (e) {
        code = (e as { code?: string }).code;
      }
      expect(['BAD_PASSPHRASE', 'ENCRYPTED_HEADER'], `byte ${pos}`).toContain(code);
      if (pos < 7) expect(code, `byte ${pos}`).toBe('ENCRYPTED_HEADER');
    }
  });
});

describe('saving after every answer', () => {
  // Header layout: 7-byte tag, 3 parameter bytes, 16-byte salt, 12-byte nonce.
  const salt = (b: Buffer) => b.subarray(10, 26).toString('hex');
  const nonce = (b: Buffer) => b.subarray(26, 38).toString('hex');

  it('when the same passphrase saves again then the key is reused but every file gets a fresh nonce', () => {
    const a = encrypt(Buffer.from('first'), 'reuse pass 1');
    const b = encrypt(Buffer.from('second'), 'reuse pass 1');
    expect(salt(b)).toBe(salt(a));
    expect(nonce(b)).not.toBe(nonce(a));
    expect(decrypt(b, 'reuse pass 1').toString()).toBe('second');
    expect(() => decrypt(b, 'reuse pass 2')).toThrow(/passphrase is wrong/);
  });

  it('when another passphrase saves then it gets its own salt', () => {
    const a = encrypt(Buffer.from('x'), 'pass A');
    const b = encrypt(Buffer.from('x'), 'pass B');
    expect(salt(b)).not.toBe(salt(a));
    expect(decrypt(a, 'pass A').toString()).toBe('x');
  });
});

describe('session store', () => {
  it('when a session is saved then the file is 0600 in a 0700 folder', () => {
    const dir = testdir({});
    const store = new SessionStore(dir);
    store.save(session());
    const [info] = store.list();
    expect(statSync(info!.file).mode & 0o777).toBe(0o600);
    expect(statSync(store.dir).mode & 0o777).toBe(0o700);
    expect(store.load(info!).answers['nhrck16.act.recruitment']).toBe('yes');
  });

  it('when an encrypted session is saved then it needs the passphrase and a plain copy is not kept', () => {
    const dir = testdir({});
    const store = new SessionStore(dir);
    const s = session();
    store.save(s);
    store.save(s, 'pw');
    const infos = store.list();
    expect(infos).toHaveLength(1);
    expect(infos[0]!.encrypted).toBe(true);
    expect(readFileSync(infos[0]!.file).includes(Buffer.from('T-001'))).toBe(false);
    expect(() => store.load(infos[0]!, () => 'nope')).toThrow(
      expect.objectContaining({ code: 'BAD_PASSPHRASE' }),
    );
    expect(store.load(infos[0]!, () => 'pw').caseCode).toBe('T-001');
  });

  it('when a plain session file was edited into nonsense then loading refuses it and others still load', () => {
    const dir = testdir({});
    const store = new SessionStore(dir);
    const a = session();
    const b = { ...session(), id: '20261102-bbbbbb' };
    store.save(a);
    store.save(b);
    writeFileSync(store.find(a.id).file, '{"format":"tip-screen-session", "answers": 5}');
    expect(() => store.load(store.find(a.id))).toThrow(expect.objectContaining({ code: 'SESSION_DAMAGED' }));
    expect(store.load(store.find(b.id)).id).toBe(b.id);
  });
});

describe('sessions command', () => {
  it('when sessions are listed, exported and deleted then each works and delete removes the file', async () => {
    const dir = testdir({});
    const store = new SessionStore(dir);
    const s = session();
    store.save(s);
    const list = await runCli(['sessions', 'list', '--data-dir', dir]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(s.id);
    expect(list.stdout).toContain('T-001');

    const exported = await runCli(['sessions', 'export', s.id, '--data-dir', dir]);
    expect(exported.code).toBe(0);
    const answersFile = join(dir, 'answers.yaml');
    writeFileSync(answersFile, exported.stdout);
    const scored = await runCli(['score', answersFile, '--json']);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout)).toMatchObject({ meansWaived: true, waiverReason: 'child' });

    const out = join(dir, 'report.md');
    const md = await runCli([
      'sessions',
      'export',
      s.id,
      '--format',
      'markdown',
      '--out',
      out,
      '--data-dir',
      dir,
    ]);
    expect(md.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toContain('T-001');

    const file = store.find(s.id).file;
    const del = await runCli(['sessions', 'delete', s.id, '--yes', '--data-dir', dir]);
    expect(del.code).toBe(0);
    expect(existsSync(file)).toBe(false);
    const missing = await runCli(['sessions', 'show', s.id, '--data-dir', dir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('sessions list');
  });

  it('when an encrypted session is exported without a terminal then the environment passphrase is used', async () => {
    const dir = testdir({});
    const store = new SessionStore(dir);
    const s = session();
    store.save(s, 'pw');
    const refused = await runCli(['sessions', 'export', s.id, '--decrypt', '--data-dir', dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('TIP_SCREEN_PASSPHRASE');
    const wrong = await runCli(['sessions', 'export', s.id, '--decrypt', '--data-dir', dir], {
      env: { TIP_SCREEN_PASSPHRASE: 'no' },
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    const ok = await runCli(['sessions', 'export', s.id, '--decrypt', '--data-dir', dir], {
      env: { TIP_SCREEN_PASSPHRASE: 'pw' },
    });
    expect(ok.stderr).toContain('--decrypt');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('nhrck16.act.recruitment');
  });

  it('when screen runs without a terminal then it exits 2 naming tip-screen score', async () => {
    const r = await runCli(['screen']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tip-screen score');
    const ci = await runCli(['screen'], { isTTY: true, env: { CI: 'true' } });
    expect(ci.code).toBe(2);
  });
});
