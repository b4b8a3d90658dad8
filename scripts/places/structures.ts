// Plan structures (一核三极、两圈四轴 …) from data/places/structures.json: every element keeps its
// verbatim sentence and seed line; geometry is derived here (circles = union of county polygons,
// axes = lines through their named nodes) so it cannot drift from the places it references. Each element names the
// plan items holding its definition line; the corpus rules run here on the seeds (they are pure and take a second), so
// the ids are those plan-items.json gets from the same seeds, whichever stage runs first.
import { area, union, featureCollection, truncate } from '@turf/turf';
import type { PlanItem } from '../../src/contracts/corpus.ts';
import type { Reading, SeedRef, Structure, StructureElement, StructuresFile } from '../../src/contracts/places.ts';
import { bothScripts } from '../corpus/convert.ts';
import { parseAll } from '../corpus/index.ts';
import { featureId, type AdminPolygons } from './adminAreas.ts';
import { resolveGeometry, type Lookup } from './geometry.ts';

/** A reading as curated: English and Simplified Chinese (Traditional is derived). */
interface ReadingSpec {
  interpretation?: string;
  interpretationZh?: string;
}

/** Curated element: a StructureElement plus the specs its geometry is derived from (繁體 names derived). */
export interface ElementSpec extends Omit<StructureElement, 'geometry' | 'interpretation' | 'name:zh-Hant' | 'trunk' | 'admin' | 'definedBy'>, ReadingSpec {
  /** The axis a branch belongs to, 简体 and English. */
  trunk?: string;
  'trunk:en'?: string;
  /** County/city adcodes whose polygons are unioned (circles). */
  counties?: string[];
  /** Nodes of a line (axes, corridors): place ids, "adm:<adcode>" or "lon,lat". */
  via?: string[];
  /** A single node (core, poles, hubs). */
  at?: string;
}
export interface StructureSpec extends Omit<Structure, 'elements' | 'interpretation' | 'name:zh-Hant'>, ReadingSpec {
  elements: ElementSpec[];
}

function reading({ interpretation, interpretationZh }: ReadingSpec, id: string): { interpretation?: Reading } {
  if (!interpretation && !interpretationZh) return {};
  if (!interpretation || !interpretationZh) throw new Error(`structures.json ${id}: a reading needs both interpretation (en) and interpretationZh`);
  return { interpretation: { 'zh-Hans': interpretationZh, 'zh-Hant': bothScripts(interpretationZh, 'Hans').textHant, en: interpretation } };
}

export function unionCounties(codes: string[], polys: AdminPolygons): GeoJSON.Polygon | GeoJSON.MultiPolygon {
  const byId = new Map<string, GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>>();
  for (const f of [...polys.counties.features, ...polys.cities.features]) if (!byId.has(featureId(f))) byId.set(featureId(f), f);
  const parts = codes.map((c) => {
    const f = byId.get(c);
    if (!f) throw new Error(`no admin polygon ${c}`);
    return f;
  });
  const u = parts.length === 1 ? parts[0] : union(featureCollection(parts));
  if (!u) throw new Error(`union of ${codes.join(',')} is empty`);
  // Counties tile the land, so any interior ring of their union is a digitising gap, not a hole in
  // the circle: drop rings, and drop slivers under 0.01 km². 6 decimals (~0.1 m) keep the file stable.
  const g = truncate(u, { precision: 6 }).geometry;
  const kept = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((rings) => [rings[0]!])
    .filter((rings) => area({ type: 'Polygon', coordinates: rings }) > 1e4);
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

const hant = (name: string) => bothScripts(name, 'Hans').textHant;

/** What of a plan item locates its text in the seed. */
export type ItemLines = Pick<PlanItem, 'id' | 'docId' | 'sourceLines' | 'notes'>;

/** The items whose lines (or a footnote of which) hold a definition's seed line; none is a curation error. */
export function definingItems(def: SeedRef, items: readonly ItemLines[], what: string): string[] {
  const ids = items
    .filter((i) => i.docId === def.doc && ((i.sourceLines[0] <= def.line && def.line <= i.sourceLines[1]) || i.notes.some((n) => n.line === def.line)))
    .map((i) => i.id);
  if (!ids.length) throw new Error(`structures.json ${what}: no plan item holds its definition, seed ${def.doc} line ${def.line}`);
  return ids;
}

export function buildStructures(
  specs: StructureSpec[],
  lookup: Lookup,
  polys: AdminPolygons | undefined,
  items: readonly ItemLines[] = parseAll().flatMap((p) => p.items),
): StructuresFile {
  const structures: Structure[] = specs.map(({ interpretation, interpretationZh, ...s }) => ({
    ...s,
    def: { ...s.def, textHant: hant(s.def.text) },
    'name:zh-Hant': hant(s.name),
    ...reading({ interpretation, interpretationZh }, s.id),
    elements: s.elements.map((e): StructureElement => {
      const { counties, via, at, interpretation: en, interpretationZh: zh, trunk, 'trunk:en': trunkEn, ...rest } = e;
      const el: StructureElement = {
        ...rest,
        def: { ...e.def, textHant: hant(e.def.text) },
        ...(rest.direction ? { 'direction:zh-Hant': hant(rest.direction) } : {}),
        ...(rest.functions ? { 'functions:zh-Hant': hant(rest.functions) } : {}),
        definedBy: definingItems(e.def, items, e.id),
        'name:zh-Hant': hant(e.name),
        ...(trunk ? { trunk: { 'zh-Hans': trunk, 'zh-Hant': hant(trunk), en: trunkEn ?? trunk } } : {}),
        ...(at?.startsWith('adm:') ? { admin: at.slice(4) } : {}),
        ...reading({ interpretation: en, interpretationZh: zh }, e.id),
      };
      // A via/anchor spec always resolves to a geometry (an unlocated node throws).
      const node = (spec: { via?: string[]; anchor?: string }) =>
        resolveGeometry({ id: e.id, name: e.name, en: e.name, status: 'planned', docs: ['004'], ...spec }, lookup).geometry ?? undefined;
      if (counties) {
        if (polys) {
          el.geometry = unionCounties(counties, polys);
          el.precision = 'exact';
        }
      } else if (via) {
        el.geometry = node({ via });
        el.precision = 'schematic';
      } else if (at) {
        el.geometry = node({ anchor: at });
        el.precision = 'approximate';
      }
      return counties ? { ...el, counties } as StructureElement : el;
    }),
  }));
  return {
    source: 'data/places/structures.json, from seeds/004 (珠江口西岸都市圈发展规划) 第二章第四节 and the pattern paragraphs it cites',
    structures,
  };
}

/** Every place id a structure names (for the reference check). */
export function structureRefs(specs: StructureSpec[]): string[] {
  const ids = new Set<string>();
  for (const s of specs)
    for (const e of s.elements) {
      for (const p of [...e.places, ...(e.channels ?? []), ...(e.via ?? []), ...(e.at ? [e.at] : [])])
        if (!p.startsWith('adm:') && !/^-?\d/.test(p)) ids.add(p);
    }
  return [...ids].sort();
}
