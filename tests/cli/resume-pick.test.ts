/**
 * Issue 13, item 1: `resume` must never continue the wrong person's session. Sessions are ordered
 * by last change, not by id; plain `resume` goes on alone only with one open session, after
 * showing whose it is; with several it offers a list; a case code finds a session everywhere.
 */
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { Command } from 'commander';
import { readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerScreen } from '../../src/cli/commands/screen.js';
import type { Session } from '../../src/io/session.js';
import type { SessionStore } from '../../src/io/session-store.js';
import { createPrompter } from '../../src/ui/prompts.js';
import { freshStore, sampleSession, sessionsCli } from '../helpers/sessions.js';
import { terminal } from '../helpers/terminal.js';

/** Saves a session and sets its file's last change to the given minute of 3 Dec 2026. */
function saveAt(store: SessionStore, s: Session, minute: number): void {
  store.save(s);
  const when = new Date(2026, 11, 3, 10, minute);
  utimesSync(join(store.dir, `${s.id}.json`), when, when);
}

/** `tip-screen resume ARGS` in-process, prompts on the virtual screen; output captured. */
function resume(args: string[]): { done: Promise<unknown>; output: () => string } {
  const { ctx, output } = terminal();
  const program = new Command('tip-screen').exitOverride();
  registerScreen(program, ctx, { prompter: (p) => createPrompter(p, { wrap: wrapPrompt }) });
  const done = program.parseAsync(['resume', ...args], { from: 'user' });
  // A failure is read by the test that awaits it; this only keeps an early one from going unheard.
  done.catch(() => undefined);
  return { done, output };
}

async function until(text: string): Promise<void> {
  for (let i = 0; i < 400 && !screen.getScreen().includes(text); i++)
    await new Promise((r) => setTimeout(r, 5));
  expect(screen.getScreen()).toContain(text);
}

const paused = (caseCode: string): Session => sampleSession({ caseCode, status: 'paused', cursor: 'safety' });

