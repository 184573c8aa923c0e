/**
 * What ends a prompt from outside its own keys. Esc, on any prompt, is the quick exit: the prompt
 * ends at once, whatever it is (a list, a text input, a passphrase), and CancelledError
 * ('quick-exit') goes up to whoever clears the screen. A resized terminal ends a prompt that can
 * be shown again without losing anything (RedrawError), so the screen is drawn to the new width.
 */
import { CancelledError, RedrawError } from '../base/errors.js';

export type PromptContext = {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  clearPromptOnDone?: boolean;
  signal?: AbortSignal;
};
export type PromptFn<V, C> = (config: C, context?: PromptContext) => Promise<V>;

/**
 * The prompt, ending on Esc (read from the input the prompt itself reads, so a test's virtual
 * screen works too) and, when `terminal` is given, on its 'resize' event.
 */
export const interruptible =
  <V, C>(prompt: PromptFn<V, C>, terminal?: Partial<NodeJS.EventEmitter>): PromptFn<V, C> =>
  async (config, context) => {
    const input = context?.input;
    const controller = new AbortController();
    let why: 'quick-exit' | 'redraw' | undefined;
    const stop = (reason: 'quick-exit' | 'redraw') => {
      why ??= reason;
      controller.abort();
    };
    const onKey = (_s: unknown, key?: { name?: string }) => {
      if (key?.name === 'escape') stop('quick-exit');
    };
    const onResize = () => stop('redraw');
    input?.on('keypress', onKey);
    terminal?.on?.('resize', onResize);
    try {
      return await prompt(config, { ...context, signal: controller.signal });
    } catch (e) {
      if (why === 'quick-exit') throw new CancelledError('quick-exit');
      if (why === 'redraw') throw new RedrawError();
      throw e;
    } finally {
      input?.off('keypress', onKey);
      terminal?.off?.('resize', onResize);
    }
  };
