import { describe, expect, it } from 'vitest';
import { LOCALES } from '../contracts/label.ts';
import { COMMANDS } from './commandList.ts';
import { createCommandRegistry, defineCommand, noArgs, type CommandData } from './commands.ts';
import { createAtlasStore } from './store.ts';
import { defaultSnapshot } from './defaults.ts';
import type { Deck } from '../contracts/deck.ts';
import type { LoadedSlide } from './state.ts';

const DECK: Deck = { format: 'gba-atlas-deck', version: 1, id: 'test', locale: 'zh-Hans', title: 'T', slides: [] };
const SLIDE: LoadedSlide = { snapshot: defaultSnapshot(), camera: { kind: 'fit-bounds', bounds: [113, 22, 114, 23] } };

const han = /\p{Script=Han}/u;

function setup(data: Partial<CommandData> = {}) {
  const store = createAtlasStore();
  store.getState().actions.loadSucceeded();
  const registry = createCommandRegistry(COMMANDS, { store, data: { exists: () => undefined, regionBounds: () => undefined, ...data } });
  return { store, registry, state: () => store.getState() };
}

describe('the command list', () => {
  it('gives every command a stable dotted id and a label in all three languages', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of COMMANDS) {
      expect(c.id).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      const labels = [c.label, ...(c.keys ?? []).flatMap((k) => (k.label ? [k.label] : []))];
      for (const label of labels) {
        for (const l of LOCALES) expect(label[l].trim(), `${c.id} ${l}`).not.toBe('');
        expect(label['zh-Hans'], c.id).toMatch(han);
        expect(label['zh-Hant'], c.id).toMatch(han);
        expect(label.en, c.id).not.toMatch(han);
      }
    }
  });

  it('binds a key to one command per mode, and the registry refuses a key that would shadow another for good', () => {
    // A key bound twice is only allowed when every binding before the last says when it applies.
    const byKey = new Map<string, string[]>();
    for (const c of COMMANDS) for (const k of c.keys ?? []) byKey.set(k.key.toLowerCase(), [...(byKey.get(k.key.toLowerCase()) ?? []), c.id]);
    for (const [key, ids] of byKey) {
      expect(new Set(ids).size, key).toBe(ids.length);
      for (const id of ids.slice(0, -1)) expect(COMMANDS.find((c) => c.id === id)!.enabled, `${key} → ${id}`).toBeDefined();
    }
    const store = createAtlasStore();
    const data = { exists: () => undefined, regionBounds: () => undefined };
    const a = defineCommand({ id: 'a.one', label: COMMANDS[0]!.label, args: noArgs, keys: [{ key: 'x' }], run: () => {} });
    const b = defineCommand({ id: 'b.two', label: COMMANDS[0]!.label, args: noArgs, keys: [{ key: 'X' }], run: () => {} });
    const guarded = defineCommand({ id: 'c.three', label: COMMANDS[0]!.label, args: noArgs, keys: [{ key: 'x' }], enabled: () => false, run: () => {} });
    expect(() => createCommandRegistry([a, b], { store, data })).toThrow(/bound twice/);
    expect(() => createCommandRegistry([a, a], { store, data })).toThrow(/defined twice/);
    expect(createCommandRegistry([guarded, a], { store, data }).matchKey({ key: 'x' })).toEqual({ id: 'a.one', args: undefined });
  });

  it('gives W, the digits and Esc to the presentation while a deck is open, and to the map otherwise', () => {
    const { registry, store } = setup();
    expect(registry.matchKey({ key: 'w' })?.id).toBe('view.zoomTo');
    expect(registry.matchKey({ key: '0' })?.id).toBe('view.reset');
    expect(registry.matchKey({ key: 'PageDown' })).toBeNull();
    store.getState().actions.deckOpened({ deck: DECK, slides: [SLIDE, SLIDE], origin: 'builtin', reducedMotion: false }, 1);
    expect(registry.matchKey({ key: 'w' })).toEqual({ id: 'present.blank', args: { color: 'white' } });
    expect(registry.matchKey({ key: '0' })).toEqual({ id: 'present.type', args: { digit: '0' } });
    expect(registry.matchKey({ key: 'PageDown' })?.id).toBe('present.next');
    expect(registry.matchKey({ key: ' ' })?.id).toBe('present.next');
  });
});

