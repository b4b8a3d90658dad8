import { describe, expect, it } from 'vitest';
import { defaultSnapshot } from './defaults.ts';
import { createAtlasStore } from './store.ts';
import { snapshotOf } from './state.ts';
import * as u from './updaters.ts';

const start = () => u.initialState(defaultSnapshot());

describe('store updaters', () => {
  it('start loading, with nothing selected and no notices', () => {
    const s = start();
    expect(s.status).toBe('loading');
    expect(s.selection).toBeNull();
    expect(s.notices).toEqual([]);
    expect(s.locale).toBe('zh-Hans');
  });

  it('record a failure with its message and clear it on success', () => {
    const failed = u.loadFailed(start(), 'data/cities.geojson: HTTP 404');
    expect(failed).toMatchObject({ status: 'error', error: 'data/cities.geojson: HTTP 404' });
    expect(u.loadSucceeded(failed)).toMatchObject({ status: 'ready', error: null });
  });

  it('toggle one layer group without touching the others, keeping only choices that differ from the defaults', () => {
    const s1 = u.layerToggled(start(), 'labels', false);
    const s2 = u.layerToggled(s1, 'heritage', true);
    expect(s2.layers).toEqual({ labels: false, heritage: true });
    expect(s1.layers).toEqual({ labels: false }); // the previous state is not mutated
    // Back to its default: the choice is forgotten, so the link and the snapshot stay canonical.
    expect(u.layerToggled(s2, 'labels', true).layers).toEqual({ heritage: true });
  });

  it('dim a group within 0–1 in hundredths, and forget it when set back to fully opaque', () => {
    const dim = u.layerOpacityChanged(start(), 'zones', 0.404);
    expect(dim.opacity).toEqual({ zones: 0.4 });
    expect(u.layerOpacityChanged(dim, 'zones', 7).opacity).toEqual({});
    expect(u.layerOpacityChanged(dim, 'rail-planned', -1).opacity).toEqual({ zones: 0.4, 'rail-planned': 0 });
    expect(u.layerOpacityChanged(dim, 'zones', Number.NaN).opacity).toEqual({});
  });

  it('add a notice once, with a number, and dismiss it by number or all at once', () => {
    const s1 = u.noticeAdded(u.noticeAdded(start(), { message: 'urlIgnored', quotes: ['x=1'] }), { message: 'urlIgnored', quotes: ['x=1'] });
    expect(s1.notices).toHaveLength(1);
    const s2 = u.noticeAdded(s1, { message: 'apiIgnored', quotes: ['y'] });
    expect(u.noticeDismissed(s2, s1.notices[0]!.id).notices.map((n) => n.message)).toEqual(['apiIgnored']);
    expect(u.noticeDismissed(s2, null).notices).toEqual([]);
  });

  it('keep at most 50 notices, dropping the oldest', () => {
    let s = start();
    for (let i = 0; i < 60; i++) s = u.noticeAdded(s, { message: 'urlIgnored', quotes: [String(i)] });
    expect(s.notices).toHaveLength(50);
    expect(s.notices[0]!.quotes).toEqual(['10']);
  });

  it('change one part of the filters and keep the others', () => {
    const s1 = u.filtersChanged(start(), { doc: '002' });
    expect(u.filtersChanged(s1, { query: '港珠澳' }).filters).toMatchObject({ query: '港珠澳', doc: '002', theme: null });
  });

  it('return the very same state when nothing changes, so no one is told', () => {
    const s = start();
    expect(u.filtersChanged(s, { doc: null })).toBe(s);
    expect(u.layerToggled(s, 'labels', true)).toBe(s);
    expect(u.panelChanged(s, null)).toBe(s);
    expect(u.selectionChanged(s, null)).toBe(s);
    expect(u.localeChanged(s, 'zh-Hans')).toBe(s);
    expect(u.countsModeChanged(s, 'map')).toBe(s);
    expect(u.viewChanged(s, { ...s.view, center: [s.view.center[0] + 1e-7, s.view.center[1]] })).toBe(s);
    expect(u.snapshotApplied(s, defaultSnapshot())).toBe(s);
  });

  it('switch the item counts between shaded areas and badges, as a part of the snapshot', () => {
    const s = u.countsModeChanged(start(), 'badges');
    expect(s.counts).toBe('badges');
    expect(snapshotOf(s).counts).toBe('badges');
    expect(u.countsModeChanged(s, 'map').counts).toBe('map');
  });

  it('number camera requests, so the same intent twice is two requests', () => {
    const intent = { kind: 'fit-bounds' as const, bounds: [1, 2, 3, 4] as [number, number, number, number] };
    const s1 = u.cameraRequested(start(), intent);
    const s2 = u.cameraRequested(s1, intent);
    expect(s2.camera).toEqual({ seq: 2, intent });
  });

  it('apply a snapshot without its view: the view reaches the store from the map, through the camera', () => {
    const snap = { ...defaultSnapshot(), view: { center: [113, 22] as [number, number], zoom: 9, bearing: 0, pitch: 0 }, panel: 'items' as const };
    const s = u.snapshotApplied(start(), snap, { kind: 'jump', view: snap.view });
    expect(s.panel).toBe('items');
    expect(s.view).toEqual(start().view);
    expect(s.camera?.intent).toEqual({ kind: 'jump', view: snap.view });
  });
});

