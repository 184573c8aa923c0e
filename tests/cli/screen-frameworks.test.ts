/**
 * `screen --frameworks` and `resume` as commands: the real command code, in-process, with the
 * prompts driven through @inquirer/testing's virtual screen. Then the saved session is shown and
 * exported, and the exported answers are scored again.
 */
import { screen, wrapPrompt } from '@inquirer/testing/vitest';
import { Command } from 'commander';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/cli/context.js';
import { registerScreen } from '../../src/cli/commands/screen.js';
import { createPrompter } from '../../src/ui/prompts.js';
import { runCli, testdir } from '../helpers/cli.js';
import { terminal } from '../helpers/terminal.js';

const ALL = 'nhrck-2016,kr-2023,palermo';

interface Saved {
  id: string;
  status: string;
  cursor?: string;
  frameworks?: string[];
  answers: Record<string, string>;
}

/** Starts `tip-screen <args>` with prompts on the virtual screen; resolves when the command ends. */
async function command(ctx: Ctx, args: string[]): Promise<void> {
  const program = new Command('tip-screen').exitOverride();
  registerScreen(program, ctx, { prompter: (io) => createPrompter(io, { wrap: wrapPrompt }) });
  await program.parseAsync(args, { from: 'user' });
}

function saved(dataDir: string): Saved | undefined {
  const dir = join(dataDir, 'sessions');
  const f = readdirSync(dir).find((x) => x.endsWith('.json'));
  return f ? (JSON.parse(readFileSync(join(dir, f), 'utf8')) as Saved) : undefined;
}

/** The 18-year-old case: recruited, made to sell sex, watched and answered for; no means. */
function age18(cursor: string): string {
  if (cursor === 'safety') return 'n';
  if (cursor === 'opening') return 'c';
  if (cursor.startsWith('fact:')) return 'n';
  if (cursor === 'indicator:nhrck16.act.recruitment') return 'y';
  if (
    cursor === 'indicator:nhrck16.purpose.forced-sex' ||
    cursor === 'indicator:nhrck16.purpose.isolated-watched' ||
    cursor === 'indicator:nhrck16.purpose.scripted-answers'
  )
    return 'y';
  return 'n';
}

/** Answers, reading from the saved session which question is on screen, until `stop` holds. */
async function answer(dataDir: string, stop: (s: Saved) => boolean): Promise<Saved> {
  for (let guard = 0; guard < 100; guard++) {
    const s = saved(dataDir)!;
    if (stop(s)) return s;
    const cursor = s.cursor ?? 'safety';
    if (screen.getScreen().includes('Enough to refer')) {
      // The short path, offered once the rule holds: this run keeps asking.
      screen.keypress('down');
      screen.keypress('enter');
    } else if (cursor === 'fact:age') {
      screen.type('18');
      screen.keypress('enter');
    } else if (['fact:sector', 'fact:immigrationStatus', 'fact:currentLocation'].includes(cursor)) {
      // A choice screen: off the "(choose with ↑↓)" line to its first option.
      screen.keypress('down');
      screen.keypress('enter');
    } else screen.keypress(age18(cursor));
    await screen.next();
  }
  throw new Error('too many questions');
}

async function untilPrompt(text: string): Promise<void> {
  for (let i = 0; i < 200 && !screen.getScreen().includes(text); i++)
    await new Promise((r) => setTimeout(r, 5));
  expect(screen.getScreen()).toContain(text);
}