describe('running commands', () => {
  it('returns an error value, never a throw or a rejection, for unknown ids and bad arguments', async () => {
    const { registry, state } = setup();
    const before = state();
    for (const [id, args] of [
      ['nope', undefined],
      ['__proto__', undefined],
      ['constructor', undefined],
      [42, undefined],
      ['panel.open', { panel: 'kitchen' }],
      ['panel.open', 'items'],
      ['panel.open', { panel: 'items', extra: true }],
      ['layer.toggle', { group: '__proto__' }],
      ['layer.opacity', { group: 'zones', opacity: 2 }],
      ['filters.set', { year: 'soon' }],
      ['filters.set', { query: 'x'.repeat(300) }],
      ['selection.set', { kind: 'places' }],
      ['locale.set', { locale: 'fr' }],
      ['counts.mode', { mode: 'pie' }],
      ['counts.mode', undefined],
      ['counts.mode', { mode: '__proto__' }],
      ['view.reset', { now: true }],
    ] as [unknown, unknown][]) {
      const result = await registry.run(id as string, args);
      expect(result.ok, String(id)).toBe(false);
      expect(result.ok ? '' : result.error.length, String(id)).toBeLessThan(300);
    }
    expect(state()).toBe(before);
  });

  it('`/` focuses the search box on the map where there is one, else opens the item list and focuses its search', async () => {
    const onMap = setup({ omnibox: () => true });
    expect(await onMap.registry.run('search.focus')).toEqual({ ok: true });
    expect(onMap.state()).toMatchObject({ panel: null, focus: { target: 'omnibox', seq: 1 } });
    const embed = setup({ omnibox: () => false });
    await embed.registry.run('search.focus');
    expect(embed.state()).toMatchObject({ panel: 'items', focus: { target: 'search', seq: 1 } });
  });

  it('chooses the script of plan text, and refuses any other', async () => {
    const { registry, state } = setup();
    expect(state().text).toBe('auto');
    expect(await registry.run('text.script', { script: 'original' })).toEqual({ ok: true });
    expect(state().text).toBe('original');
    await registry.run('text.script', { script: 'Hant' });
    expect(state().text).toBe('Hant');
    expect(await registry.run('text.script', { script: 'Latn' })).toMatchObject({ ok: false, error: expect.stringContaining('script') });
    expect(await registry.run('text.script', { script: 'auto', extra: 1 })).toMatchObject({ ok: false });
    expect(state().text).toBe('Hant');
  });

  it('opens and collapses the legend: unset counts as open, `open` sets it, anything else is refused', async () => {
    const { registry, state } = setup();
    expect(state().legend).toBeNull();
    await registry.run('legend.toggle');
    expect(state().legend).toBe(false);
    await registry.run('legend.toggle');
    expect(state().legend).toBe(true);
    await registry.run('legend.toggle', { open: true });
    expect(state().legend).toBe(true);
    await registry.run('legend.toggle', { open: false });
    expect(state().legend).toBe(false);
    expect(await registry.run('legend.toggle', { open: 'yes' })).toMatchObject({ ok: false, error: expect.stringContaining('open must be true or false') });
    expect(await registry.run('legend.toggle', { shut: true })).toMatchObject({ ok: false });
    expect(state().legend).toBe(false);
  });

  it('toggles panels and layer groups, and clears filters but not the list setting', async () => {
    const { registry, state } = setup();
    expect(await registry.run('panel.toggle', { panel: 'layers' })).toEqual({ ok: true });
    expect(state().panel).toBe('layers');
    await registry.run('panel.toggle', { panel: 'layers' });
    expect(state().panel).toBeNull();
    await registry.run('layer.toggle', { group: 'heritage' });
    expect(state().layers).toEqual({ heritage: true });
    await registry.run('layer.toggle', { group: 'heritage', visible: true });
    expect(state().layers).toEqual({ heritage: true });
    await registry.run('filters.set', { query: '港珠澳', doc: '004', withContext: true });
    await registry.run('filters.clear', { keepQuery: true });
    expect(state().filters).toMatchObject({ query: '港珠澳', doc: null, withContext: true });
    await registry.run('filters.clear');
    expect(state().filters).toMatchObject({ query: '', withContext: true });
    expect(await registry.run('counts.mode', { mode: 'badges' })).toEqual({ ok: true });
    expect(state().counts).toBe('badges');
  });

  it('selects what exists, refuses what the data says does not, and asks the camera to fit or keep', async () => {
    const { registry, state } = setup({ exists: (s) => s.id !== 'nowhere' });
    expect((await registry.run('selection.set', { kind: 'places', id: 'nowhere' })).ok).toBe(false);
    await registry.run('selection.set', { kind: 'places', id: 'zuh' });
    expect(state().selection).toEqual({ kind: 'places', id: 'zuh' });
    expect(state().camera?.intent).toEqual({ kind: 'fit-selection', selection: { kind: 'places', id: 'zuh' } });
    const seq = state().camera!.seq;
    await registry.run('selection.set', { kind: 'admin', id: '440400', camera: 'keep' });
    expect(state().camera!.seq).toBe(seq);
  });

  it('sends the camera to a region the data knows, and says when it does not', async () => {
    const { registry, state } = setup({ regionBounds: (r) => (r === 'west-bank' ? [111, 21, 114, 23] : undefined) });
    expect(await registry.run('view.zoomTo', { region: 'west-bank' })).toEqual({ ok: true });
    expect(state().camera?.intent).toEqual({ kind: 'fit-bounds', bounds: [111, 21, 114, 23] });
    expect(await registry.run('view.zoomTo', { region: 'atlantis' })).toEqual({ ok: false, error: 'view.zoomTo: unknown region "atlantis"' });
  });

  it('refuses a view command before the map is drawn', async () => {
    const store = createAtlasStore();
    const registry = createCommandRegistry(COMMANDS, { store, data: { exists: () => undefined, regionBounds: () => [0, 0, 1, 1] } });
    expect(await registry.run('view.reset')).toEqual({ ok: false, error: 'view.reset is not available now' });
    expect(registry.matchKey({ key: '0' })).toBeNull();
  });

  it('closes the topmost thing first with Esc: the dialog, then the selection, then the panel', async () => {
    const { registry, state, store } = setup();
    const { actions } = store.getState();
    actions.panelChanged('items');
    actions.selectionChanged({ kind: 'admin', id: '440400' });
    actions.overlayChanged('shortcuts');
    const esc = registry.matchKey({ key: 'Escape' })!;
    registry.runNow(esc.id, esc.args);
    expect([state().overlay, state().selection, state().panel]).toEqual([null, { kind: 'admin', id: '440400' }, 'items']);
    registry.runNow(esc.id, esc.args);
    expect([state().selection, state().panel]).toEqual([null, 'items']);
    registry.runNow(esc.id, esc.args);
    expect(state().panel).toBeNull();
  });

  it('matches keys whatever the case, and never with Ctrl, Cmd or Alt held', () => {
    const { registry } = setup();
    expect(registry.matchKey({ key: 'L' })).toEqual({ id: 'panel.toggle', args: { panel: 'layers' } });
    expect(registry.matchKey({ key: 'l', ctrlKey: true })).toBeNull();
    expect(registry.matchKey({ key: 'l', metaKey: true })).toBeNull();
    expect(registry.matchKey({ key: '?' })).toEqual({ id: 'shortcuts.show', args: undefined });
    expect(registry.matchKey({ key: 'q' })).toBeNull();
  });

  it('lists every command with its keys, and every shortcut with its own label', () => {
    const { registry } = setup();
    expect(registry.list().find((c) => c.id === 'panel.toggle')?.keys).toEqual(['i', 'l', 's']);
    const layers = registry.shortcuts().find((s) => s.key === 'l')!;
    expect(layers.label.en).toBe('Layers panel');
  });
});

