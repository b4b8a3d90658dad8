// Reads the curated tables: data/places/<type>.json, one per place type (see schema.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PLACE_TYPES, type PlaceType } from '../../src/contracts/places.ts';
import { repoRoot } from '../lib/io.ts';
import { checkRow, type PlaceRow, type Table } from './schema.ts';

export const placesDir = resolve(repoRoot, 'data/places');

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** All place tables, validated; throws with every problem listed. */
export function loadTables(): Table[] {
  const tables: Table[] = [];
  const errs: string[] = [];
  const files = readdirSync(placesDir).filter((f) => f.endsWith('.json')).sort();
  for (const f of files) {
    const type = f.replace(/\.json$/, '');
    if (!(PLACE_TYPES as readonly string[]).includes(type)) continue; // entities.json, structures.json …
    const rows = readJson<{ rows: PlaceRow[] }>(resolve(placesDir, f)).rows;
    for (const r of rows) errs.push(...checkRow(type, r));
    tables.push({ type: type as PlaceType, rows });
  }
  const seen = new Map<string, string>();
  for (const t of tables)
    for (const r of t.rows) {
      const prev = seen.get(r.id);
      if (prev) errs.push(`duplicate id ${r.id} in ${prev} and ${t.type}`);
      seen.set(r.id, t.type);
    }
  if (errs.length) throw new Error(`places tables invalid:\n  ${errs.join('\n  ')}`);
  return tables;
}
