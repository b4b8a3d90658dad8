// Matches → links: one link per place a matched name means (a group yields one per member, an alias two
// places share yields one per place, flagged), with the span and the words as printed in the original text.
import type { Match } from './matchPlaces.ts';
import type { PlaceLink } from '../../../src/contracts/links.ts';

export function toLinks(matches: readonly Match[], originalText: string): PlaceLink[] {
  const out: PlaceLink[] = [];
  for (const { span, entry } of matches) {
    if (entry.kind !== 'name') continue;
    const matched = originalText.slice(span[0], span[1]);
    const ambiguous = entry.senses.length > 1 && !entry.all;
    for (const sense of entry.senses) {
      const base = ambiguous ? { ambiguous: true as const } : {};
      if (sense.kind === 'place') {
        out.push({ placeId: sense.placeId, layer: sense.layer, span: [span[0], span[1]], matched, ...base });
      } else {
        for (const m of sense.members) {
          out.push({ placeId: m, layer: 'admin', span: [span[0], span[1]], matched, group: sense.groupId, ...base });
        }
      }
    }
  }
  return out;
}
