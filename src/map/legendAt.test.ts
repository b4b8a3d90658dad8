import { describe, expect, it } from 'vitest';
import { L } from '../contracts/label.ts';
import { defaultVisible, LAYER_GROUPS } from '../kernel/layerGroups.ts';
import { mapLayers } from './layers/index.ts';
import type { MapLayer } from './layers/types.ts';
import { drawsAt, legendAt } from './legendAt.ts';

const entry = (en: string) => ({ label: L(en, en, en), swatch: { kind: 'line' as const, color: '#000' } });
const layer = (id: string, group: MapLayer['group'], zoom: { minzoom?: number; maxzoom?: number }, legend?: string[]): MapLayer => ({
  group,
  legend: legend?.map(entry),
  spec: { id, type: 'line', source: 's', ...zoom },
});
const layers: MapLayer[] = [
  layer('roads', 'roads', { minzoom: 8.5 }, ['Expressway']),
  layer('roads-labels', 'roads', { minzoom: 9 }),
  layer('badges-cities', 'item-counts', { maxzoom: 8 }, ['Plan items']),
  layer('badges-counties', 'item-counts', { minzoom: 8 }),
  layer('labels', 'labels', {}),
  layer('axes', 'structure-axes', {}, ['Axis A', 'Axis B']),
  layer('axes-casing', 'structure-axes', {}, ['Axis A']),
  layer('heritage', 'heritage', { minzoom: 9.5 }, ['Heritage site']),
  layer('selection', null, {}, ['never listed']),
];
const groups = (zoom: number, choices = {}, drawn?: (g: string) => boolean) => legendAt(layers, zoom, choices, drawn).map((g) => g.group);

describe('drawsAt', () => {
  it('draws from minzoom (inclusive) to maxzoom (exclusive), as MapLibre does', () => {
    const spec = layers[2]!.spec;
    expect(drawsAt(spec, 7.99)).toBe(true);
    expect(drawsAt(spec, 8)).toBe(false);
    expect(drawsAt(layers[0]!.spec, 8.5)).toBe(true);
    expect(drawsAt(layers[0]!.spec, 8.49)).toBe(false);
  });
});

describe('legendAt', () => {
  it('lists visible groups that draw at this zoom, in the layer panel order, and only groups with entries', () => {
    expect(groups(7)).toEqual(['structure-axes', 'item-counts']);
    expect(groups(9)).toEqual(['structure-axes', 'roads', 'item-counts']);
    // heritage is off by default; on, it draws from 9.5.
    expect(groups(9, { heritage: true })).toEqual(['structure-axes', 'roads', 'item-counts']);
    expect(groups(10, { heritage: true })).toEqual(['structure-axes', 'roads', 'heritage', 'item-counts']);
    expect(groups(10, { roads: false, 'structure-axes': false })).toEqual(['item-counts']);
  });
  it('leaves out a group its state does not draw (the item counts without a list open)', () => {
    expect(groups(9, {}, (g) => g !== 'item-counts')).toEqual(['structure-axes', 'roads']);
  });
  it('lists each entry once; a group drawn only by a layer without entries shows the group’s entries', () => {
    expect(legendAt(layers, 7, {}).find((g) => g.group === 'structure-axes')!.entries.map((e) => e.label.en)).toEqual(['Axis A', 'Axis B']);
    expect(legendAt(layers, 11, {}).find((g) => g.group === 'item-counts')!.entries.map((e) => e.label.en)).toEqual(['Plan items']);
  });
  it('on the real layers: every group listed is on and has a layer drawn at that zoom; switching every group on lists no fewer', () => {
    const allOn = Object.fromEntries(LAYER_GROUPS.map((g) => [g.id, true]));
    for (const z of [6, 7, 8, 9, 10, 11, 12, 13]) {
      for (const { group, entries } of legendAt(mapLayers, z, {})) {
        expect(defaultVisible(group), `${group} at z${z}`).toBe(true);
        expect(mapLayers.some((l) => l.group === group && drawsAt(l.spec, z)), `${group} at z${z}`).toBe(true);
        expect(entries.length).toBeGreaterThan(0);
      }
      expect(legendAt(mapLayers, z, allOn).length).toBeGreaterThanOrEqual(legendAt(mapLayers, z, {}).length);
    }
  });
});
