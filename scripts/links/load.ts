// Inputs of the linker, read at run time from public/data (the gazetteer is being edited by others: nothing
// about its content is assumed here beyond the shared types).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PlanDoc, PlanItem, Unit } from '../../src/corpus/types.ts';
import { PLACE_TYPES, type PlaceProperties, type PlaceType } from '../../src/places/types.ts';
import { publicData } from '../lib/io.ts';
import { readJson } from '../places/tables.ts';

/** Properties of a point in labels.geojson (written by scripts/basemap). */
export interface AdminUnit {
  id: string;
  level: 'province' | 'city' | 'county' | 'city-unit';
  name: string;
  shortName: string;
  'name:zh-Hant': string;
  'name:en': string;
  parent?: string;
  panPrd?: boolean;
}

export interface LinkerInputs {
  items: PlanItem[];
  docs: PlanDoc[];
  units: Unit[];
  places: PlaceProperties[];
  /** One entry per adcode (labels.geojson lists 香港/澳门 as province and city, 中山 as city and city-unit). */
  admin: AdminUnit[];
}

interface Fc<P> {
  features: { properties: P }[];
}

export function loadInputs(): LinkerInputs {
  const places: PlaceProperties[] = [];
  const files = readdirSync(resolve(publicData, 'places'))
    .filter((f) => f.endsWith('.geojson'))
    .sort();
  for (const f of files) {
    const type = f.replace(/\.geojson$/, '');
    if (!(PLACE_TYPES as readonly string[]).includes(type)) throw new Error(`places/${f}: not a place type`);
    for (const { properties: p } of readJson<Fc<PlaceProperties>>(resolve(publicData, 'places', f)).features) {
      places.push({ ...p, type: type as PlaceType });
    }
  }
  const admin = new Map<string, AdminUnit>();
  for (const { properties: a } of readJson<Fc<AdminUnit>>(resolve(publicData, 'labels.geojson')).features) {
    const prev = admin.get(a.id);
    admin.set(a.id, prev ? { ...a, ...prev, panPrd: Boolean(prev.panPrd || a.panPrd) } : a);
  }
  return {
    items: readJson<PlanItem[]>(resolve(publicData, 'plan-items.json')),
    docs: readJson<PlanDoc[]>(resolve(publicData, 'plan-docs.json')),
    units: readJson<Unit[]>(resolve(publicData, 'units.json')),
    places,
    admin: [...admin.values()],
  };
}
