// structures.json keeps each structure's verbatim definition; the map needs its elements as
// features. One feature per element that has a geometry, carrying what the style and cards use.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { StructuresFile } from '../../src/contracts/places.ts';

export interface StructureFeatureProps {
  id: string;
  structureId: string;
  name: string;
  'name:zh-Hant': string;
  'name:en': string;
  role: string;
  precision: string;
}

export function structureFeatures(file: StructuresFile): FeatureCollection<Geometry, StructureFeatureProps> {
  const features: Feature<Geometry, StructureFeatureProps>[] = [];
  for (const s of file.structures) {
    for (const e of s.elements) {
      if (!e.geometry) continue;
      features.push({
        type: 'Feature',
        properties: {
          id: e.id,
          structureId: s.id,
          name: e.name,
          'name:zh-Hant': e['name:zh-Hant'],
          'name:en': e['name:en'],
          role: e.role,
          precision: e.precision ?? 'schematic',
        },
        geometry: e.geometry,
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
