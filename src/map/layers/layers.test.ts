import { describe, expect, it } from 'vitest';
import { PLACE_TYPES } from '../../contracts/places.ts';
import { LAYER_GROUP_IDS, LAYER_GROUPS } from '../../kernel/layerGroups.ts';
import { emptyBuiltSources, MAP_FILES, mapLayers } from './index.ts';
import { PLACE_STYLES } from './places.ts';

describe('map layer definitions', () => {
  it('give every layer a unique id and a group that exists', () => {
    const ids = mapLayers.map((l) => l.spec.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of mapLayers) if (l.group) expect(LAYER_GROUP_IDS).toContain(l.group);
  });

  it('style every place type the gazetteer has, and load each from its own file', () => {
    expect(PLACE_STYLES.map((s) => s.type).sort()).toEqual([...PLACE_TYPES].sort());
    for (const t of PLACE_TYPES) expect(MAP_FILES[`places-${t}`]).toBe(`data/places/${t}.geojson`);
  });

  it('draw something for every toggle group, and name it in the legend', () => {
    for (const g of LAYER_GROUPS) {
      const layers = mapLayers.filter((l) => l.group === g.id);
      expect(layers.length, g.id).toBeGreaterThan(0);
      if (g.id !== 'labels' && g.id !== 'counties' && g.id !== 'localities') {
        expect(layers.some((l) => l.legend?.length), `${g.id} has a legend`).toBe(true);
      }
    }
  });

  it('read every source they name from a file or a source the app builds', () => {
    const built = new Set(['labels', 'structures', ...Object.keys(emptyBuiltSources())]);
    for (const { spec } of mapLayers) {
      if ('source' in spec && typeof spec.source === 'string') expect(spec.source in MAP_FILES || built.has(spec.source), spec.id).toBe(true);
    }
  });
});
