import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIOS_DIR, libraryIds } from '../../src/io/load-scenario.js';
import { runCli, testdir } from '../helpers/cli.js';

const library = (id: string) => readFileSync(join(SCENARIOS_DIR, `${id}.yaml`), 'utf8');

describe('scenarios: the training library', () => {
  it('when the whole library is checked then every expert coding gives the expected outcome', async () => {
    const r = await runCli(['scenarios', 'check', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { ok: boolean; scenarios: { id: string; ok: boolean }[] };
    expect(report.ok).toBe(true);
    expect(report.scenarios.map((s) => s.id)).toEqual(libraryIds());
    expect(report.scenarios.every((s) => s.ok)).toBe(true);
  });

  it('when the library is listed then it covers the required patterns, every level and two controls', async () => {
    const r = await runCli(['scenarios', 'list', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; level: string; expected: string }[];
    expect(list.length).toBeGreaterThanOrEqual(10);
    expect(list.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'child-chat-app-meetups',
        'child-13-intellectual-disability',
        'runaway-teen-confined-by-pimp',
        'e62-club-passports-held',
        'fishing-vessel-migrant-crew',
        'seasonal-farm-worker',
        'korean-woman-abroad-massage',
        'domestic-debt-bondage-advance',
        'online-sextortion-boy',
      ]),
    );
    expect(new Set(list.map((s) => s.level))).toEqual(new Set(['beginner', 'intermediate', 'advanced']));
    expect(list.filter((s) => s.expected !== 'victim-likely').length).toBeGreaterThanOrEqual(2);
  });

  it('when an expected outcome no longer matches then check fails with exit 1 and names the scenario', async () => {
    const dir = testdir({
      'drifted.yaml': library('e62-club-passports-held').replace(
        '  outcome: victim-likely',
        '  outcome: possible',
      ),
    });
    const r = await runCli(['scenarios', 'check', join(dir, 'drifted.yaml'), 'control-labour-dispute']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'FAIL  e62-club-passports-held: expected possible, the scorer gives victim-likely',
    );
    expect(r.stdout).toContain('ok    control-labour-dispute: possible');
    expect(r.stderr).toContain('no longer give the expected outcome: e62-club-passports-held');
  });

  it('when a scenario has mistakes then validate points at each one as file:line:col', async () => {
    const text = library('e62-club-passports-held')
      .replace('nhrck16.purpose.club-quotas:', 'nhrck16.purpose.club-quota:')
      .replace('      value: 24\n', '      value: 240\n');
    const dir = testdir({ 'bad.yaml': text });
    const file = join(dir, 'bad.yaml');
    const lines = text.split('\n');
    const typo = lines.findIndex((l) => l.includes('nhrck16.purpose.club-quota:')) + 1;
    const age = lines.findIndex((l) => l === '      value: 240') + 1;
    const r = await runCli(['scenarios', 'validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:${age}:14: fact "age" must be a number from 0 to 120`);
    expect(r.stderr).toContain(
      `${file}:${typo}:3: "nhrck16.purpose.club-quota" is not an indicator of set nhrck-2016; did you mean "nhrck16.purpose.club-quotas"?`,
    );
    // The decisive list names the indicator that lost its reply.
    expect(r.stderr).toMatch(
      /bad\.yaml:\d+:7: decisive "nhrck16\.purpose\.club-quotas" needs an explicit reply/,
    );
  });

  it('when a field has the wrong shape then the schema problem has its position too', async () => {
    const text = library('child-chat-app-meetups').replace('level: beginner', 'level: expert');
    const dir = testdir({ 'shape.yaml': text });
    const line = text.split('\n').findIndex((l) => l === 'level: expert') + 1;
    const r = await runCli(['scenarios', 'validate', join(dir, 'shape.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`shape.yaml:${line}:8: level must be one of beginner, intermediate, advanced`);
  });

  it('when a reply is for a question the set never asks this person then validate says so', async () => {
    const text = library('control-labour-dispute').replace(
      'replies:\n',
      "replies:\n  nhrck16.purpose.at-sea-no-leave:\n    reply: { ko: 네, en: 'Yes' }\n    coding: 'yes'\n    rationale: { ko: 예, en: 'Yes' }\n",
    );
    const dir = testdir({ 'never.yaml': text });
    const r = await runCli(['scenarios', 'validate', join(dir, 'never.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /never\.yaml:\d+:\d+: "nhrck16\.purpose\.at-sea-no-leave" is never asked for this person/,
    );
  });

  it('when a trainer shows a scenario then every reply comes with the expert coding and rationale', async () => {
    const r = await runCli(['scenarios', 'show', 'domestic-debt-bondage-advance']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nhrck16.means.other-control ★');
    expect(r.stdout).toContain("The debt is over 30 million won now. I can't leave until it's paid.");
    expect(r.stdout).toContain('Expected outcome: victim likely');
  });

  it('when the schema is asked for then it is JSON Schema for the scenario format', async () => {
    const r = await runCli(['scenarios', 'schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { title: string; required: string[] };
    expect(schema.title).toBe('tip-screen training scenario');
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'narrative', 'replies', 'expected', 'debrief']),
    );
  });

  it('when train runs without a terminal then it stops and names the non-interactive alternative', async () => {
    const r = await runCli(['train', 'e62-club-passports-held']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Training needs a terminal');
    expect(r.stderr).toContain('tip-screen scenarios show <id>');
  });

  it('when the result folder does not exist then train refuses before the trainee starts', async () => {
    const r = await runCli(['train', 'e62-club-passports-held', '--out', '/nonexistent-folder/r.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the folder does not exist');
  });

  it('when train is given an unknown scenario then it says how to find the ids', async () => {
    const r = await runCli(['train', 'no-such-scenario']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tip-screen scenarios list');
  });
});
