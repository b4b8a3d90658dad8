import { describe, expect, it } from 'vitest';
import { validateDeck, type Deck } from '../contracts/deck.ts';
import { defaultSnapshot } from '../kernel/defaults.ts';
import { isGroupVisible, LAYER_GROUPS } from '../kernel/layerGroups.ts';
import { initialState } from '../kernel/updaters.ts';
import { buildSlides, captureSlide, slideLayers } from './slides.ts';

const deckOf = (slides: unknown[]): Deck => {
  const r = validateDeck({ format: 'gba-atlas-deck', version: 1, id: 'd', locale: 'zh-Hans', title: 'T', slides }, 'd');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.deck;
};

describe('slides as snapshots', () => {
  it('shows only the thematic groups a slide names, and the basemap unless it says -group', () => {
    const layers = slideLayers(['structure-axes', 'zones', '-labels']);
    for (const g of LAYER_GROUPS) {
      const want = g.section === 'admin' ? g.id !== 'labels' && g.visible : g.id === 'structure-axes' || g.id === 'zones';
      expect(layers[g.id], g.id).toBe(want);
    }
  });

  it('builds each slide through the snapshot parser: layers, selection, filters, its place in the deck, the camera', () => {
    const built = buildSlides(
      deckOf([
        { title: 'a', snapshot: { camera: { bbox: [113, 22, 114, 23] }, layers: ['structure-core'], filters: { doc: '004', kind: 'task' } } },
        { title: 'b', snapshot: { camera: { view: { center: [113.123456789, 22.5], zoom: 9.876 } }, layers: [], selection: { kind: 'places', id: 'hzmb' } } },
      ]),
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const [a, b] = built.slides;
    expect(a!.camera).toEqual({ kind: 'fit-bounds', bounds: [113, 22, 114, 23] });
    expect(a!.snapshot.presentation).toEqual({ deck: 'd', slide: 1 });
    expect(a!.snapshot.filters).toMatchObject({ doc: '004', kind: 'task', query: '' });
    expect(isGroupVisible('structure-core', a!.snapshot.layers)).toBe(true);
    expect(isGroupVisible('structure-axes', a!.snapshot.layers)).toBe(false);
    expect(isGroupVisible('rail-built', a!.snapshot.layers)).toBe(false);
    expect(isGroupVisible('cities', a!.snapshot.layers)).toBe(true);
    expect(b!.camera).toEqual({ kind: 'view', view: { center: [113.12346, 22.5], zoom: 9.88, bearing: 0, pitch: 0 } });
    expect(b!.snapshot.selection).toEqual({ kind: 'places', id: 'hzmb' });
    expect(b!.snapshot.presentation).toEqual({ deck: 'd', slide: 2 });
  });

  it('rejects a filter value the snapshot parser does not accept, naming slide and field', () => {
    const built = buildSlides(deckOf([{ title: 'a', snapshot: { camera: { bbox: [113, 22, 114, 23] }, layers: [] } }, { title: 'b', snapshot: { camera: { bbox: [113, 22, 114, 23] }, layers: [], filters: { year: 'soon' } } }]));
    expect(built).toEqual({ ok: false, errors: [{ deck: 'd', slide: 2, field: 'snapshot.filters.year', problem: 'unknown', value: 'soon' }] });
  });

  it('captures the current view as a slide that shows the same again', () => {
    const s = {
      ...initialState(defaultSnapshot('en')),
      view: { center: [113.5, 22.2] as [number, number], zoom: 10.25, bearing: 12, pitch: 0 },
      layers: { heritage: true, 'structure-axes': false, labels: false },
      selection: { kind: 'places' as const, id: 'hzmb' },
      filters: { ...defaultSnapshot().filters, theme: 'transport' as const },
    };
    const slide = captureSlide(s, 'Slide 3');
    expect(slide.title).toEqual({ en: 'Slide 3' });
    const built = buildSlides(deckOf([slide]));
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const shown = built.slides[0]!;
    expect(shown.camera).toEqual({ kind: 'view', view: s.view });
    for (const g of LAYER_GROUPS) expect(isGroupVisible(g.id, shown.snapshot.layers), g.id).toBe(isGroupVisible(g.id, s.layers));
    expect(shown.snapshot.selection).toEqual(s.selection);
    expect(shown.snapshot.filters).toEqual(s.filters);
  });
});
