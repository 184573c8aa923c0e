/**
 * Issue 13, item 2: Esc quick-exits from every screen, not only the yes/no questions: the age
 * input, the sector list, a note, the review and its list of questions, the offer to stop after
 * "in danger", and the passphrase prompt. On a text input `x` stays a letter. Every screen names
 * Esc in its key help.
 */
import { Readable } from 'node:stream';
import { wrapPrompt } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/base/errors.js';
import { newPassphrase } from '../../src/cli/passphrase.js';
import type { Io } from '../../src/io/streams.js';
import { CLEAR_ALL } from '../../src/ui/output.js';
import { createPrompter } from '../../src/ui/prompts.js';
import { adult30, answerUntil, screen, startInterview, type Drive } from './drive.js';

/** An adult in farm work, every indicator answered no: quick to the review. */
const adult = adult30('3');

/** Esc, then: the interview ended as a quick exit, cleared the screen last, and saved. */
async function expectQuickExit(d: Drive): Promise<void> {
  screen.keypress('escape');
  const end = await d.end;
  expect(end.status).toBe('quick-exit');
  expect(d.output().endsWith(CLEAR_ALL)).toBe(true);
  expect(d.saved.at(-1)?.status).toBe('paused');
}

describe('Esc quick-exits from every screen', () => {
  it('when Esc is pressed on the age input, after typing x, then x was a letter and Esc the quick exit', async () => {
    const d = startInterview();
    await answerUntil(d, adult, 'fact:age');
    // Named on the hint line above the input.
    expect(d.output()).toContain('[Esc] quick exit');
    screen.type('x');
    expect(screen.getScreen()).toContain('x');
    expect(d.session.cursor).toBe('fact:age');
    await expectQuickExit(d);
    expect(d.saved.at(-1)?.facts.age).toBeUndefined();
  });

  it('when Esc is pressed on the sector list then it is the quick exit, and the list says so', async () => {
    const d = startInterview();
    await answerUntil(d, adult, 'fact:sector');
    expect(screen.getScreen()).toContain('esc quick exit');
    await expectQuickExit(d);
  });

  it('when Esc is pressed while typing a note then the note is not saved and the interview quick-exits', async () => {
    const d = startInterview();
    await answerUntil(d, adult, 'indicator:nhrck16.act.recruitment');
    screen.keypress('t');
    await screen.next();
    expect(screen.getScreen()).toContain('Note');
    screen.type('the boss took x');
    await expectQuickExit(d);
    expect(d.saved.at(-1)?.notes).toEqual({});
  });

  it('when Esc is pressed on the review, or on its list of questions, then it is the quick exit', async () => {
    const d = startInterview();
    await answerUntil(d, adult);
    expect(screen.getScreen()).toContain('esc quick exit');
    await expectQuickExit(d);

    const again = startInterview(structuredClone(d.saved.at(-1)!));
    await answerUntil(again, adult);
    screen.keypress('down'); // change an answer
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Pick the question to change');
    await expectQuickExit(again);
  });

  it('when Esc is pressed on the offer to stop after "in danger" then it is the quick exit', async () => {
    const d = startInterview();
    screen.keypress('y');
    await screen.next();
    expect(screen.getScreen()).toContain('Stop now and continue later?');
    await expectQuickExit(d);
    expect(d.saved.at(-1)?.danger).toBe('yes');
  });

  it('when Esc is pressed on the passphrase prompt then it is the quick exit, not a wrong passphrase', async () => {
    const io: Io = {
      stdin: Readable.from([]),
      stdout: { write: () => true },
      stderr: { write: () => true },
      env: {},
      cwd: process.cwd(),
    };
    const prompter = createPrompter(io, { wrap: wrapPrompt });
    const asked = newPassphrase(io, prompter, 'ko');
    await new Promise((r) => setImmediate(r));
    expect(screen.getScreen()).toContain('[Esc] 긴급 종료');
    // Said in Korean, and there is no key to show it: someone may be watching the screen.
    expect(screen.getScreen()).toContain('[입력은 보이지 않습니다]');
    expect(screen.getScreen()).not.toContain('toggle visibility');
    screen.type('secret words');
    screen.keypress('escape');
    await expect(asked).rejects.toBeInstanceOf(CancelledError);
    await expect(asked).rejects.toMatchObject({ reason: 'quick-exit' });
  });
});
