/**
 * Issue 11, item 12: one bad file broke `sessions list`. Every readable session is listed and the
 * others are marked damaged with the reason; a damaged file is SESSION_DAMAGED, not "not found".
 */
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshStore, sampleSession, sessionsCli, victimFile } from '../helpers/sessions.js';

describe('sessions list with bad files among good ones', () => {
  it('when one file is nonsense, one a link and one a damaged encrypted file then the good ones are still listed', async () => {
    const { root, store } = freshStore();
    const good = sampleSession({ caseCode: 'GOOD-1' });
    const sealed = sampleSession();
    const junk = sampleSession();
    const linked = sampleSession();
    const header = sampleSession();
    for (const s of [good, junk, linked]) store.save(s);
    for (const s of [sealed, header]) store.save(s, 'pw');
    writeFileSync(join(store.dir, `${junk.id}.json`), '{ not json');
    rmSync(join(store.dir, `${linked.id}.json`));
    symlinkSync(victimFile(), join(store.dir, `${linked.id}.json`));
    writeFileSync(
      join(store.dir, `${header.id}.json.enc`),
      'TSENC7\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    );

    const r = await sessionsCli(root, ['list']);
    expect(r.code).toBe(0);
    const line = (id: string) => r.stdout.split('\n').find((l) => l.startsWith(id)) ?? '';
    expect(line(good.id)).toContain('GOOD-1');
    expect(line(sealed.id)).toContain('encrypted');
    expect(line(junk.id)).toContain('damaged');
    expect(line(junk.id)).toContain('SESSION_DAMAGED');
    expect(line(linked.id)).toContain('UNSAFE_PATH');
    expect(line(header.id)).toContain('ENCRYPTED_HEADER');
    expect(r.stderr).toContain('3 session files cannot be opened');

    const json = await sessionsCli(root, ['list', '--json']);
    const items = JSON.parse(json.stdout) as { id: string; damaged?: string }[];
    expect(items).toHaveLength(5);
    expect(items.find((i) => i.id === junk.id)?.damaged).toBe('SESSION_DAMAGED');
    expect(items.find((i) => i.id === good.id)?.damaged).toBeUndefined();
  });

  it('when a damaged session is shown then it is SESSION_DAMAGED, not SESSION_NOT_FOUND', async () => {
    const { root, store } = freshStore();
    const s = sampleSession();
    store.save(s);
    writeFileSync(join(store.dir, `${s.id}.json`), '{"format":"tip-screen-session"}');
    const r = await sessionsCli(root, ['show', s.id]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[SESSION_DAMAGED]');
  });
});
