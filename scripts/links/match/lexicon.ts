// The matcher's dictionary: every name and alias of every place, admin unit and group, keyed by its
// simplified, normalised form, plus stop words (traps). Pure: the caller supplies the Traditional→Simplified
// conversion (opencc-js in the pipeline; the app can fold with the corpus' own text pairs).
import type { PlaceType } from '../../../src/contracts/places.ts';
import type { LinkLayer } from '../../../src/contracts/links.ts';
import { nameKey } from './normalise.ts';
import type { StopWord } from './traps.ts';

/** What a name can mean: one place or admin unit, or a group of admin units. */
export type Sense =
  | { kind: 'place'; placeId: string; layer: LinkLayer }
  | { kind: 'group'; groupId: string; members: string[] };

export type Entry =
  /** `all`: a phrase naming every one of its senses (see phrases.ts), not an alias they share. */
  | { kind: 'name'; key: string; senses: Sense[]; all?: true }
  | { kind: 'stop'; key: string; reason: string };

export interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: Entry;
}

export interface Lexicon {
  root: TrieNode;
  entries: Map<string, Entry>;
}

export interface LexiconInput {
  places: { id: string; type: PlaceType; names: string[] }[];
  admin: { id: string; names: string[] }[];
  groups: { id: string; names: string[]; members: string[] }[];
  /** Phrases that name several places at once (phrases.ts), resolved to layers. */
  phrases?: { phrase: string; places: { id: string; layer: LinkLayer }[] }[];
  stops: StopWord[];
}

/** Names shorter than this are never matched alone (粤, 港, 澳 … only count inside compounds). */
const MIN_NAME = 2;

function sameSense(a: Sense, b: Sense): boolean {
  return a.kind === 'place' && b.kind === 'place' ? a.placeId === b.placeId : a.kind === 'group' && b.kind === 'group' && a.groupId === b.groupId;
}

export function buildLexicon(input: LexiconInput, toHans: (s: string) => string): Lexicon {
  const entries = new Map<string, Entry>();
  const addName = (name: string, sense: Sense): void => {
    const key = nameKey(toHans(name));
    if (key.length < MIN_NAME) return;
    const e = entries.get(key);
    if (e?.kind === 'name') {
      if (!e.senses.some((s) => sameSense(s, sense))) e.senses.push(sense);
    } else entries.set(key, { kind: 'name', key, senses: [sense] });
  };
  for (const p of input.places) for (const n of p.names) addName(n, { kind: 'place', placeId: p.id, layer: p.type });
  for (const a of input.admin) for (const n of a.names) addName(n, { kind: 'place', placeId: a.id, layer: 'admin' });
  for (const g of input.groups) for (const n of g.names) addName(n, { kind: 'group', groupId: g.id, members: g.members });
  // A phrase replaces whatever a place listed it as: it names all its places, so it is never ambiguous.
  for (const ph of input.phrases ?? []) {
    const key = nameKey(toHans(ph.phrase));
    const senses: Sense[] = ph.places.map((p) => ({ kind: 'place', placeId: p.id, layer: p.layer }));
    entries.set(key, { kind: 'name', key, senses, all: true });
  }
  // A stop never shadows a name: a unit token such as 广东 (from 广东、深圳出入境检验检疫局) stays a place.
  for (const s of input.stops) {
    const key = nameKey(toHans(s.word));
    if (key.length >= MIN_NAME && !entries.has(key)) entries.set(key, { kind: 'stop', key, reason: s.reason });
  }

  const root: TrieNode = { next: new Map() };
  for (const [key, entry] of entries) {
    let node = root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    node.entry = entry;
  }
  return { root, entries };
}

/** Names that mean more than one thing (an alias two places share), for the build report. */
export function ambiguousNames(lex: Lexicon): { key: string; senses: Sense[] }[] {
  const out: { key: string; senses: Sense[] }[] = [];
  for (const e of lex.entries.values()) if (e.kind === 'name' && e.senses.length > 1 && !e.all) out.push({ key: e.key, senses: e.senses });
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
