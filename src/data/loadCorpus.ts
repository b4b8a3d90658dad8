// Loads the plan corpus for the app (lazily: the map does not wait for it).
import { DataFileError, fetchJson, type Fetch } from './fetchJson.ts';
import type { PlanDoc, PlanItem, Unit } from '../contracts/corpus.ts';
import { CORPUS_FILES } from '../contracts/manifest.ts';


export interface Corpus {
  docs: PlanDoc[];
  items: PlanItem[];
  units: Unit[];
}

function listOf<T>(file: string, json: unknown, valid: (x: Record<string, unknown>) => boolean): T[] {
  if (!Array.isArray(json)) throw new DataFileError(file, 'expected a JSON array');
  const bad = json.findIndex((x) => typeof x !== 'object' || x === null || !valid(x as Record<string, unknown>));
  if (bad >= 0) throw new DataFileError(file, `entry ${bad} is malformed`);
  return json as T[];
}

export async function loadCorpus(base: string, fetchImpl?: Fetch): Promise<Corpus> {
  const [docs, items, units] = await Promise.all([
    fetchJson(CORPUS_FILES.docs, base, fetchImpl),
    fetchJson(CORPUS_FILES.items, base, fetchImpl),
    fetchJson(CORPUS_FILES.units, base, fetchImpl),
  ]);
  return {
    docs: listOf<PlanDoc>(CORPUS_FILES.docs, docs, (d) => typeof d.id === 'string' && typeof d.title === 'string'),
    items: listOf<PlanItem>(
      CORPUS_FILES.items,
      items,
      (i) => typeof i.id === 'string' && typeof i.text === 'string' && typeof i.textHans === 'string' && Array.isArray(i.leadUnits),
    ),
    units: listOf<Unit>(CORPUS_FILES.units, units, (u) => typeof u.name === 'string'),
  };
}
