import { describe, expect, it } from 'vitest';
import { parseStatePatch } from './statePatch.ts';

describe('parseStatePatch', () => {
  it('keeps valid view, layers and selection', () => {
    const { patch, ignored } = parseStatePatch({
      view: { center: [113.5, 22.2], zoom: 9 },
      layers: { labels: false },
      selection: { layer: 'admin', id: '440400' },
    });
    expect(ignored).toEqual([]);
    expect(patch).toEqual({
      view: { center: [113.5, 22.2], zoom: 9 },
      layers: { labels: false },
      selection: { layer: 'admin', id: '440400' },
    });
  });

  it('drops what is out of range or of the wrong type, and names each dropped key', () => {
    const { patch, ignored } = parseStatePatch({
      view: { center: [200, 22], zoom: 'far', pitch: 90, bearing: 10 },
      layers: { labels: 'no', provinces: true, notAGroup: true },
      status: 'ready',
      extra: 1,
    });
    expect(patch).toEqual({ view: { bearing: 10 }, layers: { provinces: true } });
    expect(ignored).toEqual(['view.center', 'view.zoom', 'view.pitch', 'layers.labels', 'layers.notAGroup', 'status (read-only)', 'extra']);
  });

  it('rejects non-objects and NaN without throwing', () => {
    expect(parseStatePatch('view=1').ignored).toEqual(['(not an object)']);
    expect(parseStatePatch(null).patch).toEqual({});
    expect(parseStatePatch({ view: { zoom: Number.NaN } }).ignored).toEqual(['view.zoom']);
    expect(parseStatePatch({ view: [1, 2] }).ignored).toEqual(['view']);
  });

  it('accepts null to clear the selection but not a malformed one', () => {
    expect(parseStatePatch({ selection: null }).patch).toEqual({ selection: null });
    expect(parseStatePatch({ selection: { id: 3 } })).toEqual({ patch: {}, ignored: ['selection'] });
  });
});