describe('commands a host page drives the map with', () => {
  it('view.set moves through the camera with the parser’s ranges, and names the field it refuses', async () => {
    const { registry, state } = setup();
    expect(await registry.run('view.set', { center: [113.4, 22.3], zoom: 11 })).toEqual({ ok: true });
    expect(state().camera?.intent).toEqual({ kind: 'jump', view: expect.objectContaining({ center: [113.4, 22.3], zoom: 11 }) });
    expect(await registry.run('view.set', { zoom: 8, animate: true })).toEqual({ ok: true });
    expect(state().camera?.intent.kind).toBe('fly');
    for (const [args, field] of [
      [{ zoom: 'x' }, 'view.zoom'],
      [{ zoom: 99 }, 'view.zoom'],
      [{ center: [500, 1] }, 'view.center'],
      [{ center: [113, 22], pitch: -5 }, 'view.pitch'],
      [{ nope: 1 }, 'nope'],
      [{}, 'center'],
    ] as const) {
      const r = await registry.run('view.set', args);
      expect(r.ok, JSON.stringify(args)).toBe(false);
      expect(!r.ok && r.error).toContain(field);
    }
  });

  it('view.fitBounds asks the camera for a box and refuses one that is not [west, south, east, north]', async () => {
    const { registry, state } = setup();
    expect(await registry.run('view.fitBounds', { bounds: [113, 22, 114, 23] })).toEqual({ ok: true });
    expect(state().camera?.intent).toEqual({ kind: 'fit-bounds', bounds: [113, 22, 114, 23] });
    for (const bounds of [[114, 22, 113, 23], [113, 22, 114], [113, 95, 114, 96], ['a', 22, 114, 23], null]) {
      const r = await registry.run('view.fitBounds', { bounds });
      expect(!r.ok && r.error, JSON.stringify(bounds)).toContain('bounds');
    }
  });

  it('layers.set sets groups and opacity together through the parser, refusing unknown groups by name', async () => {
    const { registry, state } = setup();
    expect(await registry.run('layers.set', { layers: { heritage: true, labels: false }, opacity: { heritage: 0.5 } })).toEqual({ ok: true });
    expect(state().layers).toMatchObject({ heritage: true, labels: false });
    expect(state().opacity).toMatchObject({ heritage: 0.5 });
    const r = await registry.run('layers.set', { layers: { nope: true } });
    expect(!r.ok && r.error).toContain('layers.nope');
    expect(state().layers).toMatchObject({ heritage: true, labels: false });
  });
});

