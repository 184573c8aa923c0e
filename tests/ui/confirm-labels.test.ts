/** A yes/no question echoes the answer in the screener's language once it is given. */
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
