// Checks public/data basemap layers (built by `npm run data -- basemap`) against geography, not against a snapshot.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { area, bbox, booleanPointInPolygon, coordAll, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';

type Areal = Polygon | MultiPolygon;
type Props = Record<string, unknown> & { id: string };
const dir = resolve(import.meta.dirname, '../../public/data');
const load = <G extends Geometry>(name: string) => JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as FeatureCollection<G, Props>;

const land = load<Areal>('land.geojson');
const provinces = load<Areal>('provinces.geojson');
const cities = load<Areal>('cities.geojson');
const counties = load<Areal>('counties.geojson');
const boundaryLines = load<Geometry>('boundary-lines.geojson');
const adminLines = load<Geometry>('admin-lines.geojson');
const sources = JSON.parse(readFileSync(resolve(dir, 'sources.json'), 'utf8')) as { sources: { id: string; attribution: string; licence: string; files: string[] }[] };

// The map region: 云南/四川 in the west to 台湾 (incl. 钓鱼岛 ~123.5°E) in the east, the 南海诸岛 down to ~3.5°N.
const REGION = [97, 3, 125, 35];
const PAN_PRD = ['350000', '360000', '430000', '440000', '450000', '460000', '510000', '520000', '530000', '810000', '820000'];
const CITIES = ['440100', '440300', '440400', '440600', '440700', '441200', '441300', '441700', '441900', '442000', '810000', '820000'];
const COUNTIES = ['440402', '440403', '440404', '440703', '440704', '440705', '440781', '440783', '440784', '440785', '441702', '441704', '441721', '441781', '442000'];

const byId = (fc: FeatureCollection<Areal, Props>, id: string): Feature<Areal, Props> => {
  const f = fc.features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
};
/** The province a GBA city belongs to. */
const home = (id: string): string => (id === '810000' || id === '820000' ? id : '440000');
const landAt = (p: Position) => land.features.some((f) => booleanPointInPolygon(p, f));


function overlapPairs(fc: FeatureCollection<Areal, Props>): string[] {
  const boxes = fc.features.map((f) => bbox(f));
  const bad: string[] = [];
  fc.features.forEach((a, i) => {
    fc.features.forEach((b, j) => {
      const [ba, bb] = [boxes[i], boxes[j]];
      if (j <= i || !ba || !bb || ba[0] > bb[2] || bb[0] > ba[2] || ba[1] > bb[3] || bb[1] > ba[3]) return;
      const x = intersect(featureCollection([a, b]));
      const km2 = x ? area(x) / 1e6 : 0;
      if (km2 > 0.05) bad.push(`${a.properties.id}/${b.properties.id}: ${km2.toFixed(3)} km²`);
    });
  });
  return bad;
}