describe('export.image and export.open', () => {
  it('hands the export a preset, a one-line title and whether to download, and refuses anything else', async () => {
    const calls: unknown[][] = [];
    const blob = new Blob(['png']);
    const { registry, state } = setup({ exportImage: async (...args) => (calls.push(args), blob) });
    expect(await registry.run('export.image', { preset: 'a4-300dpi', title: ' 珠江口\tWest\nBank ' })).toEqual({ ok: true, result: blob });
    expect(await registry.run('export.image', { preset: 'screen', title: '   ', download: true })).toEqual({ ok: true, result: blob });
    expect(calls).toEqual([
      ['a4-300dpi', '珠江口 West Bank', false],
      ['screen', undefined, true],
    ]);
    const refused = await Promise.all([
      registry.run('export.image', { preset: 'a3' }),
      registry.run('export.image', {}),
      registry.run('export.image', { preset: 'screen', title: 'x'.repeat(201) }),
      registry.run('export.image', { preset: 'screen', title: ['a'] }),
      registry.run('export.image', { preset: 'screen', download: 'yes' }),
      registry.run('export.image', { preset: 'screen', __proto__: { title: 'x' } }),
    ]);
    expect(refused.map((r) => r.ok)).toEqual([false, false, false, false, false, true]);
    expect(refused.slice(0, 5).map((r) => (r.ok ? '' : r.error))).toEqual([
      expect.stringContaining('preset must be one of screen, 1920x1080, a4-300dpi'),
      expect.stringContaining('preset must be one of'),
      expect.stringContaining('title must be text of at most 200 characters'),
      expect.stringContaining('title must be text'),
      expect.stringContaining('download must be true or false'),
    ]);
    // An inherited title is not read: the last call has none.
    expect(calls.at(-1)).toEqual(['screen', undefined, false]);
    // The dialog opens as the topmost overlay, and Esc closes it.
    expect(await registry.run('export.open')).toEqual({ ok: true });
    expect(state().overlay).toBe('export');
    await registry.run('app.dismiss');
    expect(state().overlay).toBe(null);
  });
  it('says so where exports are not available', async () => {
    const { registry } = setup();
    expect(await registry.run('export.image', { preset: 'screen' })).toMatchObject({ ok: false, error: expect.stringContaining('not available') });
  });
});

describe('basemap.set and basemap.key', () => {
  it('sets the basemap in the state, and keeps the key out of it (and out of its error messages)', async () => {
    const kept: (string | null)[] = [];
    const { registry, state } = setup({ basemapKey: { get: () => kept.at(-1) ?? null, set: (k) => void kept.push(k) } });
    expect(await registry.run('basemap.set', { basemap: 'openfreemap' })).toEqual({ ok: true });
    expect(state().basemap).toBe('openfreemap');
    expect(await registry.run('basemap.set', { basemap: 'google' })).toMatchObject({ ok: false, error: expect.stringContaining('basemap must be one of offline, tianditu-vector, tianditu-imagery, openfreemap') });
    expect(await registry.run('basemap.key', { key: '0123456789abcdef0123456789abcdef' })).toEqual({ ok: true });
    expect(await registry.run('basemap.key', { key: null })).toEqual({ ok: true });
    expect(kept).toEqual(['0123456789abcdef0123456789abcdef', null]);
    for (const bad of ['short', 'secret key with spaces', `${'a'.repeat(65)}`, 42]) {
      const r = await registry.run('basemap.key', { key: bad });
      expect(r.ok).toBe(false);
      if (!r.ok && typeof bad === 'string') expect(r.error).not.toContain(bad);
    }
    expect(JSON.stringify(state())).not.toContain('0123456789abcdef');
  });
});
