import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersForFramework, combine } from '../../src/frameworks/derive.js';
import { loadCrosswalk } from '../../src/frameworks/load-crosswalk.js';
import { testdir } from '../helpers/cli.js';

describe('deriving a framework item from the interview', () => {
  it('when any mapped question is yes then the item is yes', () => {
    expect(combine(['no', 'yes', 'declined'])).toBe('yes');
  });

  it('when every mapped question is no then the item is no', () => {
    expect(combine(['no', 'no'])).toBe('no');
  });

  it('when every mapped question was declined then the item is declined', () => {
    expect(combine(['declined', 'declined'])).toBe('declined');
  });

  it('when answers are mixed without a yes then the item is unknown, never no', () => {
    expect(combine(['no', 'unknown'])).toBe('unknown');
    expect(combine(['no', 'declined'])).toBe('unknown');
    expect(combine(['no', undefined])).toBe('unknown');
  });

  it('when no mapped question was answered then the item stays unanswered', () => {
    expect(combine([undefined, undefined])).toBeUndefined();
    expect(combine([])).toBeUndefined();
  });

  it('when an NHRCK purpose answer establishes a kr-2023 means item then it is keyed by the kr-2023 id', () => {
    const answers = answersForFramework('kr-2023', {
      'nhrck16.purpose.documents-taken': 'yes',
      'nhrck16.purpose.isolated-watched': 'no',
    });
    expect(answers['kr23.means.physical-control']).toBe('yes');
    expect(answers['nhrck16.purpose.documents-taken']).toBeUndefined();
  });

  it('when the primary set skips a mapped question then it neither confirms nor blocks the item', () => {
    // at-sea-no-leave is only asked about fishing; for a farm worker it is not applicable.
    const dir = testdir({
      'cw.yaml': [
        'primary: nhrck-2016',
        'frameworks:',
        '  palermo:',
        '    palermo.purpose.slavery-servitude:',
        '      [nhrck16.purpose.cannot-leave, nhrck16.purpose.at-sea-no-leave]',
      ].join('\n'),
    });
    const crosswalk = loadCrosswalk(join(dir, 'cw.yaml'));
    const interview = { 'nhrck16.purpose.cannot-leave': 'no' } as const;
    const farm = answersForFramework('palermo', interview, { facts: { sector: 'agriculture' }, crosswalk });
    expect(farm['palermo.purpose.slavery-servitude']).toBe('no');
    const fishing = answersForFramework('palermo', interview, { facts: { sector: 'fishing' }, crosswalk });
    expect(fishing['palermo.purpose.slavery-servitude']).toBe('unknown');
  });
});
