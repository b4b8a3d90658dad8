// Cuts an item's text at the spans of the places it names, for highlighting.
import type { PlaceLink } from '../contracts/links.ts';

/** Splits `text` at the link spans (one per span; group members share it) into plain and linked runs. */
export function linkRuns(text: string, links: PlaceLink[]): { text: string; link?: PlaceLink }[] {
  const bySpan = new Map<string, PlaceLink>();
  for (const l of links) if (!bySpan.has(`${l.span[0]}:${l.span[1]}`)) bySpan.set(`${l.span[0]}:${l.span[1]}`, l);
  const spans = [...bySpan.values()].sort((a, b) => a.span[0] - b.span[0]);
  const runs: { text: string; link?: PlaceLink }[] = [];
  let at = 0;
  for (const l of spans) {
    if (l.span[0] < at) continue; // overlapping spans: the earlier one wins
    if (l.span[0] > at) runs.push({ text: text.slice(at, l.span[0]) });
    runs.push({ text: text.slice(l.span[0], l.span[1]), link: l });
    at = l.span[1];
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
