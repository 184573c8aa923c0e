/**
 * The tier reading of the NHRCK purpose threshold, as a user meets it: the built-in set reads the
 * tiers cumulatively, and the shipped example overlay reads them strictly.
 */
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/report.js';
import { runCli, testdir } from '../helpers/cli.js';

const STRICT = join(
  import.meta.dirname,
  '..',
  '..',
  'indicators',
  'overlays',
  'nhrck-2016-strict-tiers.yaml',
);

/** An adult with an act and a means, four high-probability purpose items and one plausibility item. */
const fourHighOnePlausible = {
  facts: { age: 30, disability: 'no', foreignNational: 'yes', sector: 'manufacturing' },
  answers: {
    'nhrck16.act.recruitment': 'yes',
    'nhrck16.means.fraud-deception': 'yes',
    'nhrck16.purpose.documents-taken': 'yes',
    'nhrck16.purpose.cannot-leave': 'yes',
    'nhrck16.purpose.forced-sex': 'yes',
    'nhrck16.purpose.forced-labour-threat': 'yes',
    'nhrck16.purpose.excessive-hours': 'yes',
  },
};

async function score(args: string[]): Promise<Report> {
  const dir = testdir({ 'answers.yaml': stringify(fourHighOnePlausible) });
  const r = await runCli(['score', join(dir, 'answers.yaml'), '--json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

describe('the tier reading', () => {
  it('when 4 high and 1 plausibility item are yes then the built-in set finds purpose met and says how tiers were read', async () => {
    const r = await score([]);
    expect(r.elements.purpose.status).toBe('met');
    expect(r.outcome).toBe('victim-likely');
    expect(r.decidedBy).toBe('index');
    expect(r.tiers).toEqual({ reading: 'cumulative', basis: 'reconstructed' });
    expect(r.tierNote).toContain('a higher-tier item also counts towards a lower tier');
    expect(r.tierNote).toContain('reconstructed');
  });

  it('when the strict overlay is used then the same answers leave purpose short of 2 plausibility items', async () => {
    const r = await score(['--set', STRICT]);
    expect(r.tiers.reading).toBe('strict');
    expect(r.elements.purpose.status).not.toBe('met');
    expect(r.outcome).toBe('possible');
    const purpose = r.reasons.find(
      (x) => 'element' in x && x.element === 'purpose' && x.code !== 'element.met',
    );
    expect(purpose?.text).toContain('plausibility purpose items: 1 of 2 answered yes');
    expect(r.tierNote).toContain('the strict reading');
  });

  it('when the tier reading is not one of the two then the overlay is refused at the key', async () => {
    const dir = testdir({ 'o.yaml': 'extends: nhrck-2016\nid: x\nversion: "1"\ntiers:\n  reading: loose\n' });
    const r = await runCli(['indicators', 'validate', join(dir, 'o.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/o\.yaml:5:\d+: .*(cumulative|strict)/);
  });
});
