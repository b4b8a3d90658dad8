// Coverage of the seeds' named entities (data/places/entities.json) by the built places.
import type { PlaceFeature } from './features.ts';
import { datavSeats } from './adminAreas.ts';
import { normalise } from './names.ts';

/** Categories with a 100% target in issue 4; the rest must reach 80%. */
export const FULL_TARGET = ['city', 'county', 'zone', 'port', 'airport', 'rail', 'station', 'expressway', 'channel', 'crossing'];

export interface Entity {
  name: string;
  category: string;
  docs: string[];
  refs: string[];
  /** Other spellings in the seeds; a match on any of them counts. */
  aliases?: string[];
  /** Explicit place id (when the name alone does not match). */
  place?: string;
  /** City/county: adcode of the admin unit. */
  adm?: string;
  /** Why it cannot be placed (counted as missing, with the reason printed). */
  missing?: string;
  /** Not a mappable place (an event, a target, a generic set): excluded from the denominator. */
  nonSpatial?: string;
}

export interface CategoryCoverage {
  category: string;
  named: number;
  present: number;
  /** Named places in the gazetteer without geometry (searchable and linked, not drawn): not counted as present. */
  listed: number;
  target: number;
  missing: { name: string; refs: string[]; reason: string }[];
}

export function coverage(entities: Entity[], features: PlaceFeature[]): CategoryCoverage[] {
  const byKey = new Map<string, string>();
  const byId = new Map(features.map((f) => [f.properties.id, f]));
  for (const f of features) for (const n of [f.properties.name, ...f.properties.aliases]) byKey.set(normalise(n), f.properties.id);
  const seats = datavSeats();
  const cats = new Map<string, CategoryCoverage>();
  for (const e of entities) {
    if (e.nonSpatial) continue;
    const c = cats.get(e.category) ?? { category: e.category, named: 0, present: 0, listed: 0, target: FULL_TARGET.includes(e.category) ? 100 : 80, missing: [] };
    cats.set(e.category, c);
    c.named++;
    const placeId = e.adm ? undefined : e.place ?? [e.name, ...(e.aliases ?? [])].map((n) => byKey.get(normalise(n))).find((id) => id !== undefined);
    const place = placeId === undefined ? undefined : byId.get(placeId);
    // A place listed without geometry is findable and linked, but it is not on the map: not covered.
    const unlocated = place !== undefined && place.geometry === null;
    const found = e.adm ? seats.has(e.adm) : place !== undefined;
    if (unlocated) c.listed++;
    if (found && !unlocated && !e.missing) c.present++;
    else
      c.missing.push({
        name: e.name,
        refs: e.refs,
        reason:
          e.missing ??
          (unlocated ? `listed as ${placeId}, not mapped: ${place.properties.source}` : e.place ? `place id ${e.place} not built` : 'no place matches this name'),
      });
  }
  return [...cats.values()].sort((a, b) => a.category.localeCompare(b.category));
}

export function printCoverage(cov: CategoryCoverage[], excluded: Entity[]): void {
  console.log('  coverage of the seeds\u2019 named entities (category: present/named, target):');
  for (const c of cov) {
    const pct = c.named ? Math.round((1000 * c.present) / c.named) / 10 : 100;
    const ok = pct >= c.target ? 'ok' : 'BELOW TARGET';
    const listed = c.listed ? ` (+${c.listed} listed, not mapped)` : '';
    console.log(`    ${c.category.padEnd(11)} ${String(c.present).padStart(4)}/${String(c.named).padEnd(4)} ${String(pct).padStart(5)}%  (target ${c.target}%) ${ok}${listed}`);
  }
  for (const c of cov)
    for (const m of c.missing) console.log(`    missing [${c.category}] ${m.name} (${m.refs.join(' ')}): ${m.reason}`);
  if (excluded.length) console.log(`    not counted (non-spatial): ${excluded.length} entities, e.g. ${excluded.slice(0, 5).map((e) => e.name).join(', ')}`);
}
