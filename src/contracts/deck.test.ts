import { describe, expect, it } from 'vitest';
import { sentences, validateDeck, deckText } from './deck.ts';

const slide = (over: Record<string, unknown> = {}) => ({
  title: { 'zh-Hans': '一核', en: 'Core' },
  snapshot: { camera: { bbox: [113, 22, 114, 23] }, layers: ['structure-core'] },
  ...over,
});
const deck = (over: Record<string, unknown> = {}) => ({ format: 'gba-atlas-deck', version: 1, id: 'structure', locale: 'zh-Hans', title: 'T', slides: [slide()], ...over });
const layers = new Set(['structure-core', 'labels', 'zones']);
const ctx = { isLayer: (id: string) => layers.has(id), isPlace: (id: string) => id === 'hq', isStructure: (id: string) => id === 'core-zhuhai', isItem: (id: string) => id === '004-1' };

const errorsOf = (input: unknown) => {
  const r = validateDeck(input, 'file.json', ctx);
  return r.ok ? [] : r.errors.map((e) => `${e.deck}|${e.slide}|${e.field}|${e.problem}`);
};

describe('validateDeck', () => {
  it('reads a well-formed deck, with defaults for what a slide leaves out', () => {
    const r = validateDeck(deck(), 'x', ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.deck.slides[0]).toEqual({
      title: { 'zh-Hans': '一核', en: 'Core' },
      caption: null,
      notes: null,
      quote: null,
      animation: null,
      snapshot: { camera: { bbox: [113, 22, 114, 23] }, layers: ['structure-core'], highlight: { places: [], structures: [] }, selection: null, filters: null },
    });
  });

  it('names the deck, the slide (1-based) and the field of every error', () => {
    const bad = deck({
      slides: [
        slide(),
        slide({ snapshot: { camera: { bbox: [114, 22, 113, 23] }, layers: ['structure-core', 'kitchen'] } }),
        slide({ title: '', quote: { item: 'nope' }, animation: { type: 'spin' } }),
        slide({ snapshot: { camera: { view: { center: [113, 22], zoom: 99 } }, layers: [], highlight: { places: ['hq', 'x'] } } }),
      ],
    });
    expect(errorsOf(bad)).toEqual([
      'structure|2|snapshot.camera.bbox|range',
      'structure|2|snapshot.layers[1]|unknown',
      'structure|3|title|missing',
      'structure|3|quote.item|unknown',
      'structure|3|animation.type|unknown',
      'structure|4|snapshot.camera.view.zoom|range',
      'structure|4|snapshot.highlight.places[1]|unknown',
    ]);
  });

  it('names the file until the deck has a valid id', () => {
    expect(errorsOf(deck({ id: '../etc/passwd' }))).toEqual(['file.json|null|id|format']);
    expect(errorsOf(deck({ format: 'other', version: 2 }))).toEqual(['structure|null|format|format', 'structure|null|version|unknown']);
  });

  it('treats hostile input as data: prototype keys, accessors, huge lists, wrong types', () => {
    expect(errorsOf(null)).toEqual(['file.json|null|(deck)|type']);
    expect(errorsOf('deck')).toEqual(['file.json|null|(deck)|type']);
    expect(errorsOf(JSON.parse('{"__proto__": {"x": 1}, "format": "gba-atlas-deck", "version": 1, "id": "a", "locale": "en", "title": "t", "slides": []}'))).toEqual([
      'file.json|null|__proto__|unknown',
      'a|null|slides|missing',
    ]);
    const getter = deck();
    let called = false;
    Object.defineProperty(getter, 'title', { enumerable: true, get: () => ((called = true), 'x') });
    expect(errorsOf(getter)).toEqual(['file.json|null|(deck)|type']);
    expect(called).toBe(false);
    expect(errorsOf(deck({ slides: Array.from({ length: 201 }, () => slide()) }))).toEqual(['structure|null|slides|length']);
    expect(errorsOf(deck({ slides: [slide({ notes: 'x'.repeat(7000) })] }))).toEqual(['structure|1|notes|length']);
    expect(errorsOf(deck({ slides: [slide({ snapshot: { camera: { bbox: [NaN, 1, 2, 3] }, layers: [] } })] }))).toEqual(['structure|1|snapshot.camera.bbox|type']);
    expect(errorsOf(deck({ slides: [slide({ snapshot: { camera: {}, layers: 'structure-core' } })] }))).toEqual(['structure|1|snapshot.camera|missing', 'structure|1|snapshot.layers|type']);
    expect(errorsOf(deck({ slides: [slide({ snapshot: { camera: { bbox: [113, 22, 114, 23] }, layers: [], selection: { kind: 'constructor', id: 'x' } } })] }))).toEqual([
      'structure|1|snapshot.selection.kind|unknown',
    ]);
  });

  it('accepts a quote by item or structure element, one of them, with a sentence number', () => {
    expect(errorsOf(deck({ slides: [slide({ quote: { item: '004-1', sentence: 2 } })] }))).toEqual([]);
    expect(errorsOf(deck({ slides: [slide({ quote: { structure: 'core-zhuhai' } })] }))).toEqual([]);
    expect(errorsOf(deck({ slides: [slide({ quote: { item: '004-1', structure: 'core-zhuhai' } })] }))).toEqual(['structure|1|quote.item|missing']);
    expect(errorsOf(deck({ slides: [slide({ quote: { item: '004-1', sentence: 0 } })] }))).toEqual(['structure|1|quote.sentence|range']);
  });
});

describe('deck texts and sentences', () => {
  it('picks the reader’s language, else the deck’s, else any', () => {
    expect(deckText({ 'zh-Hans': '核', en: 'Core' }, 'en')).toBe('Core');
    expect(deckText({ 'zh-Hans': '核' }, 'zh-Hant')).toBe('核');
    expect(deckText({ en: 'Core' }, 'zh-Hant', 'zh-Hans')).toBe('Core');
    expect(deckText('核', 'en')).toBe('核');
    expect(deckText(null, 'en')).toBe('');
  });

  it('splits after 。！？ and keeps a closing quote with its sentence', () => {
    expect(sentences('珠海核心。充分发挥“优势。”建设！是否？余下')).toEqual(['珠海核心。', '充分发挥“优势。”', '建设！', '是否？', '余下']);
    expect(sentences('')).toEqual([]);
  });
});
