/**
 * The top-level help lists the commands from a static table (COMMAND_LIST in src/cli/program.ts),
 * so that it loads none of their modules. The table must say what the commands themselves say.
 */
import { Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMAND_LIST, createProgram, type Io } from '../../src/cli/program.js';
import { runCli } from '../helpers/cli.js';

const io = (): Io => ({
  stdin: process.stdin,
  stdout: { write: () => true, isTTY: false, columns: 80 },
  stderr: { write: () => true, isTTY: false },
  env: { NO_COLOR: '1', LANG: 'en_US.UTF-8' },
  cwd: process.cwd(),
});

describe('the command list of the top-level help', () => {
  it('when every command is registered then each term and description equals the static list', async () => {
    const program = await createProgram(io(), undefined, true);
    const help = new Help();
    expect(
      program.commands.map((c) => ({ term: help.subcommandTerm(c), description: c.description() })),
    ).toEqual(COMMAND_LIST);
  });

  it('when the help is printed from the list then it is the help of the program with every command', async () => {
    const all = await createProgram(io(), undefined, true);
    const listed = await createProgram(io(), ['--help']);
    expect(listed.commands.length).toBe(COMMAND_LIST.length);
    expect(listed.helpInformation()).toBe(all.helpInformation());
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(all.helpInformation());
  });

  it('when a command is mistyped then the suggestion names it, as before', async () => {
    const r = await runCli(['scor']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'scor'\n(Did you mean score?)");
  });
});
