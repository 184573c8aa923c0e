/** Which frameworks a crosswalk offers, and checking a user's choice of them. */
import type { LoadedSet } from '../core/loaded-set.js';
import { UserError } from '../base/errors.js';
import { say } from '../base/catalogue/index.js';
import type { Crosswalk } from './crosswalk-schema.js';

/** The primary set first, then the others in crosswalk order. */
export function frameworkIds(cw: Crosswalk): string[] {
  return [cw.primary.set.id, ...cw.frameworks.keys()];
}

export function frameworkSet(cw: Crosswalk, id: string): LoadedSet {
  if (id === cw.primary.set.id) return cw.primary;
  const entry = cw.frameworks.get(id);
  if (!entry) throw unknownFramework(cw, id);
  return entry.loaded;
}

/** Splits "a,b,c", drops repeats, and refuses names the crosswalk does not know. */
export function parseFrameworkList(cw: Crosswalk, list: string | string[]): string[] {
  const ids = [
    ...new Set((Array.isArray(list) ? list : list.split(',')).map((s) => s.trim()).filter(Boolean)),
  ];
  if (ids.length === 0)
    throw new UserError('USAGE', (lang) =>
      say(lang).batchErrors.USAGE.noFramework(frameworkIds(cw).join(', ')),
    );
  for (const id of ids) frameworkSet(cw, id);
  return ids;
}

function unknownFramework(cw: Crosswalk, id: string): UserError {
  return new UserError('USAGE', (lang) =>
    say(lang).batchErrors.USAGE.unknownFramework(id, cw.file, frameworkIds(cw).join(', ')),
  );
}
