// `npm run data -- places`: validates the curated gazetteer (data/places), builds
// public/data/places/<type>.geojson, public/data/structures.json (+ structures.geojson for the map),
// and prints the coverage report.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { publicFile, writeJson } from '../lib/io.ts';
import { adminPolygons } from './adminAreas.ts';
import { lookupAirports } from './airports.ts';
import { coverage, printCoverage, type Entity } from './coverage.ts';
import { buildFeatures, type PlaceFeature } from './features.ts';
import { structureFeatures } from './structureFeatures.ts';
import { buildStructures, structureRefs, type StructureSpec } from './structures.ts';
import { loadTables, placesDir, readJson } from './tables.ts';
import { lineRank, networkNames } from './lineClass.ts';
import { readSeed } from '../corpus/seedText.ts';
import { DOC_IDS } from '../../src/contracts/corpus.ts';
import { AREA_LABELS_FILE, LINE_NODES_FILE, placeFile, STRUCTURE_FEATURES_FILE, STRUCTURES_FILE } from '../../src/contracts/manifest.ts';

export async function buildPlaces(): Promise<void> {
  const tables = loadTables();
  const airports = await lookupAirports(tables.flatMap((t) => t.rows));
  const { byType, lookup } = buildFeatures(tables, airports);
  // Line classes (rank) from the seeds: 004 专栏1's 六横十纵, and the names (scripts/places/lineClass.ts).
  const network = new Set(networkNames(readSeed('004').lines));
  const seedText = DOC_IDS.map((d) => readSeed(d).lines.join('\n')).join('\n');
  for (const [type, features] of byType) {
    for (const f of features) {
      const rank = lineRank(type, f.properties, network, seedText);
      if (rank) f.properties.rank = rank;
    }
  }
  const all: PlaceFeature[] = [];
  for (const [type, features] of byType) {
    all.push(...features);
    const bytes = writeJson(publicFile(placeFile(type)), { type: 'FeatureCollection', features }, { compact: true });
    console.log(`  places/${type}.geojson: ${features.length} features, ${bytes} B`);
  }

  // Areas are named once, at their seat (AREA_LABELS_FILE, drawn by src/map/layers/places.ts).
  const areaLabels = all.flatMap((f) => {
    const seat = lookup(f.properties.id)?.resolved.seat;
    return seat ? [{ type: 'Feature' as const, properties: { id: f.properties.id, type: f.properties.type, name: f.properties.name, 'name:zh-Hant': f.properties['name:zh-Hant'], 'name:en': f.properties['name:en'] }, geometry: { type: 'Point' as const, coordinates: seat } }] : [];
  });
  writeJson(publicFile(AREA_LABELS_FILE), { type: 'FeatureCollection', features: areaLabels }, { compact: true });

  const nodes = lineNodes(all);
  writeJson(publicFile(LINE_NODES_FILE), { type: 'FeatureCollection', features: nodes }, { compact: true });
  console.log(`  line-nodes.geojson: ${nodes.length} nodes of schematic lines`);

  const byId = new Map(all.map((f) => [f.properties.id, f]));
  const specs = readJson<{ structures: StructureSpec[] }>(resolve(placesDir, 'structures.json')).structures;
  const unresolved = structureRefs(specs).filter((id) => !byId.has(id));
  if (unresolved.length) throw new Error(`structures reference unknown places: ${unresolved.join(', ')}`);
  const polys = adminPolygons();
  if (!polys) console.log('  counties.geojson/cities.geojson not built yet: circle polygons omitted from structures.json');
  const structures = buildStructures(specs, lookup, polys);
  writeJson(publicFile(STRUCTURES_FILE), structures, { compact: true });
  // The map draws the elements from their own GeoJSON, so it need not wait for the definitions' text.
  writeJson(publicFile(STRUCTURE_FEATURES_FILE), structureFeatures(structures), { compact: true });
  console.log(`  structures.json: ${structures.structures.length} structures, ${structures.structures.reduce((n, s) => n + s.elements.length, 0)} elements`);

  const entitiesPath = resolve(placesDir, 'entities.json');
  if (existsSync(entitiesPath)) {
    const entities = readJson<{ entities: Entity[] }>(entitiesPath).entities;
    printCoverage(coverage(entities, all), entities.filter((e) => e.nonSpatial));
  }
}


/** The vertices of schematic lines (the named nodes they were drawn through), one point per type, status
 * and position, with the most important rank through it: the map keeps these when the lines fade out. */
export function lineNodes(features: PlaceFeature[]): GeoJSON.Feature<GeoJSON.Point, { type: string; status: string; rank: number }>[] {
  const best = new Map<string, { type: string; status: string; rank: number; at: GeoJSON.Position }>();
  for (const f of features) {
    if (f.geometry?.type !== 'LineString' || f.properties.precision !== 'schematic') continue;
    for (const at of f.geometry.coordinates) {
      const key = `${f.properties.type} ${f.properties.status} ${at.join(',')}`;
      const rank = f.properties.rank ?? 3;
      const old = best.get(key);
      if (!old || rank < old.rank) best.set(key, { type: f.properties.type, status: f.properties.status, rank, at });
    }
  }
  return [...best.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, n]) => ({ type: 'Feature' as const, properties: { type: n.type, status: n.status, rank: n.rank }, geometry: { type: 'Point' as const, coordinates: n.at } }));
}
