// The linker's dictionary from the run-time inputs: gazetteer names and aliases, admin unit names and short
// forms, groups with their members resolved, trap words and the names of responsible bodies.
import { toHans } from '../corpus/convert.ts';
import type { Unit } from '../../src/contracts/corpus.ts';
import { GROUPS, groupMembers } from './match/groups.ts';
import { PHRASES } from './match/phrases.ts';
import { buildLexicon, type Lexicon } from './match/lexicon.ts';
import { TRAP_WORDS, type StopWord } from './match/traps.ts';
import type { PlaceGroup } from '../../src/contracts/links.ts';
import type { LinkerInputs } from './load.ts';

// Same variant as the corpus conversion (scripts/corpus/convert.ts): 000 follows Hong Kong usage.
export { toHans };

/**
 * Provincial and central bodies whose names contain a place (人民银行广州分行, 省港澳办, 广东海事局 …) are not
 * that place. City, Hong Kong and Macao bodies are left out: 深圳市政府 or 香港发展局 in running text does name its
 * city as a party.
 */
export function unitStops(units: readonly Unit[]): StopWord[] {
  const out: StopWord[] = [];
  for (const u of units) {
    if (u.jurisdiction !== 'central' && u.jurisdiction !== 'guangdong-province') continue;
    for (const word of new Set([u.name, ...u.variants])) out.push({ word, reason: `responsible body ${u.name}` });
  }
  return out;
}

export interface LinkerLexicon {
  lexicon: Lexicon;
  groups: Record<string, PlaceGroup>;
  /** Group members that are not admin units in labels.geojson (dropped from the group). */
  missingMembers: string[];
}

export function linkerLexicon(inputs: LinkerInputs): LinkerLexicon {
  const adminIds = new Set(inputs.admin.map((a) => a.id));
  const groups: Record<string, PlaceGroup> = {};
  const missing = new Set<string>();
  for (const spec of GROUPS) {
    const all = groupMembers(spec, inputs.admin);
    for (const m of all) if (!adminIds.has(m)) missing.add(`${spec.id}:${m}`);
    groups[spec.id] = { name: spec.name, names: [...spec.names], members: all.filter((m) => adminIds.has(m)) };
  }
  const placeLayer = new Map(inputs.places.map((p) => [p.id, p.type]));
  const phrases = PHRASES.map((ph) => ({
    phrase: ph.phrase,
    places: ph.places.map((id) => {
      const layer = placeLayer.get(id);
      if (!layer) throw new Error(`phrase ${ph.phrase}: no place ${id} in the gazetteer`);
      return { id, layer };
    }),
  }));
  const lexicon = buildLexicon(
    {
      places: inputs.places.map((p) => ({ id: p.id, type: p.type, names: [p.name, p['name:zh-Hant'], ...p.aliases] })),
      admin: inputs.admin.map((a) => ({ id: a.id, names: [a.name, a.shortName, a['name:zh-Hant']] })),
      groups: Object.entries(groups).map(([id, g]) => ({ id, names: g.names, members: g.members })),
      phrases,
      stops: [...TRAP_WORDS, ...unitStops(inputs.units)],
    },
    toHans,
  );
  return { lexicon, groups, missingMembers: [...missing].sort() };
}
