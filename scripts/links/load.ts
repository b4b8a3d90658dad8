// Inputs of the linker, read at run time from public/data (the gazetteer is being edited by others: nothing
// about its content is assumed here beyond the shared types).
import type { PlanDoc, PlanItem, Unit } from '../../src/contracts/corpus.ts';
import { PLACE_TYPES, type PlaceProperties } from '../../src/contracts/places.ts';
import { publicFile } from '../lib/io.ts';
import { readJson } from '../places/tables.ts';
import { BASEMAP_FILES, CORPUS_FILES, placeFile } from '../../src/contracts/manifest.ts';

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
  // In file-name order, as the linker has always read them (its output order depends on it).
  for (const type of [...PLACE_TYPES].sort()) {
    for (const { properties: p } of readJson<Fc<PlaceProperties>>(publicFile(placeFile(type))).features) places.push({ ...p, type });
  }
  const admin = new Map<string, AdminUnit>();
  for (const { properties: a } of readJson<Fc<AdminUnit>>(publicFile(BASEMAP_FILES.labels)).features) {
    const prev = admin.get(a.id);
    admin.set(a.id, prev ? { ...a, ...prev, panPrd: Boolean(prev.panPrd || a.panPrd) } : a);
  }
  return {
    items: readJson<PlanItem[]>(publicFile(CORPUS_FILES.items)),
    docs: readJson<PlanDoc[]>(publicFile(CORPUS_FILES.docs)),
    units: readJson<Unit[]>(publicFile(CORPUS_FILES.units)),
    places,
    admin: [...admin.values()],
  };
}
