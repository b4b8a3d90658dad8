// Stage `decks`: reads each deck in data/decks/*.json with the app's own validator (checking every
// layer group, place, structure element and plan item it names against the data just built), fills in
// each quote's words from the corpus (the sentence as printed, its document, section and seed line:
// words are referenced in a deck, never typed), adds the 繁體 of titles, captions and notes written
// only in 简体 (OpenCC, Hong Kong usage), and writes public/data/decks/<id>.json and the deck list.
// A deck with an error stops the pipeline with the deck, slide and field.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { toHant } from '../corpus/convert.ts';
import { sentences, validateDeck, type Deck, type DeckError, type DeckText, type QuoteRef } from '../../src/contracts/deck.ts';
import type { OutlineNode, PlanDoc, PlanItem } from '../../src/contracts/corpus.ts';
import { CORPUS_FILES, DECK_INDEX_FILE, deckFile, PLACE_FILES, STRUCTURES_FILE } from '../../src/contracts/manifest.ts';
import { isLayerGroupId } from '../../src/kernel/layerGroups.ts';
import { publicFile, repoRoot, writeJson } from '../lib/io.ts';
import { seedDir } from '../corpus/seedText.ts';

const deckDir = resolve(repoRoot, 'data/decks');

interface StructureDefs {
  structures: { id: string; def: { doc: string; line: number; text: string }; elements: { id: string; def: { doc: string; line: number; text: string } }[] }[];
}

const readJson = <T>(manifestPath: string): T => JSON.parse(readFileSync(publicFile(manifestPath), 'utf8')) as T;

/** The headings (as printed, with their numbers) of the outline nodes that hold a line, outermost first. */
function outlinePath(nodes: readonly OutlineNode[], line: number): string[] {
  const node = nodes.find((n) => n.lines[0] <= line && line <= n.lines[1]);
  if (!node) return [];
  return [node.number && !node.title.startsWith(node.number) ? `${node.number} ${node.title}` : node.title, ...outlinePath(node.children, line)];
}

export function describeError(e: DeckError): string {
  return `deck "${e.deck}"${e.slide === null ? '' : `, slide ${e.slide}`}: ${e.field} — ${e.problem} (${e.value})`;
}

/** 繁體 for a text written only in 简体 (UI words of the deck, not plan text). */
function withHant(t: DeckText): DeckText {
  if (typeof t === 'string') return { 'zh-Hans': t, 'zh-Hant': toHant(t) };
  return t['zh-Hans'] && !t['zh-Hant'] ? { ...t, 'zh-Hant': toHant(t['zh-Hans']) } : t;
}

export async function buildDecks(): Promise<void> {
  const items = new Map(readJson<PlanItem[]>(CORPUS_FILES.items).map((i) => [i.id, i]));
  const docs = new Map(readJson<PlanDoc[]>(CORPUS_FILES.docs).map((d) => [d.id as string, d]));
  const structureDefs = readJson<StructureDefs>(STRUCTURES_FILE);
  const defs = new Map<string, { doc: string; line: number; text: string }>();
  for (const s of structureDefs.structures) {
    defs.set(s.id, s.def);
    for (const e of s.elements) defs.set(e.id, e.def);
  }
  const places = new Set<string>();
  for (const file of Object.values(PLACE_FILES)) {
    for (const f of readJson<{ features: { properties: { id: string } }[] }>(file).features) places.add(f.properties.id);
  }
  const seeds = new Map<string, string[]>();
  const seedLines = (doc: string) => {
    if (!seeds.has(doc)) seeds.set(doc, readFileSync(resolve(seedDir, docs.get(doc)!.file), 'utf8').split('\n'));
    return seeds.get(doc)!;
  };

  const ctx = { isLayer: isLayerGroupId, isPlace: (id: string) => places.has(id), isStructure: (id: string) => defs.has(id), isItem: (id: string) => items.has(id) };

  /** The quote's words and source, from the corpus; an error message when it cannot be found. */
  const resolveQuote = (q: QuoteRef): QuoteRef | string => {
    let text: string;
    let doc: string;
    let range: [number, number];
    let section: string;
    if (q.item) {
      const item = items.get(q.item)!;
      ({ text } = item);
      doc = item.docId;
      range = item.sourceLines;
      section = item.path.join(' ');
    } else {
      const def = defs.get(q.structure!)!;
      ({ text, doc } = def);
      range = [def.line, def.line];
      section = outlinePath(docs.get(doc)!.outline, def.line).join(' ');
    }
    const all = sentences(text);
    const sentence = all[q.sentence - 1];
    if (!sentence) return `quote.sentence — ${q.item ?? q.structure} has ${all.length} sentences`;
    const lines = seedLines(doc);
    // A sentence may start on a new line of a multi-line item: its line is the one it starts on.
    const probe = sentence.trim().split('\n')[0]!.slice(0, 12);
    let line = -1;
    for (let l = range[0]; l <= range[1]; l++) if (lines[l - 1]?.includes(probe)) line = l;
    if (line < 0) return `quote — sentence ${q.sentence} of ${q.item ?? q.structure} not found in seed ${doc} lines ${range[0]}–${range[1]}`;
    return { ...(q.item ? { item: q.item } : { structure: q.structure }), sentence: q.sentence, text: sentence.trim(), doc, docTitle: docs.get(doc)!.title, section, line };
  };

  const problems: string[] = [];
  const index: { id: string; title: DeckText; locale: string; slides: number }[] = [];
  rmSync(resolve(publicFile(DECK_INDEX_FILE), '..'), { recursive: true, force: true });
  const files = readdirSync(deckDir).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const result = validateDeck(JSON.parse(readFileSync(resolve(deckDir, file), 'utf8')), file, ctx);
    if (!result.ok) {
      problems.push(...result.errors.map(describeError));
      continue;
    }
    const deck: Deck = result.deck;
    if (`${deck.id}.json` !== file) problems.push(`deck "${deck.id}": its file must be named ${deck.id}.json (is ${file})`);
    deck.title = withHant(deck.title);
    deck.slides.forEach((slide, i) => {
      slide.title = withHant(slide.title);
      if (slide.caption) slide.caption = withHant(slide.caption);
      if (slide.notes) slide.notes = withHant(slide.notes);
      if (slide.quote) {
        const q = resolveQuote(slide.quote);
        if (typeof q === 'string') problems.push(`deck "${deck.id}", slide ${i + 1}: ${q}`);
        else slide.quote = q;
      }
    });
    const bytes = writeJson(publicFile(deckFile(deck.id)), deck);
    index.push({ id: deck.id, title: deck.title, locale: deck.locale, slides: deck.slides.length });
    console.log(`  ${deck.id}: ${deck.slides.length} slides, ${(bytes / 1024).toFixed(1)} KB`);
  }
  if (problems.length) {
    for (const p of problems) console.error(`  ✗ ${p}`);
    throw new Error(`${problems.length} problem(s) in data/decks/`);
  }
  writeJson(publicFile(DECK_INDEX_FILE), { decks: index });
}
