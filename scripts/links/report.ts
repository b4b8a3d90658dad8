// What the build prints: items without links (and where they fell back to), ambiguous matches, a summary.
import { ambiguousNames, type Lexicon, type Sense } from './match/lexicon.ts';
import type { LinksFile } from '../../src/contracts/links.ts';
import type { UnlinkedPhrase } from './unlinked.ts';

function senseLabel(s: Sense): string {
  return s.kind === 'place' ? `${s.layer}:${s.placeId}` : `group:${s.groupId}`;
}

/**
 * Why an item has no place: it prints a place-like phrase the gazetteer lacks (a miss to fix or to list), or it
 * prints none (genuinely non-spatial: a policy, a mechanism, a target).
 */
export function withoutPlaces(file: LinksFile, unlinked: readonly UnlinkedPhrase[]): { unplaced: Map<string, string[]>; nonSpatial: string[] } {
  const phrasesOf = new Map<string, string[]>();
  for (const u of unlinked) for (const id of u.items) phrasesOf.set(id, [...(phrasesOf.get(id) ?? []), u.phrase]);
  const unplaced = new Map<string, string[]>();
  const nonSpatial: string[] = [];
  for (const [id, v] of Object.entries(file.items)) {
    // Placed at inherited places (a 004 annex task) or by its own: not without places.
    if (!v.fallback || v.inherited?.length) continue;
    const own = phrasesOf.get(id);
    if (own) unplaced.set(id, own);
    else nonSpatial.push(id);
  }
  return { unplaced, nonSpatial };
}

function unlinkedLines(file: LinksFile, unlinked: readonly UnlinkedPhrase[]): string[] {
  const lines: string[] = [];
  const occurrences = unlinked.reduce((n, u) => n + u.items.length, 0);
  lines.push(`  unlinked place-like phrases (heuristic, see unlinked.ts): ${unlinked.length} distinct, in ${occurrences} item-phrase pairs`);
  for (const u of unlinked) lines.push(`    ${String(u.items.length).padStart(3)}  ${u.phrase}  in ${u.items.join(' ')}`);
  const { unplaced, nonSpatial } = withoutPlaces(file, unlinked);
  lines.push(`  items without places, by reason: ${unplaced.size} print a place-like phrase the gazetteer lacks, ${nonSpatial.length} print none (non-spatial)`);
  for (const [id, phrases] of unplaced) lines.push(`    unplaced place named: ${id} (${phrases.join(', ')})`);
  lines.push(`    non-spatial (no place-like phrase): ${nonSpatial.join(' ')}`);
  return lines;
}

export function report(file: LinksFile, lex: Lexicon, missingMembers: readonly string[], unlinked: readonly UnlinkedPhrase[] = []): string[] {
  const lines: string[] = [];
  const entries = Object.entries(file.items);
  // Items placed at inherited places keep a fallback only for counting the text alone: they are placed.
  const inherited = entries.filter(([, v]) => v.inherited?.length);
  const fallback = entries.filter(([, v]) => v.fallback && !v.inherited?.length);

  lines.push(`  items placed by inherited places (${inherited.length}): ${inherited.map(([id, v]) => `${id} (${v.inherited!.length})`).join(' ')}`);
  lines.push(`  items without links (${fallback.length}), anchored by fallback:`);
  const byAnchor = new Map<string, string[]>();
  for (const [id, v] of fallback) {
    const f = v.fallback!;
    const key = `${f.reason} → ${f.group ?? f.places.map((p) => p.placeId).join('+')} (${f.evidence})`;
    byAnchor.set(key, [...(byAnchor.get(key) ?? []), id]);
  }
  for (const [key, ids] of [...byAnchor.entries()].sort()) lines.push(`    ${key}: ${ids.length}`, `      ${ids.join(' ')}`);

  const matchedAmbiguous = new Map<string, Set<string>>();
  for (const [id, v] of entries) {
    for (const l of v.links) if (l.ambiguous) matchedAmbiguous.set(l.matched, (matchedAmbiguous.get(l.matched) ?? new Set()).add(id));
  }
  const ambiguous = ambiguousNames(lex);
  lines.push(`  ambiguous names (an alias several places share): ${ambiguous.length} in the dictionary, ${matchedAmbiguous.size} matched`);
  for (const a of ambiguous) {
    const items = [...matchedAmbiguous.entries()].filter(([m]) => m.replace(/\s/g, '') === a.key || m === a.key).flatMap(([, s]) => [...s]);
    lines.push(`    ${a.key} → ${a.senses.map(senseLabel).join(', ')}${items.length ? `  in ${[...new Set(items)].join(' ')}` : ''}`);
  }
  if (missingMembers.length) lines.push(`  group members missing from labels.geojson (dropped): ${missingMembers.join(', ')}`);
  lines.push(...unlinkedLines(file, unlinked));

  const perLayer = new Map<string, number>();
  let groupLinks = 0;
  for (const [, v] of entries) {
    for (const l of v.links) {
      if (l.group) groupLinks++;
      else perLayer.set(l.layer, (perLayer.get(l.layer) ?? 0) + 1);
    }
  }
  const reasons = new Map<string, number>();
  for (const [, v] of fallback) reasons.set(v.fallback!.reason, (reasons.get(v.fallback!.reason) ?? 0) + 1);
  lines.push(
    `  summary: ${entries.length} items, ${entries.length - fallback.length - inherited.length} linked, ${inherited.length} by inherited places, ${fallback.length} fallback (${[...reasons.entries()].map(([r, n]) => `${r} ${n}`).join(', ')})`,
    `  links per layer: ${[...perLayer.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([l, n]) => `${l} ${n}`)
      .join(', ')}; through groups ${groupLinks}`,
    `  places with items: ${Object.keys(file.placeItems).length} named, ${Object.keys(file.placeFallbackItems).length} by fallback`,
  );
  return lines;
}
