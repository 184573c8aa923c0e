import { screen } from '@inquirer/testing/vitest';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/layout.js';
import { libraryIds } from '../../src/io/load-scenario.js';
import { pickScenario } from '../../src/training/train-flow.js';
import { testdir } from '../helpers/cli.js';
import { asExpert, codeUntilEnd, startTraining, virtualPrompter } from './drive.js';

/** A trainer's own, minimal scenario: two replies, everything else neutral. */
const OWN = `id: own-case
title: { ko: 직접 만든 사례, en: A trainer's own case }
level: beginner
learningGoals: [{ ko: 목표, en: A goal }]
narrative: { ko: 공장 기숙사에서 만난 사람, en: Someone met at a factory dormitory }
person:
  facts:
    age: { reply: { ko: 서른이요, en: Thirty }, value: 30 }
    sector: { reply: { ko: 공장이요, en: A factory }, value: manufacturing }
replies:
  nhrck16.act.recruitment:
    reply: { ko: 브로커가 데려왔어요, en: A broker brought me }
    coding: 'yes'
    rationale: { ko: 브로커를 통한 모집, en: Recruited through a broker }
  nhrck16.purpose.documents-taken:
    reply: { ko: 사장이 여권을 가져갔어요, en: The boss took my passport }
    coding: 'yes'
    rationale: { ko: 여권을 빼앗김, en: Passport taken }
expected: { outcome: possible }
debrief:
  decisive: [nhrck16.purpose.documents-taken]
`;

