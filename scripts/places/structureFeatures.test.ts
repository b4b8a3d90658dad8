import { expect, it } from 'vitest';
import type { StructuresFile } from '../../src/contracts/places.ts';
import { structureFeatures } from './structureFeatures.ts';

const def = { doc: '004' as const, line: 1, text: '一核三极。' };

it('makes one feature per element with a geometry, named in each UI language', () => {
  const file: StructuresFile = {
    source: 'seeds/004',
    structures: [
      {
        id: 'si-zhou',
        name: '四轴',
        'name:zh-Hant': '四軸',
        'name:en': 'Four axes',
        def,
        elements: [
          { id: 'axis-a', name: '甲轴', 'name:zh-Hant': '甲軸', 'name:en': 'Axis A', role: 'axis', def, definedBy: [], places: [], geometry: { type: 'LineString', coordinates: [[113, 22], [114, 22]] } },
          { id: 'axis-b', name: '乙轴', 'name:zh-Hant': '乙軸', 'name:en': 'Axis B', role: 'axis', def, definedBy: [], places: [], precision: 'schematic', geometry: { type: 'Point', coordinates: [113, 22] } },
          { id: 'hubs', name: '四主五辅', 'name:zh-Hant': '四主五輔', 'name:en': 'Hubs', role: 'hub', def, definedBy: [], places: ['x'] },
        ],
      },
    ],
  };
  const fc = structureFeatures(file);
  expect(fc.features.map((f) => f.properties)).toEqual([
    { id: 'axis-a', structureId: 'si-zhou', name: '甲轴', 'name:zh-Hant': '甲軸', 'name:en': 'Axis A', role: 'axis', precision: 'schematic' },
    { id: 'axis-b', structureId: 'si-zhou', name: '乙轴', 'name:zh-Hant': '乙軸', 'name:en': 'Axis B', role: 'axis', precision: 'schematic' },
  ]);
});
