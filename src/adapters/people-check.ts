/**
 * Checking a host's people, apart from the memory adapter: the IndexedDB adapter's validation loads
 * it without the memory adapter's insights (a shared chunk, and one more level, in a host's build).
 */
import { TaiwaDataError } from '../model/data-error.js';
import { parseWith } from '../model/validate.js';
import { Person } from '../model/schemas.js';

/** Validates people from a host; the first bad one is a `TaiwaDataError` naming its field. */
export function checkPeople(people: readonly unknown[]): Person[] {
  if (!Array.isArray(people)) throw new TaiwaDataError({ kind: 'person', reason: 'expected a list of people' });
  return people.map((p) => {
    const parsed = parseWith(Person, 'person', p);
    if (!parsed.ok) throw parsed.error;
    return parsed.value;
  });
}
