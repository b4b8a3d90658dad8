// The built-in slide decks as the pipeline wrote them (public/data/decks/, from data/decks/ by the
// `decks` stage): read with the app's own validator against the real data, their quotes checked
// against the seeds line by line, and what each deck promises to show checked against the structures
// and the corpus (run `npx tsx scripts/data.ts decks` first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanDoc, PlanItem } from '../../src/contracts/corpus.ts';
import { sentences, validateDeck, type Deck, type DeckText, type Slide } from '../../src/contracts/deck.ts';
import { CORPUS_FILES, DECK_INDEX_FILE, deckFile, PLACE_FILES, STRUCTURES_FILE } from '../../src/contracts/manifest.ts';
import type { PlaceType, Status, StructuresFile } from '../../src/contracts/places.ts';
import { defaultSnapshot } from '../../src/kernel/defaults.ts';
import { isLayerGroupId } from '../../src/kernel/layerGroups.ts';
import { parseSnapshot } from '../../src/kernel/snapshot.ts';
import { placeGroup } from '../../src/map/layers/places.ts';
import { structureAreaLayers, structureNodeLayers } from '../../src/map/layers/structures.ts';
import { publicFile, repoRoot } from '../lib/io.ts';
import { seedDir } from '../corpus/seedText.ts';

type BBox = [number, number, number, number];
const readJson = <T>(manifestPath: string): T => JSON.parse(readFileSync(publicFile(manifestPath), 'utf8')) as T;

// ---- the real data -------------------------------------------------------------------------------

const items = new Map(readJson<PlanItem[]>(CORPUS_FILES.items).map((i) => [i.id, i]));
const docs = new Map(readJson<PlanDoc[]>(CORPUS_FILES.docs).map((d) => [d.id as string, d]));
const structuresFile = readJson<StructuresFile>(STRUCTURES_FILE);
const structure = (id: string) => structuresFile.structures.find((s) => s.id === id)!;
const elements = new Map(structuresFile.structures.flatMap((s) => s.elements.map((e) => [e.id, { ...e, structureId: s.id }] as const)));
const structureDefs = new Map<string, { doc: string; text: string }>();
for (const s of structuresFile.structures) {
  structureDefs.set(s.id, s.def);
  for (const e of s.elements) structureDefs.set(e.id, e.def);
}

