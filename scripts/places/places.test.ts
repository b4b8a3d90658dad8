// Issue 4 point 4: validation of the built gazetteer and structures against the admin polygons,
// the coast, the airport package and each other. Run after `npm run data -- basemap places`.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { area, booleanPointInPolygon, distance, nearestPointOnLine, polygonToLine } from '@turf/turf';
import airportData from 'airport-data-js';
import { describe, expect, it } from 'vitest';
import { publicData } from '../lib/io.ts';
import { loadTables } from './tables.ts';
import { builtPlaces, builtStructures } from './fixtures.ts';

type Poly = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { id: string }>;
const polys = (name: string): Poly[] => {
  const p = resolve(publicData, name);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, { id: string }>).features : [];
};
const places = builtPlaces();
const byId = new Map(places.map((f) => [f.properties.id, f]));
const counties = polys('counties.geojson');
const cities = polys('cities.geojson');
const land = polys('land.geojson');
const haveAdmin = counties.length > 0 && cities.length > 0 && land.length > 0;
// Types whose points may sit on the water side of the 2017 coastline (reclamation, islands, offshore).
const COASTAL = new Set(['ports', 'islands', 'channels', 'crossings', 'facilities', 'ecology']);
// Offshore islands missing from the simplified 2017 land layer: they cannot be checked against the coast.
const NOT_IN_LAND_LAYER = new Set(['nanpeng-island']);

function kmToCoast(pt: GeoJSON.Position): number {
  let best = Infinity;
  for (const f of land) {
    if (booleanPointInPolygon(pt, f)) return 0;
    const lines = polygonToLine(f);
    const parts = lines.type === 'FeatureCollection' ? lines.features : [lines];
    for (const l of parts) best = Math.min(best, distance(pt, nearestPointOnLine(l as GeoJSON.Feature<GeoJSON.LineString | GeoJSON.MultiLineString>, pt)));
  }
  return best;
}

describe('places: identity', () => {
  it('builds places of every curated table', () => {
    expect(places.length).toBeGreaterThan(400);
  });
  it('has no duplicate ids', () => {
    expect(() => loadTables()).not.toThrow();
    expect(byId.size).toBe(places.length);
  });
  it('shares no alias between two places unless both are marked ambiguous', () => {
    const rows = new Map(loadTables().flatMap((t) => t.rows).map((r) => [r.id, r]));
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const f of places)
      for (const n of new Set([f.properties.name, ...f.properties.aliases])) {
        const prev = owner.get(n);
        if (prev && prev !== f.properties.id && !(rows.get(prev)?.ambiguous && rows.get(f.properties.id)?.ambiguous)) clashes.push(`${n}: ${prev} / ${f.properties.id}`);
        owner.set(n, f.properties.id);
      }
    expect(clashes).toEqual([]);
  });
  it('cites a source for every geometry and keeps no uncited estimate', () => {
    const bad = places.filter((f) => !f.properties.source.trim() || /estimate from general|not yet checked against/i.test(f.properties.source)).map((f) => f.properties.id);
    expect(bad).toEqual([]);
  });
  it('calls a point exact only when it has its own published coordinate', () => {
    const rows = new Map(loadTables().flatMap((t) => t.rows).map((r) => [r.id, r]));
    const bad = places.filter((f) => f.properties.precision === 'exact' && rows.get(f.properties.id)?.anchor).map((f) => f.properties.id);
    expect(bad).toEqual([]);
  });
  it('leaves a place without geometry only when it says why, and calls it unlocated', () => {
    const bad = places
      .filter((f) => (f.geometry === null) !== (f.properties.precision === 'unlocated') || (f.geometry === null && f.properties.source.length < 20))
      .map((f) => f.properties.id);
    expect(bad).toEqual([]);
  });
  it('carries every property issue 4 asks for', () => {
    for (const f of places)
      for (const k of ['id', 'type', 'status', 'name', 'name:zh-Hant', 'name:en', 'aliases', 'precision', 'source', 'admin', 'docs'])
        expect(f.properties, `${f.properties.id}.${k}`).toHaveProperty(k);
  });
});

const unit = (code: string) => counties.find((c) => c.properties.id === code) ?? cities.find((c) => c.properties.id === code);

describe.skipIf(!haveAdmin)('places: geometry against the basemap', () => {
  it('puts every point inside its declared admin polygon (coastal types: within 2 km of the coast)', () => {
    const bad: string[] = [];
    for (const f of places) {
      const g = f.geometry;
      if (g?.type !== 'Point' || !f.properties.admin) continue;
      const a = f.properties.admin;
      const poly = unit(a.county ?? a.city);
      if (!poly) continue; // cities outside the basemap (e.g. 湛江) have no polygon
      const pt = g.coordinates;
      if (booleanPointInPolygon(pt, poly)) continue;
      if (COASTAL.has(f.properties.type) && (kmToCoast(pt) <= 2 || NOT_IN_LAND_LAYER.has(f.properties.id))) continue;
      // Approximate points at a DataV seat may fall in a river hole of the simplified polygon:
      // accept them within 1.5 km of their own unit when no other unit contains them.
      const other = counties.some((c) => booleanPointInPolygon(pt, c));
      if (f.properties.precision !== 'exact' && !other && distance(pt, nearestPointOnLine(polygonToLine(poly) as GeoJSON.Feature<GeoJSON.LineString>, pt)) <= 1.5) continue;
      bad.push(`${f.properties.id} (${f.properties.name}) not in ${a.county ?? a.city}`);
    }
    expect(bad).toEqual([]);
  });
  it('keeps coastal points within 2 km of the coast', () => {
    const far = places
      .filter((f) => (f.properties.type === 'ports' || f.properties.type === 'crossings') && f.geometry?.type === 'Point')
      .filter((f) => kmToCoast((f.geometry as GeoJSON.Point).coordinates) > 2)
      .map((f) => f.properties.id);
    expect(far).toEqual([]);
  });
});

