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
import { AREA_LABELS_FILE, placeFile, STRUCTURE_FEATURES_FILE, STRUCTURES_FILE } from '../../src/contracts/manifest.ts';

export async function buildPlaces(): Promise<void> {
  const tables = loadTables();
  const airports = await lookupAirports(tables.flatMap((t) => t.rows));
  const { byType, lookup } = buildFeatures(tables, airports);
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

