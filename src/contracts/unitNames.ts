// Renamed bodies in units.json: today's name of a body named by an older document, and every name a filter by
// today's body should match (so that 省生态环境厅 also finds the tasks 001 gave to 省环境保护厅). Pure functions
// of the units table, shared by the app and the data pipeline's tests.
import type { Unit } from './corpus.ts';

export type UnitIndex = ReadonlyMap<string, Pick<Unit, 'name' | 'renamedTo' | 'formerNames'>>;

/** Index units.json by name (own keys only). */
export const unitIndex = (units: readonly Pick<Unit, 'name' | 'renamedTo' | 'formerNames'>[]): UnitIndex => new Map(units.map((u) => [u.name, u]));

/** Today's name of a body: follows renamedTo (safe against a cycle); the name itself when not renamed or unknown. */
export function currentUnitName(index: UnitIndex, name: string): string {
  const seen = new Set<string>();
  let at = name;
  while (!seen.has(at)) {
    seen.add(at);
    const next = index.get(at)?.renamedTo?.name;
    if (!next) return at;
    at = next;
  }
  return name;
}

/** The body and every name it had in older documents (former names of former names too), today's first. */
export function unitNamesOf(index: UnitIndex, today: string): string[] {
  const out = [today];
  for (let k = 0; k < out.length; k++) {
    for (const f of index.get(out[k] ?? '')?.formerNames ?? []) if (!out.includes(f)) out.push(f);
  }
  return out;
}
