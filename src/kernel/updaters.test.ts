import { describe, expect, it } from 'vitest';
import { createAtlasStore } from './store.ts';
import * as u from './updaters.ts';

const view = { center: [113.5, 22.2] as [number, number], zoom: 8, bearing: 0, pitch: 0 };

describe('store updaters', () => {
  it('starts loading, with nothing selected and no notices', () => {
    const s = u.initialState(view);
    expect(s.status).toBe('loading');
    expect(s.selection).toBeNull();
    expect(s.notices).toEqual([]);
  });

  it('records a failure with its message and clears it on success', () => {
    const failed = u.loadFailed(u.initialState(view), 'data/cities.geojson: HTTP 404');
    expect(failed).toMatchObject({ status: 'error', error: 'data/cities.geojson: HTTP 404' });
    expect(u.loadSucceeded(failed)).toMatchObject({ status: 'ready', error: null });
  });

  it('toggles one layer group without touching the others', () => {
    const s1 = u.layerToggled(u.initialState(view), 'labels', false);
    const s2 = u.layerToggled(s1, 'cities', true);
    expect(s2.layers).toEqual({ labels: false, cities: true });
    expect(s1.layers).toEqual({ labels: false }); // the previous state is not mutated
  });

  it('dims a group within 0–1, and forgets it when set back to fully opaque', () => {
    const dim = u.layerOpacityChanged(u.initialState(view), 'zones', 0.4);
    expect(dim.opacity).toEqual({ zones: 0.4 });
    expect(u.layerOpacityChanged(dim, 'zones', 7).opacity).toEqual({});
    expect(u.layerOpacityChanged(dim, 'rail-planned', -1).opacity).toEqual({ zones: 0.4, 'rail-planned': 0 });
  });

  it('adds a notice once and dismisses it', () => {
    const s1 = u.noticeAdded(u.noticeAdded(u.initialState(view), 'a'), 'a');
    expect(s1.notices).toEqual(['a']);
    expect(u.noticeDismissed(s1, 'a').notices).toEqual([]);
  });

  it('opens a panel, and closes it when toggled again', () => {
    const open = u.panelToggled(u.initialState(view), 'items');
    expect(open.panel).toBe('items');
    expect(u.panelToggled(open, 'items').panel).toBeNull();
  });

  it('changes one part of the item filter and keeps the other', () => {
    const s1 = u.itemFilterChanged(u.initialState(view), { doc: '002' });
    expect(u.itemFilterChanged(s1, { query: '港珠澳' }).itemFilter).toEqual({ ...u.emptyItemFilter, query: '港珠澳', doc: '002' });
  });

  it('exposes only the public part of the state', () => {
    expect(Object.keys(u.publicState(u.initialState(view))).sort()).toEqual(['layers', 'selection', 'status', 'view']);
  });
});

describe('createAtlasStore', () => {
  it('gives every instance its own state', () => {
    const a = createAtlasStore(view);
    const b = createAtlasStore(view);
    a.getState().actions.selectionChanged({ layer: 'admin', id: '440400' });
    expect(a.getState().selection).toEqual({ layer: 'admin', id: '440400' });
    expect(b.getState().selection).toBeNull();
  });
});