describe('train: the trainee codes a simulated person', () => {
  it('when the first question shows then it is the age fact with the person reply, and no coding', async () => {
    const d = startTraining('child-chat-app-meetups');
    expect(screen.getScreen()).toContain('[1/');
    expect(screen.getScreen()).toContain('Basic facts');
    expect(d.output()).toContain("I'm fifteen.");
    expect(d.output()).toContain('On arrival');
    screen.type('f');
    screen.keypress('enter');
    await d.end;
  });

  it('when every question is coded as the expert did then the debrief is perfect', async () => {
    const d = startTraining('child-chat-app-meetups');
    const end = await codeUntilEnd(d, asExpert(d));
    expect(end.debrief.score.total).toBe(100);
    expect(end.debrief.disagreements).toEqual([]);
    expect(end.debrief.outcomes).toEqual({
      trainee: 'victim-likely',
      expert: 'victim-likely',
      expected: 'victim-likely',
    });
    expect(end.debrief.durationSeconds).toBe(450);
    const text = d.output();
    expect(text).toContain('Score: 100/100');
    expect(text).toContain('You coded every question as the expert did.');
    expect(text).toContain('Time taken: 7 min 30 s');
  });

  it('when questions are shown then no expert rationale appears before the debrief', async () => {
    const d = startTraining('e62-club-passports-held');
    await codeUntilEnd(d, asExpert(d));
    const beforeDebrief = d.output().split('Debrief:')[0]!;
    for (const reply of Object.values(d.scenario.replies))
      expect(beforeDebrief).not.toContain(reply.rationale.en);
    expect(beforeDebrief).toContain(d.scenario.replies['nhrck16.purpose.club-quotas']!.reply.en);
  });

  it('when a decisive indicator is coded no then the debrief names it with its rationale and the outcome difference', async () => {
    const d = startTraining('domestic-debt-bondage-advance');
    const expert = asExpert(d);
    const end = await codeUntilEnd(d, (q) => (q.id === 'nhrck16.means.other-control' ? 'no' : expert(q)));
    const { debrief } = end;
    expect(debrief.outcomes.trainee).toBe('possible');
    expect(debrief.outcomes.expert).toBe('victim-likely');
    expect(debrief.decisiveMissed.map((i) => [i.id, i.trainee, i.expert])).toEqual([
      ['nhrck16.means.other-control', 'no', 'yes'],
    ]);
    // 60 x 4/5 decisive + 30 x all other items + 0 for the wrong outcome.
    expect(debrief.score.total).toBe(78);
    const text = d.output();
    expect(text).toContain('Your codings lead to: possible');
    expect(text).toContain("The expert's codings lead to: victim likely");
    expect(text).toContain("Your outcome differs from the expert's.");
    expect(text).toContain('Decisive questions you skipped or coded differently');
    expect(text).toContain('nhrck16.means.other-control');
    expect(text).toContain('you: No · expert: Yes');
    expect(text).toContain(d.scenario.replies['nhrck16.means.other-control']!.rationale.en.slice(0, 40));
  });

  it('when the sector is coded wrong then the fishing question is skipped and named as not reached', async () => {
    const d = startTraining('fishing-vessel-migrant-crew');
    const expert = asExpert(d);
    const end = await codeUntilEnd(d, (q) => (q.id === 'sector' ? 'manufacturing' : expert(q)));
    const missed = end.debrief.decisiveMissed.map((i) => [i.id, i.trainee]);
    expect(missed).toEqual([
      ['sector', 'manufacturing'],
      ['nhrck16.purpose.at-sea-no-leave', null],
    ]);
    expect(end.codings.answers['nhrck16.purpose.at-sea-no-leave']).toBeUndefined();
    expect(d.output()).toContain('you: not reached · expert: Yes');
    // A long coding (the sector names) wraps inside 80 columns instead of running past the edge.
    expect(d.output()).toMatch(/you: Factory or construction · expert: Fishing vessel/);
    const wide = d
      .output()
      .split('\n')
      .filter((l) => displayWidth(stripVTControlCharacters(l)) > 80);
    expect(wide).toEqual([]);
  });

  it('when the trainee finishes early then questions not reached count against the score', async () => {
    const d = startTraining('e62-club-passports-held');
    const expert = asExpert(d);
    const end = await codeUntilEnd(d, (q) =>
      q.kind === 'indicator' && q.element === 'means' ? 'finish' : expert(q),
    );
    expect(end.debrief.finishedEarly).toBe(true);
    expect(end.result.finishedEarly).toBe(true);
    expect(Object.keys(end.codings.answers).every((id) => id.startsWith('nhrck16.act.'))).toBe(true);
    expect(end.debrief.decisiveMissed.map((i) => i.id)).toEqual([
      'nhrck16.means.fraud-deception',
      'nhrck16.means.other-control',
      'nhrck16.purpose.forced-sex',
      'nhrck16.purpose.documents-taken',
      'nhrck16.purpose.club-quotas',
    ]);
    // The act items answered yes are enough for 'possible'; the rest was never reached.
    expect(end.debrief.outcomes.trainee).toBe('possible');
    expect(d.output()).toContain('You finished early');
    // Decisive items are explained one by one; the rest that was never reached is only counted.
    expect(d.output()).toMatch(/\d+ other question\(s\) not reached/);
  });

  it('when a declined answer is coded no in the control case then the outcome drops to no indicators', async () => {
    const d = startTraining('control-too-little-information');
    const expert = asExpert(d);
    const end = await codeUntilEnd(d, (q) => {
      const e = expert(q);
      return q.kind === 'indicator' && (e === 'declined' || e === 'unknown') ? 'no' : e;
    });
    expect(end.debrief.outcomes).toMatchObject({
      trainee: 'no-indicators',
      expert: 'insufficient-information',
    });
    expect(d.output()).toContain('The person did not answer this: code it unknown, never no.');
  });

  it('when run in Korean then the debrief is in Korean', async () => {
    const d = startTraining('control-labour-dispute', 'ko');
    const end = await codeUntilEnd(d, asExpert(d));
    expect(end.debrief.score.total).toBe(100);
    expect(d.output()).toContain('디브리핑');
    expect(d.output()).toContain('피해 가능성 있음');
    expect(d.output()).toContain('두 달째 못 받았어요');
  });

  it("when a trainer's own file is used then the run works like a library scenario", async () => {
    const dir = testdir({ 'own.yaml': OWN });
    const d = startTraining(`${dir}/own.yaml`);
    const expert = asExpert(d);
    const end = await codeUntilEnd(d, (q) => (q.id === 'nhrck16.purpose.documents-taken' ? 'no' : expert(q)));
    expect(end.debrief.outcomes).toMatchObject({ trainee: 'possible', expert: 'possible' });
    expect(end.debrief.decisiveMissed.map((i) => i.id)).toEqual(['nhrck16.purpose.documents-taken']);
    expect(d.output()).toContain('Person: The boss took my passport');
    expect(d.output()).toContain('Passport taken');
  });

  it('when no scenario is given then the trainee picks one from the library', async () => {
    const ids = libraryIds();
    const picked = pickScenario(
      virtualPrompter(),
      ids.map((id) => ({ id, title: { ko: id, en: id }, level: 'beginner' as const })),
      'en',
    );
    expect(screen.getScreen()).toContain('Choose a scenario');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    expect(await picked).toBe(ids[2]);
  });
});
