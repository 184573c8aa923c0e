/**
 * The full check of a scenario file: its format, and the ids and fact values it names against its
 * target set, each problem with file:line:col. A library scenario unchanged since the build comes
 * from the build's artefact instead (load-scenario.ts).
 */
import { basename, dirname, resolve } from 'node:path';
import { checkInput } from '../core/check-input.js';
import { isUserError, type Problem } from '../base/errors.js';
import { setAccess } from './set-access.js';
import type { LoadedSet } from '../core/loaded-set.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';
import { readInputFile, refusalProblem } from './input-file.js';
import { expertCodings } from '../report/expert.js';
import { questionKey, questionnaire } from '../core/questionnaire.js';
import { scenarioSchema, type Scenario } from '../core/scenario-schema.js';
import { SAFE_PARSE } from '../base/zod-messages.js';
import { zodProblems } from './zod-problems.js';
import { SCENARIOS_DIR, type CheckedFile } from './scenario-file.js';

/** Reads and checks one file without throwing, so a command can report many files at once. */
export function checkScenarioSource(file: string): CheckedFile {
  let src: YamlSource;
  try {
    src = parseYamlSource(readInputFile(file, 'scenario'), file);
  } catch (e) {
    // Reported with the file's other problems, so one bad file does not hide the rest.
    if (!isUserError(e)) throw e;
    return { file, problems: [refusalProblem(file, e), ...e.problems] };
  }
  if (src.errors.length) return { file, problems: src.errors };
  const parsed = scenarioSchema.safeParse(src.data, SAFE_PARSE);
  if (!parsed.success) return { file, problems: zodProblems(src, parsed.error.issues) };
  const scenario = parsed.data;

  let loaded: LoadedSet;
  try {
    loaded = setAccess().loadSet(scenario.set, dirname(file));
  } catch (e) {
    if (!isUserError(e)) throw e;
    return { file, problems: [src.problem(['set'], e.message, e.localized?.('ko').message), ...e.problems] };
  }
  const problems = [...checkAgainstSet(scenario, loaded, src), ...checkLibraryName(scenario, file, src)];
  return problems.length ? { file, problems } : { file, ok: { scenario, loaded, file }, problems: [] };
}

function checkAgainstSet(scenario: Scenario, loaded: LoadedSet, src: YamlSource): Problem[] {
  const { set } = loaded;
  const problems: Problem[] = [];
  const factValues = Object.fromEntries(
    Object.entries(scenario.person.facts).map(([id, f]) => [id, f.value]),
  );
  const codings = Object.fromEntries(Object.entries(scenario.replies).map(([id, r]) => [id, r.coding]));
  const factIds = new Set(set.facts.map((f) => f.id));
  for (const p of checkInput(set, factValues, codings).problems) {
    const id = String(p.path[1]);
    // An id the set lacks is wrong at its key; a value the set does not allow, at the value.
    if (p.path[0] === 'answers') problems.push(src.keyProblem(['replies', id], p.message));
    else if (!factIds.has(id)) problems.push(src.keyProblem(['person', 'facts', id], p.message));
    else problems.push(src.problem(['person', 'facts', id, 'value'], p.message));
  }
  // With a bad id or value the expert's questionnaire cannot be worked out; the rest still can.
  if (problems.length === 0) problems.push(...neverAsked(scenario, loaded, src));
  const indicatorIds = new Set(set.indicators.map((i) => i.id));
  scenario.debrief.decisive.forEach((id, i) => {
    const isFact = factIds.has(id);
    const isIndicator = indicatorIds.has(id);
    if (!isFact && !isIndicator)
      problems.push(
        src.problem(['debrief', 'decisive', i], `"${id}" is not an indicator or fact of set ${set.id}`),
      );
    else if (isIndicator ? !scenario.replies[id] : !scenario.person.facts[id])
      problems.push(
        src.problem(
          ['debrief', 'decisive', i],
          `decisive "${id}" needs an explicit ${isIndicator ? 'reply under replies' : 'value under person.facts'}`,
        ),
      );
  });
  if (new Set(scenario.debrief.decisive).size !== scenario.debrief.decisive.length)
    problems.push(src.problem(['debrief', 'decisive'], 'a decisive id is listed more than once'));
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}

/** A reply the expert's own questionnaire never reaches would teach nothing and skew the score. */
function neverAsked(scenario: Scenario, loaded: LoadedSet, src: YamlSource): Problem[] {
  const problems: Problem[] = [];
  const asked = new Set(questionnaire(loaded.compiled, expertCodings(scenario, loaded.set)).map(questionKey));
  for (const id of Object.keys(scenario.person.facts))
    if (!asked.has(`fact:${id}`))
      problems.push(
        src.keyProblem(
          ['person', 'facts', id],
          `fact "${id}" is never asked for this person (its askWhen is false); remove it`,
        ),
      );
  for (const id of Object.keys(scenario.replies))
    if (!asked.has(`indicator:${id}`))
      problems.push(
        src.keyProblem(
          ['replies', id],
          `"${id}" is never asked for this person: the set skips it given the facts (see its askWhen); remove the reply or change the facts`,
        ),
      );
  return problems;
}

/** In the library a scenario is found by its id, so the file must be named after it. */
function checkLibraryName(scenario: Scenario, file: string, src: YamlSource): Problem[] {
  if (dirname(resolve(file)) !== SCENARIOS_DIR) return [];
  const name = basename(file).replace(/\.ya?ml$/, '');
  return name === scenario.id
    ? []
    : [
        src.problem(
          ['id'],
          `library scenarios are named after their id: rename the file to ${scenario.id}.yaml`,
        ),
      ];
}
