// Shared loaders for the places tests: the built outputs and the basemap stage's polygons.
import { existsSync, readFileSync } from 'node:fs';
import type { StructuresFile } from '../../src/contracts/places.ts';
import { publicFile } from '../lib/io.ts';
import { PLACE_TYPES } from '../../src/contracts/places.ts';
import type { PlaceFeature } from './features.ts';
import { placeFile, STRUCTURES_FILE } from '../../src/contracts/manifest.ts';

export function builtPlaces(): PlaceFeature[] {
  return PLACE_TYPES.flatMap((t) => {
    const path = publicFile(placeFile(t));
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { features: PlaceFeature[] }).features : [];
  });
}

export function builtStructures(): StructuresFile {
  return JSON.parse(readFileSync(publicFile(STRUCTURES_FILE), 'utf8')) as StructuresFile;
}
