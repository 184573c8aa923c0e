/**
 * Issue 13, item 6: a typo in a passphrase must not end the screening. A new one is asked twice
 * and asked again when the two differ (three tries); a wrong one is asked again (three tries);
 * a new one must be at least 12 characters or four words; TIP_SCREEN_PASSPHRASE still works.
 */
import { Readable } from 'node:stream';
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/base/errors.js';
import { newPassphrase, strongEnough, withPassphrase } from '../../src/cli/passphrase.js';
import type { Io } from '../../src/io/streams.js';
import { createPrompter } from '../../src/ui/prompts.js';

function terminal(env: Record<string, string> = {}): { io: Io; said: () => string } {
  let out = '';
  const io: Io = {
    stdin: Readable.from([]),
    stdout: { write: (s: string) => ((out += s), true) },
    stderr: { write: () => true },
    env,
    cwd: process.cwd(),
  };
  return { io, said: () => out };
}

/** Types a line and Enter; waits for what comes next unless it is the last line asked. */
async function typeLine(text: string, last = false): Promise<void> {
  await new Promise((r) => setImmediate(r));
  screen.type(text);
  screen.keypress('enter');
  if (!last) await screen.next();
}

const wrong = () => new UserError('BAD_PASSPHRASE', 'wrong');

describe('passphrases', () => {
  it('counts 12 characters or four words as strong enough', () => {
    expect(strongEnough('short')).toBe(false);
    expect(strongEnough('elevenchars')).toBe(false);
    expect(strongEnough('twelve chars')).toBe(true);
    expect(strongEnough('빨간 여우 큰 해')).toBe(true);
    expect(strongEnough('빨간여우큰해')).toBe(false);
  });

  it('when a weak passphrase is typed then it is refused with the rule, and a typo in the second asks again', async () => {
    const { io, said } = terminal();
    const got = newPassphrase(io, createPrompter(io, { wrap: wrapPrompt }), 'en');
    await typeLine('short');
    expect(screen.getScreen()).toContain('at least 12 characters, or four words');
    screen.keypress('backspace');
    for (let i = 0; i < 5; i++) screen.keypress('backspace');
    await typeLine('salt farm road north');
    await typeLine('salt farm road nroth'); // the typo
    expect(said()).toContain('The two passphrases differ. Type it again (2 tries left).');
    await typeLine('salt farm road north');
    await typeLine('salt farm road north', true);
    await expect(got).resolves.toBe('salt farm road north');
  });

  it('when the two passphrases differ three times then nothing is saved and the error says so', async () => {
    const { io } = terminal();
    const got = newPassphrase(io, createPrompter(io, { wrap: wrapPrompt }), 'en');
    got.catch(() => undefined);
    for (let i = 0; i < 3; i++) {
      await typeLine('salt farm road north');
      await typeLine(`salt farm road ${i}`, i === 2);
    }
    await expect(got).rejects.toMatchObject({
      code: 'BAD_PASSPHRASE',
      message: expect.stringMatching(/three times/),
    });
  });

  it('when a wrong passphrase is typed then it is asked again, and the right one opens the file', async () => {
    const { io, said } = terminal();
    const tried: string[] = [];
    const got = withPassphrase(io, createPrompter(io, { wrap: wrapPrompt }), 'ko', (p) => {
      tried.push(p);
      if (p !== 'right one here') throw wrong();
      return 'opened';
    });
    await typeLine('wrong one');
    expect(said()).toContain('암호가 틀렸거나 파일이 바뀌었습니다');
    expect(said()).toContain('남은 기회 2번');
    await typeLine('right one here', true);
    await expect(got).resolves.toEqual({ value: 'opened', passphrase: 'right one here' });
    expect(tried).toEqual(['wrong one', 'right one here']);
  });

  it('when a wrong passphrase is typed three times then the error is the wrong passphrase', async () => {
    const { io } = terminal();
    let tries = 0;
    const got = withPassphrase(io, createPrompter(io, { wrap: wrapPrompt }), 'en', () => {
      tries++;
      throw wrong();
    });
    got.catch(() => undefined);
    for (let i = 0; i < 3; i++) await typeLine(`guess ${i}`, i === 2);
    await expect(got).rejects.toMatchObject({ code: 'BAD_PASSPHRASE' });
    expect(tries).toBe(3);
  });

  it('when TIP_SCREEN_PASSPHRASE is set then it is used as given, once, without asking', async () => {
    const { io } = terminal({ TIP_SCREEN_PASSPHRASE: 'pw' });
    const noPrompts = new Proxy({} as ReturnType<typeof createPrompter>, {
      get: () => () => Promise.reject(new Error('asked')),
    });
    await expect(newPassphrase(io, noPrompts, 'en')).resolves.toBe('pw');
    let tries = 0;
    const opened = withPassphrase(io, noPrompts, 'en', () => {
      tries++;
      throw wrong();
    });
    await expect(opened).rejects.toMatchObject({ code: 'BAD_PASSPHRASE' });
    expect(tries).toBe(1);
  });
});
