// Shared loaders for the places tests: the built outputs and the basemap stage's polygons.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StructuresFile } from '../../src/places/types.ts';
import { publicData } from '../lib/io.ts';
import { PLACE_TYPES } from '../../src/places/types.ts';
import type { PlaceFeature } from './features.ts';

export function builtPlaces(): PlaceFeature[] {
  return PLACE_TYPES.flatMap((t) => {
    const path = resolve(publicData, `places/${t}.geojson`);
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { features: PlaceFeature[] }).features : [];
  });
}

export function builtStructures(): StructuresFile {
  return JSON.parse(readFileSync(resolve(publicData, 'structures.json'), 'utf8')) as StructuresFile;
}
