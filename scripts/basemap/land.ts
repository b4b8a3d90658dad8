// Land polygons from @geo-maps/earth-lands-10m (OSM simplified land polygons, 2017, ODbL): full detail in the
// estuary, generalised for the rest of the region, cut along the estuary bbox so the two never overlap.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, MultiPolygon, Position } from 'geojson';
import { repoRoot } from '../lib/io.ts';
import { type Areal, dropSmallHoles } from './geom.ts';
import { type FC, ms1 } from './mapshaper.ts';
import { ESTUARY, REGION, bboxString } from './region.ts';

const WORLD = resolve(repoRoot, 'node_modules/@geo-maps/earth-lands-10m/map.geo.json');

/** Holes below these sizes are dropped (km²): estuary keeps rivers like 西江/磨刀门 channels, regional keeps big lakes/estuaries only. */
const ESTUARY_MIN_HOLE_KM2 = 3;
const REGIONAL_MIN_HOLE_KM2 = 100;
/** Regional generalisation: ~1 km vertex spacing, islands under 5 km² dropped, 1e-4° (~10 m) coordinates. */
const REGIONAL_SIMPLIFY = 'interval=1200 keep-shapes';
const REGIONAL_MIN_ISLAND = '5km2';

export type LandProps = { id: string; level: 'land'; detail: 'estuary' | 'regional'; source: string; precision: string };

/**
 * The world file is one 135 MB MultiPolygon. Parse it once, keep the parts whose outer-ring bbox touches the
 * region (2.8k of 78k), then let mapshaper clip exactly to the region. ~30 s, ~1.3 GB RSS.
 */
export async function loadRegionLand(): Promise<FC<Areal>> {
  const world = JSON.parse(readFileSync(WORLD, 'utf8')) as { geometries: MultiPolygon[] };
  const [w, s, e, n] = REGION;
  const parts: Position[][][] = [];
  for (const g of world.geometries) {
    for (const p of g.coordinates) {
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [x = 0, y = 0] of p[0] ?? []) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      if (x1 >= w && x0 <= e && y1 >= s && y0 <= n) parts.push(p);
    }
  }
  const input = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'land' }, geometry: { type: 'MultiPolygon', coordinates: parts } }] };
  return (await ms1(`-i world.json -clip bbox=${bboxString(REGION)} -o out.json geojson-type=FeatureCollection`, { 'world.json': input })) as FC<Areal>;
}

export interface LandResult {
  estuary: Feature<Areal, LandProps>;
  regional: Feature<Areal, LandProps>;
  holesDropped: number;
}

export async function buildLand(regionLand: FC<Areal>): Promise<LandResult> {
  const source = 'osm-land';
  const est = await ms1(
    `-i land.json -clip bbox=${bboxString(ESTUARY)} -dissolve -o out.json precision=0.00001 geojson-type=FeatureCollection`,
    { 'land.json': regionLand },
  );
  // Simplify before cutting the estuary out, so the cut edge stays exactly on the bbox line the estuary piece was clipped to.
  const reg = await ms1(
    `-i land.json -simplify ${REGIONAL_SIMPLIFY} -filter-islands min-area=${REGIONAL_MIN_ISLAND} -erase bbox=${bboxString(ESTUARY)} -dissolve -o out.json precision=0.0001 geojson-type=FeatureCollection`,
    { 'land.json': regionLand },
  );
  const e = est.features[0]?.geometry as Areal | undefined;
  const r = reg.features[0]?.geometry as Areal | undefined;
  if (!e || !r) throw new Error('land: empty mapshaper output');
  const eh = dropSmallHoles(e, ESTUARY_MIN_HOLE_KM2);
  const rh = dropSmallHoles(r, REGIONAL_MIN_HOLE_KM2);
  return {
    estuary: {
      type: 'Feature',
      properties: { id: 'land-estuary', level: 'land', detail: 'estuary', source, precision: 'OSM simplified land polygons (z≤9), full detail, 1e-5°' },
      geometry: eh.geometry,
    },
    regional: {
      type: 'Feature',
      properties: { id: 'land-regional', level: 'land', detail: 'regional', source, precision: 'generalised to ~1.2 km, islands < 5 km² dropped, 1e-4°' },
      geometry: rh.geometry,
    },
    holesDropped: eh.dropped + rh.dropped,
  };
}
