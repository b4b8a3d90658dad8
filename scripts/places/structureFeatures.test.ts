import { expect, it } from 'vitest';
import type { StructuresFile } from '../../src/contracts/places.ts';
import { structureFeatures } from './structureFeatures.ts';

const def = { doc: '004' as const, line: 1, text: '一核三极。' };

it('makes one feature per element with a geometry', () => {
  const file: StructuresFile = {
    source: 'seeds/004',
    structures: [
      {
        id: 'si-zhou',
        name: '四轴',
        'name:en': 'Four axes',
        def,
        elements: [
          { id: 'axis-a', name: '甲轴', role: 'axis', def, places: [], geometry: { type: 'LineString', coordinates: [[113, 22], [114, 22]] } },
          { id: 'axis-b', name: '乙轴', role: 'axis', def, places: [], precision: 'schematic', geometry: { type: 'Point', coordinates: [113, 22] } },
          { id: 'hubs', name: '四主五辅', role: 'hub', def, places: ['x'] },
        ],
      },
    ],
  };
  const fc = structureFeatures(file);
  expect(fc.features.map((f) => f.properties)).toEqual([
    { id: 'axis-a', structureId: 'si-zhou', name: '甲轴', role: 'axis', precision: 'schematic' },
    { id: 'axis-b', structureId: 'si-zhou', name: '乙轴', role: 'axis', precision: 'schematic' },
  ]);
});
