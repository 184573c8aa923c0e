import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { debrief } from '../../src/report/debrief.js';
import { expertCodings } from '../../src/report/expert.js';
import { SCENARIOS_DIR, loadScenario } from '../../src/io/load-scenario.js';
import { codingLabel } from '../../src/render/training-words.js';
import { parseNumber } from '../../src/training/train-flow.js';
import { runCli, testdir } from '../helpers/cli.js';
import { START } from './fixtures.js';

const club = readFileSync(join(SCENARIOS_DIR, 'e62-club-passports-held.yaml'), 'utf8');
const withAge = (value: string) => club.replace('      value: 24\n', `      value: ${value}\n`);

describe('training: an expert age given as a range', () => {
  it('when a scenario gives the age as 23-27 or {min, max} then it validates and checks', async () => {
    expect(withAge('23-27')).not.toBe(club);
    for (const value of ['23-27', '"about 25"', '{ min: 23, max: 27 }']) {
      const dir = testdir({ 'e62-club-passports-held.yaml': withAge(value) });
      const file = join(dir, 'e62-club-passports-held.yaml');
      const validate = await runCli(['scenarios', 'validate', file]);
      expect(validate.stderr, value).toBe('');
      expect(validate.code, value).toBe(0);
      const check = await runCli(['scenarios', 'check', file]);
      expect(check.code, value).toBe(0);
      expect(check.stdout, value).toContain('ok    e62-club-passports-held: victim-likely');
    }
  });

  it('when the expert age is a range then the expert coding is that range and a trainee typing it agrees', () => {
    const dir = testdir({ 'e62-club-passports-held.yaml': withAge('23-27') });
    const { scenario, loaded } = loadScenario(join(dir, 'e62-club-passports-held.yaml'), dir);
    const expert = expertCodings(scenario, loaded.set);
    expect(expert.facts.age).toEqual({ min: 23, max: 27 });
    expect(codingLabel(loaded.set, 'fact', 'age', expert.facts.age!, 'en')).toBe('23–27');

    const typed = parseNumber('23 to 27', 0, 120);
    expect(typed).toEqual({ min: 23, max: 27 });
    const trainee = { ...expert, facts: { ...expert.facts, age: typed! } };
    const d = debrief({
      scenario,
      compiled: loaded.compiled,
      trainee,
      startedAt: START,
      finishedAt: START,
      finishedEarly: false,
    });
    expect(d.items.find((i) => i.id === 'age')!.agree).toBe(true);

    const off = debrief({
      scenario,
      compiled: loaded.compiled,
      trainee: { ...expert, facts: { ...expert.facts, age: 24 } },
      startedAt: START,
      finishedAt: START,
      finishedEarly: false,
    });
    expect(off.items.find((i) => i.id === 'age')!.agree).toBe(false);
  });

  it('when the expert age is none of the forms then validate points at it without repeating it', async () => {
    const text = withAge('twenty-something');
    const dir = testdir({ 'bad.yaml': text });
    const file = join(dir, 'bad.yaml');
    const line = text.split('\n').findIndex((l) => l === '      value: twenty-something') + 1;
    const r = await runCli(['scenarios', 'validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${file}:${line}:14: fact "age" must be a number from 0 to 120, a range such as 17-19, "about 18", unknown or declined`,
    );
    expect(r.stderr).not.toContain('twenty-something');
  });
});
