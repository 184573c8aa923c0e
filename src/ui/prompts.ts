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
import type { Readable } from 'node:stream';
import { CancelledError, UserError } from '../base/errors.js';
import type { Lang } from '../base/i18n.js';
import type { OutputStream } from '../io/streams.js';
import { errorMessages } from '../base/error-messages.js';

export interface PromptIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: OutputStream;
  env: Record<string, string | undefined>;
}

/** Refuses to start an interactive flow where nobody can answer, instead of hanging. */
export function requireTerminal(
  io: PromptIo,
  opts: { noInput?: boolean; lang: Lang; alternative: string },
): void {
  const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false' && io.env.CI !== '0';
  if (opts.noInput || ci || io.stdin.isTTY !== true || io.stdout.isTTY !== true) {
    const why = opts.noInput ? '--no-input' : ci ? 'CI' : 'no terminal';
    const said = errorMessages(opts.lang).NO_TTY.screening(why, opts.alternative);
    throw new UserError('NO_TTY', said.message, { hint: said.hint });
  }
}

export interface KeyChoice<V extends string> {
  value: V;
  key: string;
  label: string;
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
  /** Key that ends the prompt at once as if this action was chosen (quick exit). */
  escapeAction?: V;
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
      if (key.name === 'escape' && config.escapeAction) {
        const action = config.actions.find((a) => a.value === config.escapeAction);
        if (action) finish(action);
        return;
      }
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
    const hints = [`[?] ${config.helpKeyLabel}`, ...config.actions.map((a) => `[${a.key}] ${a.label}`)];
    lines.push(theme.style.help(hints.join('  ')));
    return lines.join('\n');
  },
);

/** Wraps a prompt function; tests pass @inquirer/testing's wrapPrompt to drive prompts without a TTY. */
type PromptContext = {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  clearPromptOnDone?: boolean;
};
type PromptFn<V, C> = (config: C, context?: PromptContext) => Promise<V>;
type Wrap = <V, C>(prompt: PromptFn<V, C>) => PromptFn<V, C>;

export interface Prompter {
  answer<V extends string>(config: AnswerPromptConfig<V>): Promise<V>;
  select<V extends string>(config: {
    message: string;
    choices: { value: V; name: string; description?: string }[];
    default?: V;
    /** Language of the key help under the list (↑↓ / ⏎). */
    lang?: 'ko' | 'en';
  }): Promise<V>;
  input(config: {
    message: string;
    default?: string;
    validate?: (value: string) => true | string;
  }): Promise<string>;
  /** labels: how the answer is echoed once given (e.g. 예 / 아니오); the keys stay y and n. */
  confirm(config: {
    message: string;
    default?: boolean;
    labels?: { yes: string; no: string };
  }): Promise<boolean>;
  password(config: { message: string }): Promise<string>;
}

const SELECT_KEYS = {
  ko: { navigate: '이동', select: '선택' },
  en: { navigate: 'navigate', select: 'select' },
} as const;

/** The key help under a list, in the screener's language (the library's own is English only). */
const selectHelp =
  (lang: 'ko' | 'en') =>
  (keys: [key: string, action: string][]): string =>
    keys
      .map(([key, action]) => {
        const word = SELECT_KEYS[lang][action as keyof (typeof SELECT_KEYS)['en']] ?? action;
        return `${styleText('bold', key)} ${styleText('dim', word)}`;
      })
      .join(styleText('dim', ' • '));

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
  const answer = wrap(answerPrompt);
  const sel = wrap(select);
  const inp = wrap(input);
  const conf = wrap(confirm);
  const pass = wrap(password);
  return {
    answer: (config) => guard(answer(config, context)),
    select: ({ lang, ...config }) =>
      guard(sel({ ...config, theme: { style: { keysHelpTip: selectHelp(lang ?? 'en') } } }, context)),
    input: (config) => guard(inp(config, context)),
    confirm: ({ labels, ...config }) =>
      guard(
        conf(
          labels ? { ...config, transformer: (v: boolean) => (v ? labels.yes : labels.no) } : config,
          context,
        ),
      ),
    password: (config) => guard(pass({ ...config, mask: false }, context)),
  };
}
