/**
 * Every prompt the tool shows goes through here: this is the only module that imports @inquirer.
 * It refuses to prompt without a terminal (naming the non-interactive command instead), turns
 * Ctrl+C into a CancelledError, and offers a one-key answer prompt for screening questions.
 */
import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isUpKey,
  makeTheme,
  useKeypress,
  usePrefix,
  useState,
  type KeypressEvent,
} from '@inquirer/core';
import { confirm, input, password, select } from '@inquirer/prompts';
import { styleText } from 'node:util';
import { displayWidth, wrap as wrapText } from '../render/layout.js';
import type { Readable } from 'node:stream';
import { CancelledError, RedrawError, UserError } from '../base/errors.js';
import type { Lang } from '../base/i18n.js';
import type { OutputStream } from '../io/streams.js';
import { say, type Catalogue } from '../base/catalogue/index.js';
import { interruptible, type PromptFn } from './interrupt.js';

export interface PromptIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: OutputStream;
  env: Record<string, string | undefined>;
}

/** Refuses to start an interactive flow where nobody can answer, instead of hanging. */
export function requireTerminal(
  io: PromptIo,
  opts: { noInput?: boolean; alternative: string; use?: 'screening' | 'training' },
): void {
  const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false' && io.env.CI !== '0';
  if (opts.noInput || ci || io.stdin.isTTY !== true || io.stdout.isTTY !== true) {
    const why = opts.noInput ? '--no-input' : ci ? 'CI' : undefined;
    throw new UserError('NO_TTY', (lang) =>
      say(lang).errors.NO_TTY[opts.use ?? 'screening'](
        why ?? say(lang).errors.NO_TTY.noTerminal,
        opts.alternative,
      ),
    );
  }
}

export interface KeyChoice<V extends string> {
  value: V;
  key: string;
  label: string;
  /** How the key is shown in the hints when it is not just `key` (e.g. "x/Esc"). */
  keyLabel?: string;
}

export interface AnswerPromptConfig<V extends string> {
  message: string;
  /** Lines shown under the question (e.g. the respondent's language). */
  detail?: string[];
  help?: string;
  choices: KeyChoice<V>[];
  /** Actions that are not answers (note, back, pause, quick exit), shown on one line. */
  actions: KeyChoice<V>[];
  default?: V;
  helpKeyLabel: string;
  /** On a resize, throw RedrawError so the caller draws the whole screen again. */
  redraw?: boolean;
  /** The terminal's width now: the key hints are broken into lines that fit it. */
  width?: number;
}

/** A question answered by one key (y/n/u/d ...) or with arrows and Enter; "?" shows the help. */
export const answerPrompt = createPrompt(
  <V extends string>(config: AnswerPromptConfig<V>, done: (value: V) => void): string => {
    const theme = makeTheme({});
    const [status, setStatus] = useState<'idle' | 'done'>('idle');
    const [showHelp, setShowHelp] = useState(false);
    // No cursor until a key moves it, unless the question already has an answer: a stray Enter
    // (typing a note, a key held down) must never answer an untouched question.
    const [active, setActive] = useState(config.choices.findIndex((c) => c.value === config.default));
    const [chosen, setChosen] = useState<string>('');
    const prefix = usePrefix({ status, theme });
    const finish = (c: KeyChoice<V>) => {
      setChosen(c.label);
      setStatus('done');
      done(c.value);
    };

    useKeypress((key: KeypressEvent & { sequence?: string }, rl) => {
      const typed = (key.sequence ?? key.name ?? '').toLowerCase();
      rl.clearLine(0);
      // Esc is the quick exit, handled for every prompt alike (see escapable).
      if (key.name === 'escape') return;
      if (isEnterKey(key)) {
        const c = config.choices[active];
        if (c) finish(c);
        return;
      }
      const n = config.choices.length;
      if (isUpKey(key)) return setActive(active < 0 ? n - 1 : (active - 1 + n) % n);
      if (isDownKey(key)) return setActive(active < 0 ? 0 : (active + 1) % n);
      if (typed === '?' || typed === 'h') return setShowHelp(!showHelp);
      const hit = [...config.choices, ...config.actions].find((c) => c.key === typed);
      if (hit) finish(hit);
    });

    const message = theme.style.message(config.message, status);
    if (status === 'done')
      return chosen === config.message
        ? `${prefix} ${message}`
        : `${prefix} ${message} ${theme.style.answer(chosen)}`;
    const lines = [`${prefix} ${message}`];
    for (const d of config.detail ?? []) lines.push(`  ${d}`);
    if (showHelp && config.help)
      lines.push('', ...config.help.split('\n').map((l) => `  ${theme.style.help(l)}`), '');
    config.choices.forEach((c, i) => {
      const cursor = i === active ? '❯' : ' ';
      const text = `${cursor} [${c.key}] ${c.label}`;
      lines.push(i === active ? theme.style.highlight(text) : text);
    });
    const hints = [
      `[?] ${config.helpKeyLabel}`,
      ...config.actions.map((a) => `[${a.keyLabel ?? a.key}] ${a.label}`),
    ];
    for (const line of packHints(hints, config.width ?? 80)) lines.push(theme.style.help(line));
    return lines.join('\n');
  },
);

/** The key hints on as few lines as fit the width, never breaking one hint. */
function packHints(hints: string[], width: number): string[] {
  const lines: string[] = [];
  for (const h of hints) {
    const last = lines.at(-1);
    if (last !== undefined && displayWidth(`${last}  ${h}`) <= width)
      lines[lines.length - 1] = `${last}  ${h}`;
    else lines.push(h);
  }
  return lines;
}

