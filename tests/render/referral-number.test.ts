/**
 * A referral's number is said once: "119 ambulance and fire", not "119 119 ambulance and fire";
 * a name without its number gets it in front.
 */
import { describe, expect, it } from 'vitest';
import { numberAndName } from '../../src/render/layout.js';
import { runCli } from '../helpers/cli.js';

const mark = (s: string) => `<${s}>`;

describe('a referral number and name', () => {
  it('marks the number inside a name that holds it, and puts it in front of one that does not', () => {
    expect(numberAndName('119', '119 ambulance and fire', mark)).toBe('<119> ambulance and fire');
    expect(numberAndName('1366', "Women's Emergency Hotline 1366", mark)).toBe(
      "Women's Emergency Hotline <1366>",
    );
    expect(numberAndName('1600-8248', 'Central Trafficking Victims’ Rights Protection Agency', mark)).toBe(
      '<1600-8248> Central Trafficking Victims’ Rights Protection Agency',
    );
  });

  it.each(['text', 'markdown'])(
    'when a report is printed as %s then no number appears twice in a row',
    async (format) => {
      const r = await runCli(['score', 'indicators/examples/adult-fishing-crew.yaml', '--format', format]);
      expect(r.stdout).toContain('119');
      // Before: "119 119 ambulance and fire", "112 Police emergency 112", "1366 Women's … 1366".
      expect(r.stdout).not.toMatch(/119\**\s+119/);
      expect(r.stdout).not.toMatch(/112\**\s+Police emergency 112/);
      expect(r.stdout).toMatch(/Police emergency \**112/);
    },
  );
});
