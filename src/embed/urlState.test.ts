import { describe, expect, it } from 'vitest';
import { emptyItemFilter } from '../kernel/updaters.ts';
import { decodeUrlState, encodeUrlState, withUrlState, type UrlState } from './urlState.ts';

const empty: UrlState = { layers: {}, opacity: {}, selection: null, panel: null, itemFilter: emptyItemFilter };

describe('URL state', () => {
  it('writes nothing for the default state, and only the layers that differ from their defaults', () => {
    expect(encodeUrlState(empty).toString()).toBe('');
    // heritage is off by default, the axes on; choosing the default for operating rail adds nothing.
    const p = encodeUrlState({ ...empty, layers: { heritage: true, 'structure-axes': false, 'rail-built': true } });
    expect(p.get('layers')).toBe('-structure-axes,heritage');
  });

  it('round-trips selection, panel and item filters, Chinese text included', () => {
    const s: UrlState = {
      layers: { heritage: true },
      opacity: { zones: 0.4 },
      selection: { layer: 'items', id: '004-annex-3-2' },
      panel: 'items',
      itemFilter: { query: '港珠澳 大橋', doc: '004', theme: 'transport', lead: '省交通运输厅', year: 2030, kind: 'task', anchor: 'fallback', withContext: true },
    };
    const hash = withUrlState('#map=9/22.2/113.5', s);
    expect(hash.startsWith('#map=9/22.2/113.5&layers=heritage&opacity=zones:40&sel=items:004-annex-3-2&')).toBe(true);
    expect(decodeUrlState(hash)).toEqual({ state: s, ignored: [] });
  });

  it('keeps MapLibre’s map= part and replaces only its own parts', () => {
    const hash = withUrlState('#map=7/22/113&panel=layers&sel=admin:440400', { ...empty, panel: 'items' });
    expect(hash).toBe('#map=7/22/113&panel=items');
    expect(withUrlState('#panel=items', empty)).toBe('');
  });

  it('drops and names every part it does not understand, keeping the rest', () => {
    const { state, ignored } = decodeUrlState(
      '#map=7/22/113&layers=heritage,bogus,-rail-planned&sel=cities&panel=<script>&doc=999&ctx=yes&q=%E6%B8%AF&extra=1',
    );
    expect(state.layers).toEqual({ heritage: true, 'rail-planned': false });
    expect(state.selection).toBeNull();
    expect(state.panel).toBeNull();
    expect(state.itemFilter).toEqual({ ...emptyItemFilter, query: '港' });
    expect(ignored).toEqual(['layers=bogus', 'sel=cities', 'panel=<script>', 'doc=999', 'ctx=yes', 'extra=1']);
  });

  it('rejects opacity outside 0–100 or for unknown groups', () => {
    expect(decodeUrlState('#opacity=zones:50,rail-built:150,nope:10,roads:x').ignored).toEqual(['opacity=rail-built:150', 'opacity=nope:10', 'opacity=roads:x']);
    expect(decodeUrlState('#opacity=zones:50').state.opacity).toEqual({ zones: 0.5 });
  });

  it('rejects unknown themes, kinds and implausible years', () => {
    expect(decodeUrlState('#theme=magic&kind=poem&year=99999&year=1850').ignored).toEqual(['theme=magic', 'kind=poem', 'year=99999', 'year=1850']);
  });

  it('flags a map= view MapLibre would silently ignore', () => {
    expect(decodeUrlState('#map=9/22.2/113.5/30/45').ignored).toEqual([]);
    expect(decodeUrlState('#map=far/away').ignored).toEqual(['map=far/away']);
  });

  it('accepts ids that contain a colon after the kind, and rejects an empty id', () => {
    expect(decodeUrlState('#sel=places:a:b').state.selection).toEqual({ layer: 'places', id: 'a:b' });
    expect(decodeUrlState('#sel=places:').ignored).toEqual(['sel=places:']);
  });
});
