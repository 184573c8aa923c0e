/**
 * Issue 13 end to end, in a real pseudo-terminal at 80×30: Esc quick-exits from a text input, a
 * list and the review, leaving nothing of the interview after the clearing; two stray Enters on
 * an untouched question record nothing; plain `resume` with two paused sessions lets the screener
 * pick, and continues the one picked. Results are read from the saved session files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSet } from '../../src/io/load-set.js';
import { displayWidth } from '../../src/render/layout.js';
import type { Session } from '../../src/io/session.js';
import { SessionStore } from '../../src/io/session-store.js';
import { DOWN, ESC, savedSessions, startPty, until, type PtyRun } from '../helpers/pty.js';
import { sampleSession } from '../helpers/sessions.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function dataDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'tip-field-'));
  dirs.push(d);
  return d;
}

const cursorOf = (dir: string) => savedSessions(dir)[0]?.cursor;

/** Waits for a prompt drawn after `mark`, then presses `keys`; returns the mark after them. */
async function press(run: PtyRun, mark: number, seen: string, keys: string): Promise<number> {
  await until(seen, () => run.since(mark).includes(seen));
  const next = run.mark();
  run.pty.write(keys);
  return next;
}

/** After a quick exit: it ended well, and nothing was printed after the last clearing. */
async function expectCleared(run: PtyRun): Promise<void> {
  expect(await run.exited).toBe(0);
  const raw = run.raw();
  const cleared = raw.lastIndexOf('\x1b[3J');
  expect(cleared).toBeGreaterThan(-1);
  // Only cursor placement may follow the clearing, never text of the interview.
  expect(stripVTControlCharacters(raw.slice(cleared + 4)).trim()).toBe('');
}

/** A session at the given step, with the safety question and the opening script done. */
function planted(dir: string, overrides: Partial<Session>): Session {
  const s = sampleSession({ danger: 'no', openingDone: true, status: 'paused', ...overrides });
  new SessionStore(dir).save(s);
  return s;
}

/** Every fact and indicator answered: the session goes to the review. */
function everythingAnswered(): Pick<Session, 'facts' | 'answers' | 'cursor'> {
  const { set } = loadSet('nhrck-2016');
  const facts: Session['facts'] = {};
  for (const f of set.facts)
    facts[f.id] = f.type === 'number' ? 30 : f.type === 'choice' ? f.options![0]!.id : 'no';
  return { facts, answers: Object.fromEntries(set.indicators.map((i) => [i.id, 'no'])), cursor: 'review' };
}

describe('a screening in a real terminal (issue 13)', () => {
  it('when Esc is pressed on the age input then the interview quick-exits and nothing of it stays', async () => {
    const dir = dataDir();
    const run = startPty(['screen', '--case', 'PTY-A1', '--data-dir', dir]);
    let m = await press(run, 0, 'immediate danger', 'n');
    m = await press(run, m, 'Opening', 'c');
    m = await press(run, m, '[Esc] quick exit', '3');
    await until('the typed digit', () => run.since(m).includes('3'));
    run.pty.write(ESC);
    await expectCleared(run);
    const [s] = savedSessions(dir);
    expect(s?.status).toBe('paused');
    expect(s?.cursor).toBe('fact:age');
    expect(s?.facts.age).toBeUndefined();
  }, 60_000);

  it('when Esc is pressed on a list then the interview quick-exits', async () => {
    const dir = dataDir();
    const s = planted(dir, { cursor: 'fact:immigrationStatus' });
    const run = startPty(['resume', s.id, '--data-dir', dir]);
    await press(run, 0, 'esc quick exit', ESC);
    await expectCleared(run);
    expect(cursorOf(dir)).toBe('fact:immigrationStatus');
  }, 60_000);

  it('when Esc is pressed on the review then the interview quick-exits', async () => {
    const dir = dataDir();
    const s = planted(dir, everythingAnswered());
    const run = startPty(['resume', s.id, '--data-dir', dir]);
    await press(run, 0, 'Finish the screening', ESC);
    await expectCleared(run);
    expect(savedSessions(dir)[0]?.status).toBe('paused');
  }, 60_000);

  it('when Enter is pressed twice on an untouched question then nothing is recorded', async () => {
    const dir = dataDir();
    const s = planted(dir, { cursor: 'indicator:nhrck16.act.recruitment', answers: {} });
    const run = startPty(['resume', s.id, '--data-dir', dir]);
    let m = await press(run, 0, '[x/Esc] quick exit', '\r');
    run.pty.write('\r');
    // The pause is typed after the Enters: once it is saved, the Enters have been read.
    m = run.mark();
    run.pty.write('p');
    await until('the pause', () => run.since(m).includes('Paused.'));
    expect(await run.exited).toBe(0);
    const [after] = savedSessions(dir);
    expect(after?.cursor).toBe('indicator:nhrck16.act.recruitment');
    expect(after?.answers).toEqual({});
  }, 60_000);

  it('when the terminal is resized to 60 columns mid-question then the screen is drawn again to fit', async () => {
    const dir = dataDir();
    const run = startPty(['screen', '--case', 'PTY-W1', '--respondent-lang', 'vi', '--data-dir', dir]);
    await press(run, 0, 'immediate danger', 'n');
    await until('the opening script', () => run.output().includes('[c] Continue'));
    const m = run.mark();
    run.pty.resize(60, 30);
    // Drawn again after the resize: the clearing, then the whole script and its prompt.
    await until('the redrawn screen', () => run.since(m).includes('[x/Esc] quick exit'));
    const redrawn = run.raw().slice(m);
    const from = redrawn.lastIndexOf('\x1b[2J');
    expect(from).toBeGreaterThan(-1);
    const lines = stripVTControlCharacters(redrawn.slice(from)).split(/\r?\n/);
    expect(lines.some((l) => l.includes('(vi)'))).toBe(true);
    expect(lines.filter((l) => displayWidth(l) > 60)).toEqual([]);
    run.pty.write('p');
    expect(await run.exited).toBe(0);
    expect(cursorOf(dir)).toBe('opening');
  }, 60_000);

  it('when two sessions are paused then plain resume offers both and continues the one picked', async () => {
    const dir = dataDir();
    const older = planted(dir, { caseCode: 'OLD-1', cursor: 'indicator:nhrck16.act.recruitment' });
    await new Promise((r) => setTimeout(r, 30));
    const newer = planted(dir, { caseCode: 'NEW-2', cursor: 'indicator:nhrck16.act.recruitment' });
    const run = startPty(['resume', '--data-dir', dir]);
    await until('the list', () => run.output().includes('Pick the session to continue'));
    const list = run.output();
    expect(list.indexOf('NEW-2')).toBeLessThan(list.indexOf('OLD-1'));
    let m = run.mark();
    run.pty.write(DOWN);
    m = await press(run, m, '❯', '\r');
    m = await press(run, m, '[case OLD-1 · ', 'y');
    const byId = () => Object.fromEntries(savedSessions(dir).map((x) => [x.id, x]));
    await until('the answer saved', () => byId()[older.id]?.cursor !== 'indicator:nhrck16.act.recruitment');
    await press(run, m, '[x/Esc] quick exit', 'p');
    expect(await run.exited).toBe(0);
    expect(byId()[older.id]?.answers['nhrck16.act.recruitment']).toBe('yes');
    expect(byId()[newer.id]?.answers).toEqual(newer.answers);
  }, 60_000);
});