/** Wraps a prompt function; tests pass @inquirer/testing's wrapPrompt to drive prompts without a TTY. */
type Wrap = <V, C>(prompt: PromptFn<V, C>) => PromptFn<V, C>;

/**
 * Every prompt but the answer prompt: `lang` is the language of the key help (the list keys, and
 * Esc for the quick exit, which every prompt offers).
 */
export interface Prompter {
  answer<V extends string>(config: AnswerPromptConfig<V>): Promise<V>;
  select<V extends string>(config: {
    message: string;
    choices: { value: V; name: string; description?: string }[];
    default?: V;
    lang?: Lang;
    /** On a resize, throw RedrawError so the caller draws the whole screen again. */
    redraw?: boolean;
    /** The terminal's width now: longer choices are broken into lines that fit it. */
    width?: number;
  }): Promise<V>;
  input(config: {
    message: string;
    default?: string;
    validate?: (value: string) => true | string;
    lang?: Lang;
    /** false when the screen names Esc itself, in a line of its own above the prompt. */
    escapeHint?: boolean;
  }): Promise<string>;
  /** labels: how the answer is echoed once given (e.g. 예 / 아니오); the keys stay y and n. */
  confirm(config: {
    message: string;
    default?: boolean;
    labels?: { yes: string; no: string };
    lang?: Lang;
  }): Promise<boolean>;
  password(config: {
    message: string;
    lang?: Lang;
    validate?: (value: string) => true | string;
  }): Promise<string>;
}

/** "[Esc] quick exit" in the screener's language, for a screen that names the key itself. */
export const escapeKeyHint = (lang: Lang): string => `[Esc] ${say(lang).keys.quickExit}`;

/** The key help under a list, in the screener's language (the library's own is English only). */
const selectHelp =
  (lang: Lang) =>
  (keys: [key: string, action: string][]): string =>
    [...keys, ['esc', 'quickExit'] as [string, string]]
      .map(([key, action]) => {
        const word = say(lang).keys[action as keyof Catalogue['keys']] ?? action;
        return `${styleText('bold', key)} ${styleText('dim', word)}`;
      })
      .join(styleText('dim', ' • '));

/** A one-line prompt's theme: the Esc key named after the message while the prompt is open. */
const escapeTheme = (lang: Lang | undefined) => ({
  style: {
    message: (text: string, status: string) =>
      status === 'done'
        ? styleText('bold', text)
        : `${styleText('bold', text)} ${styleText('dim', `[Esc] ${say(lang ?? 'en').keys.quickExit}`)}`,
  },
});

export function createPrompter(io: PromptIo, options: { wrap?: Wrap } = {}): Prompter {
  const wrap: Wrap = options.wrap ?? ((f) => f);
  const context = {
    input: io.stdin,
    output: io.stdout as unknown as NodeJS.WritableStream,
    clearPromptOnDone: false,
  };
  const guard = async <T>(p: Promise<T>): Promise<T> => {
    try {
      return await p;
    } catch (e) {
      // Ctrl+C and a closed input both arrive as ExitPromptError; the caller saves and stops.
      if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError'))
        throw new CancelledError(e.message.includes('SIGINT') ? 'interrupt' : 'eof');
      throw e;
    }
  };
  // Inside wrap: the keys are read from the input the prompt is really given. A resize redraws
  // the screens that lose nothing by it (a question, a list), not a half-typed text.
  const terminal = io.stdout as unknown as Partial<NodeJS.EventEmitter>;
  const answer = wrap(interruptible(answerPrompt, terminal));
  const sel = wrap(interruptible(select, terminal));
  const inp = wrap(interruptible(input));
  const conf = wrap(interruptible(confirm));
  const pass = wrap(interruptible(password));
  // After a resize: the caller draws its whole screen again (redraw), or the prompt is just asked
  // again, drawn to the new width.
  const again = async <T>(ask: () => Promise<T>, redraw: boolean | undefined): Promise<T> => {
    for (;;) {
      try {
        return await guard(ask());
      } catch (e) {
        if (!(e instanceof RedrawError) || redraw) throw e;
      }
    }
  };
  return {
    answer: ({ redraw, ...config }) => again(() => answer(config, context), redraw),
    select: ({ lang, redraw, width, choices, ...config }) =>
      again(
        () =>
          sel(
            {
              // Every choice of a screening list in view at once (the longest has 15, some over two
              // lines), not 7 and a scroll; it still fits a 30-row terminal.
              pageSize: 20,
              ...config,
              // A choice too long for the width goes on over several lines, under its own start.
              choices: width
                ? choices.map((c) => ({ ...c, name: wrapText(c.name, width - 2, '  ', '').join('\n') }))
                : choices,
              theme: { style: { keysHelpTip: selectHelp(lang ?? 'en') } },
            },
            context,
          ),
        redraw,
      ),
    input: ({ lang, escapeHint, ...config }) =>
      guard(inp({ ...config, ...(escapeHint === false ? {} : { theme: escapeTheme(lang) }) }, context)),
    confirm: ({ labels, lang, ...config }) =>
      guard(
        conf(
          {
            ...config,
            theme: escapeTheme(lang),
            ...(labels ? { transformer: (v: boolean) => (v ? labels.yes : labels.no) } : {}),
          },
          context,
        ),
      ),
    // Never shown, not even on request: someone may be watching the screen.
    password: ({ lang, ...config }) =>
      guard(
        pass(
          {
            ...config,
            theme: { style: { ...escapeTheme(lang).style, maskedText: say(lang ?? 'en').keys.masked } },
            mask: false,
            toggleMask: false,
          },
          context,
        ),
      ),
  };
}