describe('which session resume continues', () => {
  it('when B was paused after A then list and resume put B first, though its id sorts after', async () => {
    const { root, store } = freshStore();
    const b = { ...paused('CASE-B2'), id: '20261101-000001' };
    const a = { ...paused('CASE-A1'), id: '20261130-ffffff' };
    saveAt(store, a, 5);
    saveAt(store, b, 40);
    expect(store.list().map((s) => s.id)).toEqual([b.id, a.id]);
    const r = await sessionsCli(root, ['list']);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+STATUS\s+CASE\s+ANSWERS\s+LAST CHANGED$/);
    expect(lines[1]).toMatch(/^20261101-000001\s+paused\s+CASE-B2\s+1\s+2026-12-03 10:40$/);
    expect(lines[2]).toMatch(/^20261130-ffffff\s+paused\s+CASE-A1\s+1\s+2026-12-03 10:05$/);
    // Every column starts at the same place on every line.
    const at = (l: string, word: string) => l.indexOf(word);
    for (const l of lines.slice(1)) {
      expect(at(l, 'paused')).toBe(at(lines[0]!, 'STATUS'));
      expect(at(l, 'CASE-')).toBe(at(lines[0]!, 'CASE'));
      expect(at(l, '2026-12-03')).toBe(at(lines[0]!, 'LAST CHANGED'));
    }
  });

  it('when two sessions are paused then plain resume lists both, last changed first, and continues the one picked', async () => {
    const { root, store } = freshStore();
    const a = paused('CASE-A1');
    const b = paused('CASE-B2');
    saveAt(store, a, 5);
    saveAt(store, b, 40);
    const r = resume(['--data-dir', root]);
    await until('Pick the session to continue');
    const list = screen.getScreen();
    expect(list.indexOf('CASE-B2')).toBeGreaterThan(-1);
    expect(list.indexOf('CASE-B2')).toBeLessThan(list.indexOf('CASE-A1'));
    screen.keypress('down'); // the second: A, changed longer ago
    screen.keypress('enter');
    await until('immediate danger');
    expect(r.output()).toContain('Case CASE-A1 · started');
    expect(screen.getScreen()).not.toContain('Continue this session?');
    screen.keypress('p');
    await r.done;
    const saved = JSON.parse(readFileSync(join(store.dir, `${a.id}.json`), 'utf8')) as Session;
    expect(saved.danger).toBeUndefined();
    expect(saved.revision).toBeGreaterThan(1);
    // B was not opened.
    expect((JSON.parse(readFileSync(join(store.dir, `${b.id}.json`), 'utf8')) as Session).revision).toBe(1);
  });

  it('when only one session is open then resume shows whose it is and changes nothing if the screener says no', async () => {
    const { root, store } = freshStore();
    const open = paused('CASE-C3');
    const done = sampleSession({ caseCode: 'CASE-D4', status: 'done' });
    saveAt(store, open, 5);
    saveAt(store, done, 50);
    const before = readFileSync(join(store.dir, `${open.id}.json`), 'utf8');
    const r = resume(['--data-dir', root]);
    await until('Continue this session?');
    // One header, wrapped to the terminal's width.
    expect(r.output().replace(/\n +/g, ' ')).toMatch(
      /Case CASE-C3 · started 2026-11-02 \d\d:00 · last changed 2026-12-03 10:05 · 1 answers/,
    );
    screen.type('n');
    screen.keypress('enter');
    await r.done;
    expect(r.output()).toContain('Nothing was changed');
    expect(readFileSync(join(store.dir, `${open.id}.json`), 'utf8')).toBe(before);
  });

  it('when no session is open then resume says so instead of opening a finished one', async () => {
    const { root, store } = freshStore();
    saveAt(store, sampleSession({ status: 'done' }), 5);
    const r = resume(['--data-dir', root]);
    await expect(r.done).rejects.toMatchObject({ code: 'SESSION_NOT_FOUND' });
  });

  it('when a case code is given then resume continues that session, and a code two sessions share offers a list', async () => {
    const { root, store } = freshStore();
    const one = paused('CASE-E5');
    const twinA = paused('TWIN-7');
    const twinB = paused('TWIN-7');
    saveAt(store, one, 1);
    saveAt(store, twinA, 2);
    saveAt(store, twinB, 3);
    const r = resume(['case-e5', '--data-dir', root]);
    await until('immediate danger');
    expect(r.output()).toContain('Case CASE-E5');
    // The screen's own header names the case too.
    expect(r.output()).toContain('[case CASE-E5]');
    screen.keypress('p');
    await r.done;

    const twins = resume(['TWIN-7', '--data-dir', root]);
    await until('Pick the session to continue');
    expect(screen.getScreen()).toContain(twinA.id);
    expect(screen.getScreen()).toContain(twinB.id);
    expect(screen.getScreen()).not.toContain(one.id);
    screen.keypress('up'); // the last choice: none of these
    screen.keypress('enter');
    await twins.done;
    expect(twins.output()).toContain('Nothing was changed');
  });

  it('when show, export or delete get a case code then they find the session, and a shared one is refused with the list', async () => {
    const { root, store } = freshStore();
    const s = paused('CASE-F6');
    const twinA = paused('TWIN-8');
    const twinB = paused('TWIN-8');
    for (const x of [s, twinA, twinB]) store.save(x);
    const shown = await sessionsCli(root, ['show', 'CASE-F6']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(s.id);
    const exported = await sessionsCli(root, ['export', 'case-f6', '--format', 'json']);
    expect(exported.code).toBe(0);
    const twin = await sessionsCli(root, ['delete', 'TWIN-8', '--force']);
    expect(twin.code).toBe(2);
    expect(twin.stderr).toContain('[SESSION_AMBIGUOUS]');
    expect(twin.stderr).toContain(twinA.id);
    expect(twin.stderr).toContain(twinB.id);
    expect(store.list()).toHaveLength(3);
  });
});