describe('places: lines and airports', () => {
  it('ends every line within 1 km of the places it is said to join', () => {
    const bad: string[] = [];
    for (const t of loadTables())
      for (const r of t.rows) {
        if (!r.via) continue;
        const f = byId.get(r.id)!;
        const coords = (f.geometry as GeoJSON.LineString).coordinates;
        for (const [node, c] of [[r.via[0]!, coords[0]!], [r.via.at(-1)!, coords.at(-1)!]] as const) {
          const target = byId.get(node)?.geometry;
          if (target?.type === 'Point' && distance(c, target.coordinates) > 1) bad.push(`${r.id} end ${node}`);
        }
      }
    expect(bad).toEqual([]);
  });
  it('places airports within 3 km of their published coordinates', async () => {
    for (const t of loadTables())
      for (const r of t.rows) {
        const code = r.iata ?? r.icao;
        if (!code) continue;
        const [a] = r.iata ? await airportData.getAirportByIata(r.iata) : await airportData.getAirportByIcao(code);
        const f = byId.get(r.id)!;
        expect(distance((f.geometry as GeoJSON.Point).coordinates, [a!.longitude, a!.latitude]), r.id).toBeLessThanOrEqual(3);
      }
  });
});

describe('places: areas', () => {
  const areas = places.filter((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  const labels = JSON.parse(readFileSync(resolve(publicData, 'place-area-labels.geojson'), 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Point, { id: string }>;
  it('draws 南沙 as the whole of 南沙区 (803 km² with its waters; its land is well over 400 km²)', () => {
    const nansha = areas.find((f) => f.properties.id === 'nansha');
    expect(nansha?.properties.precision).toBe('exact');
    expect(area(nansha!) / 1e6).toBeGreaterThan(400);
    expect(area(nansha!) / 1e6).toBeLessThan(803);
  });
  it.skipIf(!haveAdmin)('names every area once, at a point inside it and inside its declared city', () => {
    expect(labels.features.map((l) => l.properties.id).sort()).toEqual(areas.map((f) => f.properties.id).sort());
    for (const l of labels.features) {
      const a = areas.find((f) => f.properties.id === l.properties.id)!;
      expect(booleanPointInPolygon(l.geometry.coordinates, a as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>), l.properties.id).toBe(true);
      const city = unit(a.properties.admin!.city);
      expect(city && booleanPointInPolygon(l.geometry.coordinates, city), l.properties.id).toBe(true);
    }
  });
});

describe('structures', () => {
  const s = builtStructures();
  it('resolves every place reference', () => {
    const missing = s.structures.flatMap((st) => st.elements.flatMap((e) => [...e.places, ...(e.channels ?? [])].filter((id) => !byId.has(id))));
    expect(missing).toEqual([]);
  });
  it('keeps each element’s verbatim sentence and seed line', () => {
    const seed = readFileSync(resolve(publicData, '../../seeds/004_c3b36ce4da01593a.txt'), 'utf8').split('\n');
    for (const st of s.structures)
      for (const e of st.elements) expect(seed[e.def.line - 1]!.includes(e.def.text), `${e.id}`).toBe(true);
  });
  it('gives every reading in the three UI scripts, Traditional derived from Simplified, with no working notes', () => {
    const readings = s.structures.flatMap((st) => [st.interpretation, ...st.elements.map((e) => e.interpretation)]).filter((r) => r !== undefined);
    // 四轴 alone reads which axes are 横 and which 纵, for the structure and each of its five elements.
    expect(readings.length).toBeGreaterThan(5);
    for (const r of readings) {
      expect(r['zh-Hans'].length * r['zh-Hant'].length * r.en.length).toBeGreaterThan(0);
      expect(r['zh-Hant'].length).toBe(r['zh-Hans'].length);
      expect(`${r.en} ${r['zh-Hans']}`).not.toMatch(/research\/|\.md|do not present/);
    }
    expect(readings.find((r) => r['zh-Hans'].startsWith('原文称“两横两纵”'))?.['zh-Hant']).toMatch(/^原文稱“兩橫兩縱”/);
  });
  it.skipIf(!haveAdmin)('has circle polygons without holes or slivers', () => {
    const circles = s.structures.flatMap((st) => st.elements).filter((e) => e.role === 'circle');
    expect(circles.length).toBeGreaterThan(0);
    for (const e of circles) {
      const g = e.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
      expect(g, e.id).toBeDefined();
      const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      for (const rings of parts) {
        expect(rings.length, `${e.id}: hole`).toBe(1);
        // Islands are real parts; a sliver is a part under 0.01 km² (a union artefact).
        expect(area({ type: 'Polygon', coordinates: rings }), `${e.id}: sliver`).toBeGreaterThan(1e4);
      }
    }
  });
});