describe('createAtlasStore', () => {
  it('gives every instance its own state', () => {
    const a = createAtlasStore();
    const b = createAtlasStore();
    a.getState().actions.selectionChanged({ kind: 'admin', id: '440400' });
    expect(a.getState().selection).toEqual({ kind: 'admin', id: '440400' });
    expect(b.getState().selection).toBeNull();
  });

  it('tells its subscribers only of real changes', () => {
    const store = createAtlasStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.getState().actions.panelChanged(null);
    store.getState().actions.filtersChanged({ query: '' });
    expect(calls).toBe(0);
    store.getState().actions.panelChanged('items');
    expect(calls).toBe(1);
  });
});

const slide = (n: number, layers: Record<string, boolean>) => ({
  snapshot: { ...defaultSnapshot(), layers, presentation: { deck: 'd', slide: n } },
  camera: { kind: 'fit-bounds' as const, bounds: [113, 22, 113 + n, 23] as [number, number, number, number] },
});

describe('presentation updaters', () => {
  const deck = { format: 'gba-atlas-deck' as const, version: 1 as const, id: 'd', locale: 'zh-Hans' as const, title: 'T', slides: [] };
  const slides = [slide(1, { zones: false }), slide(2, { heritage: true }), slide(3, {})];
  const open = (s = u.initialState(), n = 1, reducedMotion = false) => u.deckOpened(s, { deck, slides, origin: 'builtin', reducedMotion }, n);

  it('opens on a slide: its snapshot in the reader’s language, its camera, and what was shown before kept', () => {
    const before = u.basemapChanged(u.panelChanged(u.localeChanged(u.initialState(), 'en'), 'items'), 'tianditu-imagery');
    const s = open(before, 2);
    expect(s.presentation).toEqual({ deck: 'd', slide: 2 });
    expect(s.layers).toEqual({ heritage: true });
    expect(s.panel).toBeNull();
    expect(s.locale).toBe('en');
    // The slide's snapshot says `offline` (decks name no basemap): the reader's basemap stays.
    expect(slides[1]!.snapshot.basemap).toBe('offline');
    expect(s.basemap).toBe('tianditu-imagery');
    expect(s.camera?.intent).toEqual({ kind: 'fit-bounds', bounds: [113, 22, 115, 23] });
    expect(s.present?.before?.panel).toBe('items');
  });

  it('clamps slide numbers, replays the same slide, and jumps when motion is reduced', () => {
    const s = open(undefined, 1, true);
    expect(s.camera?.intent).toEqual({ kind: 'fit-bounds', bounds: [113, 22, 114, 23], instant: true });
    const last = u.slideShown(s, 99);
    expect(last.presentation?.slide).toBe(3);
    const again = u.slideShown(last, 3);
    expect(again.present!.shown).toBe(last.present!.shown + 1);
    expect(again.camera!.seq).toBe(last.camera!.seq + 1);
  });

  it('leaves the deck back to what was shown before it opened', () => {
    const before = u.layerToggled(u.panelChanged(u.initialState(), 'summary'), 'heritage', true);
    const left = u.presentExited(u.slideShown(open(before), 3));
    expect(left.present).toBeNull();
    expect(left.presentation).toBeNull();
    expect(left.panel).toBe('summary');
    expect(left.layers).toEqual({ heritage: true });
    expect(left.camera?.intent).toEqual({ kind: 'jump', view: before.view });
  });

  it('types at most three digits, blanks and un-blanks, and a slide change un-blanks', () => {
    let s = open();
    for (const d of ['1', '2', '3', '4']) s = u.presentTyped(s, d);
    expect(s.present?.typed).toBe('234');
    s = u.presentBlanked(s, 'black');
    expect(s.present?.blank).toBe('black');
    expect(u.presentBlanked(s, 'black')).toBe(s);
    s = u.slideShown(s, 2);
    expect(s.present?.blank).toBeNull();
    expect(s.present?.typed).toBe('');
  });
});