describe('basemap layers', () => {
  it('has the expected admin units', () => {
    expect(cities.features.map((f) => f.properties.id).sort()).toEqual([...CITIES].sort());
    expect(counties.features.map((f) => f.properties.id).sort()).toEqual([...COUNTIES].sort());
    expect(provinces.features.filter((f) => f.properties.panPrd === true).map((f) => f.properties.id).sort()).toEqual([...PAN_PRD].sort());
    // Context provinces around the 9+2, e.g. 浙江, 湖北, 台湾.
    for (const id of ['330000', '420000', '710000']) expect(byId(provinces, id).properties.panPrd).toBe(false);
    expect(cities.features.filter((f) => f.properties.gba === true)).toHaveLength(11);
    expect(cities.features.filter((f) => f.properties.westBank === true).map((f) => f.properties.id).sort()).toEqual(['440400', '440700', '441700', '442000']);
    expect(byId(counties, '442000').properties.level).toBe('city-unit');
    expect(counties.features.filter((f) => f.properties.level === 'county')).toHaveLength(14);
    for (const f of counties.features) expect(CITIES).toContain(f.properties.parent);
  });

  it('has unique ids in every file', () => {
    for (const fc of [land, provinces, cities, counties, boundaryLines, adminLines] as FeatureCollection<Geometry, Props>[]) {
      const ids = fc.features.map((f) => f.properties.id);
      expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('keeps every coordinate inside the region', () => {
    for (const fc of [land, provinces, cities, counties, boundaryLines, adminLines] as FeatureCollection<Geometry, Props>[]) {
      for (const f of fc.features) {
        const [w = 0, s = 0, e = 0, n = 0] = bbox(f);
        expect([w >= REGION[0]!, s >= REGION[1]!, e <= REGION[2]!, n <= REGION[3]!], f.properties.id).toEqual([true, true, true, true]);
      }
    }
    // The GBA layers stay around the estuary (肇庆 reaches ~24.4°N, 惠州 ~115.4°E, 阳江 ~111.3°E).
    for (const f of [...cities.features, ...counties.features]) {
      const [w = 0, s = 0, e = 0, n = 0] = bbox(f);
      expect(w > 111 && e < 115.6 && s > 21.3 && n < 24.6, f.properties.id).toBe(true);
    }
  });

  it('gives every admin feature names, level, source and precision', () => {
    const known = new Set(sources.sources.map((s) => s.id));
    for (const f of [...provinces.features, ...cities.features, ...counties.features]) {
      for (const k of ['name', 'name:zh-Hant', 'name:en', 'level', 'source', 'precision']) {
        expect(typeof f.properties[k] === 'string' && (f.properties[k] as string).length > 0, `${f.properties.id} ${k}`).toBe(true);
      }
      expect(known.has(f.properties.source as string)).toBe(true);
    }
    for (const f of [...cities.features, ...counties.features]) expect(typeof f.properties.shortName).toBe('string');
    expect(byId(provinces, '440000').properties['name:zh-Hant']).toBe('廣東省');
    expect(byId(cities, '441200').properties['name:zh-Hant']).toBe('肇慶市');
    expect(byId(counties, '440403').properties['name:zh-Hant']).toBe('斗門區');
    expect(byId(counties, '440784').properties['name:zh-Hant']).toBe('鶴山市');
    for (const f of [...land.features, ...boundaryLines.features, ...adminLines.features] as Feature<Geometry, Props>[]) {
      expect(known.has(f.properties.source as string), f.properties.id).toBe(true);
      expect(typeof f.properties.precision).toBe('string');
    }
    for (const s of sources.sources) expect(s.attribution.length).toBeGreaterThan(3);
  });

  it('puts label points inside their own polygons', () => {
    for (const f of [...provinces.features, ...cities.features, ...counties.features]) {
      const p = f.properties.labelPoint as Position;
      expect(booleanPointInPolygon(p, f), f.properties.id).toBe(true);
    }
    // 广东's label sits on the mainland, not on 海南-side islands or the coast: north of 22.5°N.
    expect((byId(provinces, '440000').properties.labelPoint as Position)[1]).toBeGreaterThan(22.5);
  });

  it('has no overlapping neighbours (> 0.05 km²)', { timeout: 20_000 }, () => {
    expect(overlapPairs(cities)).toEqual([]);
    expect(overlapPairs(counties)).toEqual([]);
    expect(overlapPairs(provinces)).toEqual([]);
  });

  it('has the estuary islands and reclaimed land on land, in the right city', () => {
    const places: [string, Position, string][] = [
      ['横琴', [113.52, 22.12], '440400'],
      ['Cotai', [113.56, 22.14], '820000'],
      ['HK airport island (赤鱲角)', [113.92, 22.31], '810000'],
      ['桂山岛 (万山)', [113.817, 22.133], '440400'],
      ['Macau peninsula', [113.545, 22.195], '820000'],
      ['海陵岛 (阳江)', [111.85, 21.6], '441700'],
    ];
    for (const [name, p, city] of places) {
      expect(landAt(p), name).toBe(true);
      expect(booleanPointInPolygon(p, byId(cities, city)), name).toBe(true);
    }
    // Water stays water: 伶仃洋 south of 内伶仃岛, the sea off 澳门, the open South China Sea.
    for (const p of [[113.7, 22.3], [113.62, 22.05], [114, 20.5]] as Position[]) expect(landAt(p), String(p)).toBe(false);
    // Fills are clipped to land: 澳门 is ~33 km² of land (its DataV polygon with waters is ~53 km²).
    const macao = area(byId(cities, '820000')) / 1e6;
    expect(macao).toBeGreaterThan(25);
    expect(macao).toBeLessThan(40);
  });

  it('covers the neighbours so the zoomed-out map is not sea', () => {
    for (const [name, p] of [['Hanoi', [105.85, 21.03]], ['Vientiane', [102.6, 17.97]], ['Taipei', [121.52, 25.04]], ['Manila', [121.0, 14.6]], ['Chengdu', [104.07, 30.66]]] as [string, Position][]) {
      expect(landAt(p), name).toBe(true);
    }
    const details = land.features.map((f) => f.properties.detail);
    expect(details).toContain('estuary');
    expect(details).toContain('regional');
    // The estuary piece and the regional piece must not overlap (they abut along the estuary box).
    const est = land.features.find((f) => f.properties.detail === 'estuary');
    const reg = land.features.find((f) => f.properties.id === 'land-regional');
    expect(est && reg).toBeTruthy();
    if (est && reg) {
      const x = intersect(featureCollection([est, reg]));
      expect(x ? area(x) / 1e6 : 0).toBeLessThan(0.05);
    }
  });

  it('puts the 12 cities inside 广东/香港/澳门', () => {
    const gdhkmo = union(featureCollection(['440000', '810000', '820000'].map((id) => byId(provinces, id))));
    expect(gdhkmo).toBeTruthy();
    for (const c of cities.features) {
      expect(booleanPointInPolygon(c.properties.labelPoint as Position, byId(provinces, home(c.properties.id))), c.properties.id).toBe(true);
      const inside = gdhkmo ? intersect(featureCollection([c, gdhkmo])) : null;
      // DataV and Tianditu coasts differ by a few hundred metres (Tianditu's 澳门 has 13 vertices), so allow 10% of
      // the city or ~40 km of coast × 300 m, whichever is larger, outside; a city in the wrong place fails by far.
      const outsideKm2 = (area(c) - (inside ? area(inside) : 0)) / 1e6;
      expect(outsideKm2, c.properties.id).toBeLessThan(Math.max(0.1 * (area(c) / 1e6), 12));
    }
  });

  it('keeps the 境界线 whole, including the South China Sea line', () => {
    const scs = boundaryLines.features.filter((f) => f.properties.kind === 'maritime-claim');
    expect(scs).toHaveLength(1);
    const lats = scs.flatMap((f) => coordAll(f)).map((p) => p[1] ?? 90);
    expect(Math.min(...lats)).toBeLessThan(10);
    expect(Math.max(...lats)).toBeGreaterThan(20); // the dash east of 台湾
    expect(boundaryLines.features.some((f) => f.properties.kind === 'sar-sea')).toBe(true);
    for (const f of boundaryLines.features) for (const k of ['kind', 'name', 'source', 'precision']) expect(f.properties[k], `${f.properties.id} ${k}`).toBeTruthy();
    // 南海诸岛 belong to 海南 (永兴岛 in the 西沙), and 钓鱼岛 east of 123°E to 台湾.
    expect(booleanPointInPolygon([112.335, 16.835], byId(provinces, '460000'))).toBe(true);
    expect(bbox(byId(provinces, '710000'))[2]).toBeGreaterThan(123.4);
    expect(new Set(adminLines.features.map((f) => f.properties.level))).toEqual(new Set(['province', 'city', 'county']));
  });
});
