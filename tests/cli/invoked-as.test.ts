/**
 * Issue 13, item 10: "Paused. To continue: ..." names a command that works. After `npm ci` the
 * tool is not on PATH and is run through npx, which npm marks with npm_command=exec.
 */
import { describe, expect, it } from 'vitest';
import { invokedAs } from '../../src/cli/context.js';
import { screen, startInterview } from '../interview/drive.js';

describe('the command named to continue', () => {
  it('is npx tip-screen when run through npx, and tip-screen otherwise', () => {
    expect(invokedAs({ npm_command: 'exec', npm_lifecycle_event: 'npx' })).toBe('npx tip-screen');
    expect(invokedAs({})).toBe('tip-screen');
    expect(invokedAs({ npm_command: 'run-script' })).toBe('tip-screen');
  });

  it('when an interview run through npx is paused then it says to continue with npx tip-screen resume ID', async () => {
    const d = startInterview(undefined, 'en', undefined, undefined, 80, 'npx tip-screen');
    screen.keypress('p');
    const end = await d.end;
    expect(d.output()).toContain(`Paused. To continue: npx tip-screen resume ${end.session.id}`);
  });
});