describe('screen --frameworks (commands)', () => {
  it('when --set and --frameworks are both given then it is a usage error', async () => {
    const r = await runCli(['screen', '--set', 'nhrck-2016', '--frameworks', ALL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('either --set or --frameworks');
  });

  it('when a framework is not known then it is a usage error naming the known ones', async () => {
    const r = await runCli(['screen', '--frameworks', 'nhrck-2016,ilo-2012']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"ilo-2012" is not a framework');
    expect(r.stderr).toContain('kr-2023');
  });

  it('when there is no terminal then the non-interactive way keeps the frameworks', async () => {
    const r = await runCli(['screen', '--frameworks', ALL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`tip-screen score ANSWERS_FILE --frameworks ${ALL}`);
  });

  it('when a frameworks screening is paused and resumed without the flag then it ends side by side, and its exports score the same', async () => {
    const dir = testdir({});
    const dataDir = join(dir, 'data');

    // screen --frameworks: answer into the means section, then pause.
    const first = terminal(dir);
    const running = command(first.ctx, [
      'screen',
      '--frameworks',
      ALL,
      '--case',
      'FW-001',
      '--data-dir',
      dataDir,
    ]);
    await untilPrompt('immediate danger');
    const before = await answer(dataDir, (s) => s.cursor === 'indicator:nhrck16.means.fraud-deception');
    expect(before.frameworks).toEqual(ALL.split(','));
    screen.keypress('p');
    await running;
    expect(first.output()).toContain('tip-screen resume');
    expect(first.output()).toMatch(/^ {2}palermo: /m);

    // resume, no flag: still three frameworks, to the end, and the Markdown report is saved.
    const second = terminal(dir);
    const resumed = command(second.ctx, ['resume', '--data-dir', dataDir]);
    await untilPrompt('Continue this session?');
    screen.keypress('enter');
    await untilPrompt('quick exit');
    await answer(dataDir, (s) => s.cursor === 'review');
    screen.keypress('enter'); // finish the screening
    await untilPrompt('Show the full report');
    screen.type('y');
    screen.keypress('enter');
    await untilPrompt('Markdown report');
    screen.type('y');
    screen.keypress('enter');
    await untilPrompt('File to save to');
    screen.keypress('enter');
    await resumed;
    const end = second.output();
    expect(end).toContain('Frameworks compared');
    expect(end).toContain('Where the frameworks disagree and why');
    expect(end).toContain('nhrck-2016 / palermo: victim likely / possible');
    // The full report, asked for at the end, has every framework's report and the derived items.
    expect(end).toMatch(/^== palermo =+$/m);
    expect(end).toContain('Items derived from the interview answers');
    const after = saved(dataDir)!;
    expect(after.status).toBe('done');
    expect(after.frameworks).toEqual(ALL.split(','));
    for (const [id, v] of Object.entries(before.answers)) expect(after.answers[id]).toBe(v);
    // Saved by default in the data folder's private reports folder, not where the command ran.
    expect(existsSync(join(dir, 'tip-screen-FW-001.md'))).toBe(false);
    expect(statSync(join(dataDir, 'reports')).mode & 0o777).toBe(0o700);
    const report = readFileSync(join(dataDir, 'reports', 'tip-screen-FW-001.md'), 'utf8');
    expect(report).toContain('### Where the frameworks disagree and why');
    expect(report).toContain('| Case code | FW-001 |');

    // The session's reports are the frameworks report, the same as scoring its exported answers.
    const id = after.id;
    const json = await runCli(['sessions', 'export', id, '--format', 'json', '--data-dir', dataDir]);
    expect(json.code).toBe(0);
    const exported = JSON.parse(json.stdout) as {
      disagreements: unknown[];
      frameworks: { set: { id: string } }[];
    };
    expect(exported.frameworks.map((r) => r.set.id)).toEqual(ALL.split(','));
    expect(exported.disagreements.length).toBeGreaterThan(0);

    const answers = await runCli(['sessions', 'export', id, '--format', 'answers', '--data-dir', dataDir]);
    expect(answers.stdout).toMatch(/^frameworks:/m);
    writeFileSync(join(dir, 'answers.yaml'), answers.stdout);
    const scored = await runCli(['score', join(dir, 'answers.yaml'), '--json']);
    expect(scored.stderr).toBe('');
    expect(JSON.parse(scored.stdout)).toEqual(exported);
    const flagged = await runCli(['score', join(dir, 'answers.yaml'), '--frameworks', ALL, '--json']);
    expect(JSON.parse(flagged.stdout)).toEqual(exported);

    const show = await runCli(['sessions', 'show', id, '--json', '--data-dir', dataDir]);
    const shown = JSON.parse(show.stdout) as { session: { frameworks: string[] }; assessment: unknown };
    expect(shown.session.frameworks).toEqual(ALL.split(','));
    expect(shown.assessment).toEqual(exported);
    const text = await runCli(['sessions', 'show', id, '--data-dir', dataDir]);
    expect(text.stdout).toContain(`frameworks ${ALL}`);
    expect(text.stdout).toContain('Where the frameworks disagree and why');
    const md = await runCli(['sessions', 'export', id, '--format', 'markdown', '--data-dir', dataDir]);
    expect(md.stdout).toContain('## Where the frameworks disagree and why');
  });
});
