import { describe, expect, it } from 'vitest';
import { debrief, scoreOf } from '../../src/report/debrief.js';
import { expertCodings } from '../../src/report/expert.js';
import { loadScenario } from '../../src/io/load-scenario.js';
import { START } from './fixtures.js';

const LATER = new Date(START.getTime() + 95_000);

describe('debrief: trainee against expert', () => {
  it('when parts are scored then decisive items weigh 60, other items 30 and the outcome 10', () => {
    expect(scoreOf({ agreed: 3, total: 4 }, { agreed: 10, total: 20 }, true).total).toBe(70);
    expect(scoreOf({ agreed: 4, total: 4 }, { agreed: 20, total: 20 }, false).total).toBe(90);
    expect(scoreOf({ agreed: 0, total: 4 }, { agreed: 0, total: 20 }, false).total).toBe(0);
  });

  it('when a scenario has no other items then their weight is shared out over the rest', () => {
    // (60 x 1/2 + 10) / 70
    expect(scoreOf({ agreed: 1, total: 2 }, { agreed: 0, total: 0 }, true).total).toBe(57);
  });

  it('when the trainee codes exactly as the expert then nothing disagrees and the score is 100', () => {
    const { scenario, loaded } = loadScenario('seasonal-farm-worker', process.cwd());
    const d = debrief({
      scenario,
      compiled: loaded.compiled,
      trainee: expertCodings(scenario, loaded.set),
      startedAt: START,
      finishedAt: LATER,
      finishedEarly: false,
    });
    expect(d.score.total).toBe(100);
    expect(d.disagreements).toEqual([]);
    expect(d.durationSeconds).toBe(95);
  });

  it('when unknown is coded no then it disagrees: unknown is not no', () => {
    const { scenario, loaded } = loadScenario('salt-farm-disability', process.cwd());
    const trainee = expertCodings(scenario, loaded.set);
    trainee.answers['nhrck16.means.force-coercion'] = 'no';
    const d = debrief({
      scenario,
      compiled: loaded.compiled,
      trainee,
      startedAt: START,
      finishedAt: LATER,
      finishedEarly: false,
    });
    expect(d.disagreements.map((i) => [i.id, i.trainee, i.expert, i.decisive])).toEqual([
      ['nhrck16.means.force-coercion', 'no', 'unknown', false],
    ]);
    // The disability waiver still carries the outcome; only the other-items share drops.
    expect(d.outcomes.trainee).toBe('victim-likely');
    expect(d.score.total).toBeLessThan(100);
    expect(d.score.total).toBeGreaterThan(95);
  });

  it('when a question was never reached then it counts as a disagreement with no trainee coding', () => {
    const { scenario, loaded } = loadScenario('online-sextortion-boy', process.cwd());
    const trainee = expertCodings(scenario, loaded.set);
    delete trainee.answers['nhrck16.purpose.sexual-images'];
    const d = debrief({
      scenario,
      compiled: loaded.compiled,
      trainee,
      startedAt: START,
      finishedAt: LATER,
      finishedEarly: true,
    });
    expect(d.decisiveMissed.map((i) => [i.id, i.trainee])).toEqual([['nhrck16.purpose.sexual-images', null]]);
    // Without its only high-probability purpose item the rule is undecided; the yes answers make it 'possible'.
    expect(d.outcomes.trainee).toBe('possible');
  });
});
