import { describe, expect, it, vi } from 'vitest';
import { applyExternalSnapshot } from './apply.ts';
import { createEventEmitter, observeStore } from './events.ts';
import { createAtlasStore } from './store.ts';
import type { Snapshot } from './state.ts';

const settle = () => new Promise((ok) => setTimeout(ok, 0));
const data = { exists: () => undefined, regionBounds: () => undefined };

function setup() {
  const store = createAtlasStore();
  const events = createEventEmitter();
  observeStore(store, events);
  return { store, events, actions: store.getState().actions };
}

describe('events from the state', () => {
  it('says ready once the map is drawn, with the snapshot, and tells late listeners at once', async () => {
    const { events, actions } = setup();
    const ready = vi.fn();
    events.on('ready', ready);
    actions.panelChanged('items'); // before ready: no statechange
    const change = vi.fn();
    events.on('statechange', change);
    await settle();
    expect(ready).not.toHaveBeenCalled();
    actions.loadSucceeded();
    await settle();
    expect(ready).toHaveBeenCalledTimes(1);
    expect(ready.mock.calls[0]![0]).toMatchObject({ version: 1, panel: 'items' });
    const late = vi.fn();
    events.on('ready', late);
    expect(late).toHaveBeenCalledTimes(1);
    expect(change).not.toHaveBeenCalled();
  });

  it('reports a burst of updates as one statechange, and nothing when nothing shown changed', async () => {
    const { events, actions } = setup();
    actions.loadSucceeded();
    await settle();
    const change = vi.fn();
    const select = vi.fn();
    events.on('statechange', change);
    events.on('select', select);
    actions.panelChanged('layers');
    actions.layerToggled('heritage', true);
    actions.selectionChanged({ kind: 'admin', id: '440400' });
    await settle();
    expect(change).toHaveBeenCalledTimes(1);
    expect(select.mock.calls).toEqual([[{ kind: 'admin', id: '440400' }]]);
    actions.extrasStatusChanged('loading'); // not part of what a person sees
    actions.cameraRequested({ kind: 'fit-bounds', bounds: [0, 0, 1, 1] });
    await settle();
    expect(change).toHaveBeenCalledTimes(1);
  });

  it('terminates when a listener sets the state it was given', async () => {
    const { store, events, actions } = setup();
    actions.loadSucceeded();
    await settle();
    let calls = 0;
    events.on('statechange', (s: Snapshot) => {
      calls++;
      applyExternalSnapshot(store, data, s);
    });
    actions.panelChanged('summary');
    for (let i = 0; i < 5; i++) await settle();
    expect(calls).toBe(1);
  });

  it('gives each listener its own copy, and survives one that throws', async () => {
    const { events, actions } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    actions.loadSucceeded();
    await settle();
    events.on('statechange', (s) => {
      s.filters.query = 'changed by a listener';
      throw new Error('embedder bug');
    });
    const good = vi.fn();
    events.on('statechange', good);
    actions.filtersChanged({ doc: '004' });
    await settle();
    expect(good.mock.calls[0]![0].filters.query).toBe('');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('says error once, with the message shown to the user', async () => {
    const { events, actions } = setup();
    const error = vi.fn();
    events.on('error', error);
    actions.loadFailed('data/cities.geojson: HTTP 404');
    await settle();
    expect(error.mock.calls).toEqual([['data/cities.geojson: HTTP 404']]);
  });
});

describe('view and slide events', () => {
  it('says viewchange when the view settles elsewhere and slidechange when the deck or slide changes, once each', async () => {
    const { events, actions, store } = setup();
    actions.loadSucceeded();
    await settle();
    const views = vi.fn();
    const slides = vi.fn();
    events.on('viewchange', views);
    events.on('slidechange', slides);
    actions.viewChanged({ center: [113.5, 22.2], zoom: 10, bearing: 0, pitch: 0 });
    await settle();
    actions.viewChanged({ center: [113.5, 22.2], zoom: 10, bearing: 0, pitch: 0 });
    await settle();
    expect(views).toHaveBeenCalledTimes(1);
    expect(views.mock.calls[0]![0]).toEqual({ center: [113.5, 22.2], zoom: 10, bearing: 0, pitch: 0 });
    applyExternalSnapshot(store, data, { presentation: { deck: 'structure', slide: 3 } });
    await settle();
    applyExternalSnapshot(store, data, { presentation: null });
    await settle();
    expect(slides.mock.calls.map((c) => c[0])).toEqual([{ deck: 'structure', slide: 3 }, null]);
  });
});
