// Anchor for an item whose text names no place (seeds-000-003.md §9.2): the responsible city government,
// else the parties to the agreement, else the document's scope.
import type { DocScope, PlanDoc, PlanItem, Unit } from '../../src/contracts/corpus.ts';
import type { Lexicon } from './match/lexicon.ts';
import { matchPlaces } from './match/matchPlaces.ts';
import type { FallbackAnchor, PlaceGroup } from '../../src/contracts/links.ts';

/**
 * The group each document scope stands for. The four cooperation documents (000–003) are between governments,
 * so their scope is the set of parties; 004 is one province's plan for four of its cities, so its scope is an area.
 */
const SCOPES: Record<DocScope['id'], { group: string; reason: 'parties' | 'document-scope' }> = {
  'greater-prd': { group: 'greater-prd', reason: 'parties' },
  'pan-prd': { group: 'pan-prd', reason: 'parties' },
  'guangdong-hong-kong': { group: 'parties:粤港', reason: 'parties' },
  'guangdong-hong-kong-macao': { group: 'parties:粤港澳', reason: 'parties' },
  'pearl-river-west-metro': { group: 'pearl-river-west-metro', reason: 'document-scope' },
};

/** A city government leads: its city, found by matching the unit's name (珠海市人民政府 → 珠海市). */
function leadCities(item: PlanItem, units: ReadonlyMap<string, Unit>, lex: Lexicon): { names: string[]; ids: string[] } {
  const names: string[] = [];
  const ids: string[] = [];
  for (const name of item.leadUnits) {
    const u = units.get(name);
    // Only governments: a city-owned company (深圳机场集团) acts in its city but is not the city.
    if (!u || u.jurisdiction !== 'city' || u.generic || !u.name.endsWith('政府')) continue;
    for (const { entry } of matchPlaces(lex, u.name)) {
      if (entry.kind !== 'name') continue;
      for (const s of entry.senses) {
        if (s.kind === 'place' && s.layer === 'admin' && !ids.includes(s.placeId)) {
          ids.push(s.placeId);
          if (!names.includes(u.name)) names.push(u.name);
        }
      }
    }
  }
  return { names, ids };
}

export function fallbackAnchor(
  item: PlanItem,
  doc: PlanDoc,
  units: ReadonlyMap<string, Unit>,
  groups: Readonly<Record<string, PlaceGroup>>,
  lex: Lexicon,
): FallbackAnchor {
  const lead = leadCities(item, units, lex);
  if (lead.ids.length) {
    return {
      fallback: true,
      reason: 'lead-unit',
      evidence: lead.names.join('、'),
      places: lead.ids.map((placeId) => ({ placeId, layer: 'admin' })),
    };
  }
  const scope = SCOPES[doc.scope.id];
  const group = groups[scope.group];
  if (!group) throw new Error(`no group ${scope.group} for scope ${doc.scope.id}`);
  return {
    fallback: true,
    reason: scope.reason,
    evidence: doc.scope.zh,
    group: scope.group,
    places: group.members.map((placeId) => ({ placeId, layer: 'admin' })),
  };
}