interface PlaceInfo {
  type: PlaceType;
  status: Status;
  names: string[];
  bbox: BBox | null;
}
function bboxOf(g: GeoJSON.Geometry | null | undefined): BBox | null {
  const pts: number[][] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') pts.push(c as number[]);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  if (!g) return null;
  if (g.type === 'GeometryCollection') g.geometries.forEach((x) => walk('coordinates' in x ? x.coordinates : []));
  else walk(g.coordinates);
  if (!pts.length) return null;
  const xs = pts.map((p) => p[0]!);
  const ys = pts.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
const places = new Map<string, PlaceInfo>();
for (const [type, file] of Object.entries(PLACE_FILES) as [PlaceType, string][]) {
  const fc = readJson<{ features: { properties: { id: string; status: Status; name: string; aliases?: string[] }; geometry: GeoJSON.Geometry | null }[] }>(file);
  for (const f of fc.features) {
    places.set(f.properties.id, { type, status: f.properties.status, names: [f.properties.name, ...(f.properties.aliases ?? [])], bbox: bboxOf(f.geometry) });
  }
}

/** The layer group that draws each structure, read from the structure layers (`<structureId>-…`). */
const structureGroup = new Map<string, string>();
for (const layer of [...structureAreaLayers, ...structureNodeLayers]) {
  const owner = structuresFile.structures.find((s) => layer.spec.id.startsWith(`${s.id}-`));
  if (owner && layer.group) structureGroup.set(owner.id, layer.group);
}

const seedLines = new Map<string, string[]>();
const seed = (doc: string) => {
  if (!seedLines.has(doc)) seedLines.set(doc, readFileSync(resolve(seedDir, docs.get(doc)!.file), 'utf8').split('\n'));
  return seedLines.get(doc)!;
};

// ---- the decks -----------------------------------------------------------------------------------

const index = readJson<{ decks: { id: string; slides: number }[] }>(DECK_INDEX_FILE);
const decks = new Map(index.decks.map((d) => [d.id, readJson<Deck>(deckFile(d.id))]));
const deck = (id: string) => {
  const d = decks.get(id);
  if (!d) throw new Error(`deck ${id} is not in ${DECK_INDEX_FILE}`);
  return d;
};
const allSlides = () => [...decks.values()].flatMap((d) => d.slides.map((s, i) => ({ deck: d.id, n: i + 1, slide: s })));
const zh = (t: DeckText | null) => (t === null ? '' : typeof t === 'string' ? t : (t['zh-Hans'] ?? ''));
const where = (d: string, n: number) => `${d} slide ${n}`;
const bboxOfCamera = (s: Slide): BBox | null => ('bbox' in s.snapshot.camera ? s.snapshot.camera.bbox : null);
const overlaps = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
const elementBBox = (id: string): BBox | null => bboxOf(elements.get(id)?.geometry);

describe('the deck list', () => {
  it('lists every deck of data/decks/, each built with its slides', () => {
    const sources = readdirSync(resolve(repoRoot, 'data/decks')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
    expect(index.decks.map((d) => d.id).sort()).toEqual(sources);
    expect(sources).toEqual(expect.arrayContaining(['structure', 'gba-cooperation']));
    for (const d of index.decks) {
      expect(existsSync(publicFile(deckFile(d.id))), d.id).toBe(true);
      expect(deck(d.id).slides.length, d.id).toBe(d.slides);
    }
  });
});

describe('every built-in deck', () => {
  it('passes the app’s validator against the real layer groups, places, structures and items', () => {
    const ctx = { isLayer: isLayerGroupId, isPlace: (id: string) => places.has(id), isStructure: (id: string) => structureDefs.has(id), isItem: (id: string) => items.has(id) };
    for (const [id, d] of decks) {
      const result = validateDeck(d, id, ctx);
      expect(result.ok ? [] : result.errors, id).toEqual([]);
      expect(d.locale, id).toBe('zh-Hans');
    }
  });

  it('sets only item filters the snapshot parser accepts', () => {
    for (const { deck: d, n, slide } of allSlides()) {
      if (!slide.snapshot.filters) continue;
      const { ignored } = parseSnapshot({ filters: slide.snapshot.filters }, defaultSnapshot('zh-Hans'));
      expect(ignored, where(d, n)).toEqual([]);
    }
  });

  it('gives every slide a short title and caption and speaker notes, in 简体 and English', () => {
    for (const { deck: d, n, slide } of allSlides()) {
      for (const field of ['title', 'caption', 'notes'] as const) {
        const t = slide[field];
        expect(t !== null && typeof t === 'object' && t['zh-Hans'] && t.en, `${where(d, n)} ${field}`).toBeTruthy();
      }
      expect(zh(slide.caption).length, `${where(d, n)} caption`).toBeLessThanOrEqual(40);
      expect(zh(slide.title).length, `${where(d, n)} title`).toBeLessThanOrEqual(40);
    }
  });

  it('quotes, on every slide, a sentence of its source that is printed verbatim on the seed line given', () => {
    for (const { deck: d, n, slide } of allSlides()) {
      const q = slide.quote;
      expect(q, where(d, n)).not.toBeNull();
      const source = q!.item ? { text: items.get(q!.item)!.text, doc: items.get(q!.item)!.docId as string } : structureDefs.get(q!.structure!)!;
      expect(q!.text, where(d, n)).toBe(sentences(source.text)[q!.sentence - 1]);
      expect(q!.doc, where(d, n)).toBe(source.doc);
      expect(seed(q!.doc!)[q!.line! - 1], `${where(d, n)}: ${q!.doc} line ${q!.line}`).toContain(q!.text);
    }
  });

  it('frames what it highlights: points inside the camera’s bbox, lines and areas crossing it', () => {
    for (const { deck: d, n, slide } of allSlides()) {
      const cam = bboxOfCamera(slide);
      expect(cam, `${where(d, n)} camera`).not.toBeNull();
      const boxes = [
        ...slide.snapshot.highlight.places.map((id) => [id, places.get(id)!.bbox] as const),
        ...slide.snapshot.highlight.structures.map((id) => [id, elementBBox(id)] as const),
      ];
      for (const [id, b] of boxes) {
        if (!b) continue;
        const point = b[0] === b[2] && b[1] === b[3];
        const ok = point ? b[0] >= cam![0] && b[0] <= cam![2] && b[1] >= cam![1] && b[1] <= cam![3] : overlaps(b, cam!);
        expect(ok, `${where(d, n)}: ${id} outside ${JSON.stringify(cam)}`).toBe(true);
      }
    }
  });

  it('animates only what it highlights, and shows the layer group of every structure it highlights', () => {
    for (const { deck: d, n, slide } of allSlides()) {
      const { highlight, layers } = slide.snapshot;
      const a = slide.animation;
      if (a?.type === 'draw') expect(highlight.structures, where(d, n)).toEqual(expect.arrayContaining(a.structures));
      if (a?.type === 'reveal') expect(highlight.places, where(d, n)).toEqual(expect.arrayContaining(a.places));
      for (const id of highlight.structures) {
        const group = structureGroup.get(elements.get(id)!.structureId);
        expect(group, `${where(d, n)}: no layer draws ${id}`).toBeTruthy();
        expect(layers, `${where(d, n)}: ${id}`).toContain(group);
      }
    }
  });
});

describe('the structure deck (一核三极、两圈四轴)', () => {
  const d = deck('structure');
  const highlighted = new Set(d.slides.flatMap((s) => s.snapshot.highlight.structures));
  const drawn = new Set(d.slides.flatMap((s) => (s.animation?.type === 'draw' ? s.animation.structures : [])));

  it('opens the pattern as a diagram morphing into the map, with core, circles and axes shown', () => {
    const morph = d.slides.filter((s) => s.animation?.type === 'morph');
    expect(morph.length).toBeGreaterThan(0);
    expect(morph[0]!.snapshot.layers).toEqual(expect.arrayContaining(['structure-core', 'structure-circles', 'structure-axes']));
    expect(morph[0]!.quote?.structure).toBe('yihe-sanji');
  });

  it('reveals the core and each pole with exactly the platforms the plan names for it', () => {
    for (const e of structure('yihe-sanji').elements) {
      const slide = d.slides.find((s) => s.snapshot.highlight.structures.includes(e.id) && s.animation?.type === 'reveal');
      expect(slide, e.id).toBeDefined();
      expect(slide!.animation, e.id).toEqual({ type: 'reveal', places: e.places });
    }
    expect(structure('yihe-sanji').elements.filter((e) => e.role === 'pole').every((e) => highlighted.has(e.id))).toBe(true);
  });

  it('shows both circles', () => {
    for (const e of structure('liang-quan').elements) expect(highlighted.has(e.id), e.id).toBe(true);
  });

  it('draws every element of the four axes, highlighting its channels and nodes on the slide that draws it', () => {
    for (const e of structure('si-zhou').elements) {
      expect(drawn.has(e.id), e.id).toBe(true);
      const slide = d.slides.find((s) => s.animation?.type === 'draw' && s.animation.structures.includes(e.id))!;
      expect(slide.snapshot.highlight.places, e.id).toEqual(expect.arrayContaining([...(e.channels ?? []), ...e.places]));
    }
  });

  it('shows the layer group of every place it highlights', () => {
    for (const [i, s] of d.slides.entries()) {
      for (const id of s.snapshot.highlight.places) {
        const p = places.get(id)!;
        expect(s.snapshot.layers, `slide ${i + 1}: ${id}`).toContain(placeGroup(p.type, p.status));
      }
    }
  });

  it('draws the six corridors of 两横三射一纵', () => {
    for (const e of structure('lianghen-sanshe-yizong').elements) expect(drawn.has(e.id), e.id).toBe(true);
  });

  it('has a slide for each link to Hong Kong, Macao and Shenzhen, quoting a sentence that names it', () => {
    for (const id of ['hzmb', 'shenzhong-link', 'huangmaohai']) {
      const names = places.get(id)!.names;
      const slide = d.slides.find((s) => s.snapshot.highlight.places.includes(id) && names.some((nm) => s.quote?.text?.includes(nm)));
      expect(slide, id).toBeDefined();
    }
  });

  it('groups the annex tasks by theme, quoting one of them and naming every lead department in the notes', () => {
    const annex = d.slides.filter((s) => s.snapshot.filters?.kind === 'task');
    const themes = annex.map((s) => s.snapshot.filters!.theme as string);
    expect(new Set(themes).size).toBe(annex.length);
    expect(annex.length).toBeGreaterThanOrEqual(3);
    for (const s of annex) {
      const theme = s.snapshot.filters!.theme as string;
      expect(s.snapshot.filters, theme).toEqual({ doc: '004', kind: 'task', theme });
      const tasks = [...items.values()].filter((i) => i.docId === '004' && i.kind === 'task' && i.themes.includes(theme as never));
      expect(tasks.length, theme).toBeGreaterThan(0);
      const quoted = items.get(s.quote!.item!)!;
      expect(tasks, theme).toContain(quoted);
      expect(quoted.id.startsWith('004-annex-'), theme).toBe(true);
      const leads = new Set(tasks.flatMap((t) => t.leadUnits));
      for (const unit of leads) expect(zh(s.notes), `${theme}: ${unit}`).toContain(unit);
    }
  });
});

describe('the cooperation deck (documents 000–003)', () => {
  const d = deck('gba-cooperation');
  const highlightedPlaces = new Set(d.slides.flatMap((s) => s.snapshot.highlight.places));

  it('highlights 横琴, 前海, 南沙 and 河套', () => {
    for (const zone of ['横琴', '前海', '南沙', '河套']) {
      const found = [...highlightedPlaces].some((id) => places.get(id)!.names[0]!.includes(zone));
      expect(found, zone).toBe(true);
    }
  });

  it('highlights border crossings', () => {
    expect([...highlightedPlaces].filter((id) => places.get(id)!.type === 'crossings').length).toBeGreaterThanOrEqual(2);
  });

  it('quotes only documents 000–003, in the order of their dates where the documents print one', () => {
    const quoted = d.slides.map((s) => s.quote!.doc!);
    for (const doc of quoted) expect(['000', '001', '002', '003']).toContain(doc);
    const dated = quoted.map((doc) => docs.get(doc)!.date).filter((x): x is string => x !== null);
    expect(dated.length).toBeGreaterThan(1);
    expect(dated).toEqual([...dated].sort());
    expect(new Set(quoted).size).toBe(4);
  });

  it('says in the notes where a quoted document prints no date', () => {
    const undated = new Set(d.slides.map((s) => s.quote!.doc!).filter((doc) => docs.get(doc)!.date === null));
    const notes = d.slides.map((s) => zh(s.notes)).join('\n');
    expect(undated.size).toBeGreaterThan(0);
    for (const doc of undated) expect(notes, doc).toMatch(new RegExp(`${doc}[^。]*未印日期`));
  });
});
