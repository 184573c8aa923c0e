/** Prompts speak the screener's language beyond their own texts: the echoed answer, the key help. */
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createPrompter } from '../../src/ui/prompts.js';

const io = () => {
  const stdin = Readable.from([]) as Readable & { isTTY?: boolean };
  stdin.isTTY = true;
  return { stdin, stdout: { write: () => true, isTTY: true }, stderr: { write: () => true }, env: {} };
};

describe('confirm', () => {
  it('when Korean labels are given and y is pressed then the answer is echoed as 예', async () => {
    const prompter = createPrompter(io(), { wrap: wrapPrompt });
    const answer = prompter.confirm({
      message: '저장할까요?',
      default: false,
      labels: { yes: '예', no: '아니오' },
    });
    screen.type('y');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(true);
    expect(screen.getScreen()).toContain('저장할까요? 예');
    expect(screen.getScreen()).not.toContain('Yes');
  });

  it('when Korean labels are given and Enter takes the default then the answer is echoed as 아니오', async () => {
    const prompter = createPrompter(io(), { wrap: wrapPrompt });
    const answer = prompter.confirm({
      message: '저장할까요?',
      default: false,
      labels: { yes: '예', no: '아니오' },
    });
    screen.keypress('enter');
    await expect(answer).resolves.toBe(false);
    expect(screen.getScreen()).toContain('저장할까요? 아니오');
  });
});

describe('select', () => {
  it.each([
    ['ko', '이동', '선택'],
    ['en', 'navigate', 'select'],
  ] as const)(
    'when the screening is in %s then the key help under the list is too',
    async (lang, nav, sel) => {
      const prompter = createPrompter(io(), { wrap: wrapPrompt });
      const answer = prompter.select({
        message: 'pick',
        lang,
        choices: [
          { value: 'a', name: 'A' },
          { value: 'b', name: 'B' },
        ],
      });
      expect(screen.getScreen()).toContain(`↑↓ ${nav} • ⏎ ${sel}`);
      if (lang === 'ko') expect(screen.getScreen()).not.toContain('navigate');
      screen.keypress('down');
      screen.keypress('enter');
      await expect(answer).resolves.toBe('b');
    },
  );
});
