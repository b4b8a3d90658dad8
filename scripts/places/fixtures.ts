// Shared loaders for the places tests: the built outputs and the basemap stage's polygons.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PlaceProperties, StructuresFile } from '../../src/places/types.ts';
import { publicData } from '../lib/io.ts';
import { PLACE_TYPES } from '../../src/places/types.ts';

type PlaceGeometry = GeoJSON.Point | GeoJSON.LineString | GeoJSON.Polygon | GeoJSON.MultiPolygon;
export type Feature = GeoJSON.Feature<PlaceGeometry, PlaceProperties>;

export function builtPlaces(): Feature[] {
  return PLACE_TYPES.flatMap((t) => {
    const path = resolve(publicData, `places/${t}.geojson`);
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as GeoJSON.FeatureCollection<PlaceGeometry, PlaceProperties>).features : [];
  });
}

export function builtStructures(): StructuresFile {
  return JSON.parse(readFileSync(resolve(publicData, 'structures.json'), 'utf8')) as StructuresFile;
}
