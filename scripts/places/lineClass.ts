// Line classes by importance (issue 14): a `rank` on every rail, road and channel feature, derived from
// the seeds and the names, never from geometry. 1 draws first and heaviest (src/map/layers/hierarchy.ts).
//  rail:     1 high-speed and intercity (高铁/高速铁路/客专/客运专线/城际, or a 铁路 the seeds also
//              call 「<stem>高铁」, e.g. 深江铁路 → 深江高铁南延线), 2 conventional, 3 other (logistics
//              corridors, urban rail links)
//  roads:    1 the 六横十纵 expressways of 004 专栏1, 2 other expressways (a 高速 name, not a A—B link),
//              3 other links
//  channels: 1 in 六横十纵, 2 other crossings
import type { PlaceType } from '../../src/contracts/places.ts';

export type LineRank = 1 | 2 | 3;

/** Drops parenthesised qualifiers (（南沙支线）, （深南高速）) and spaces. */
const bare = (s: string) => s.replace(/（[^）]*）/g, '').replace(/\s/g, '');

/** The names 专栏1 lists under “六横” and “十纵” (each route split at —), from the seed's lines. */
export function networkNames(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const key of ['“六横”：', '“十纵”：']) {
    const line = lines.find((l) => l.trim().startsWith(key));
    if (!line) throw new Error(`六横十纵: no line starting ${key}`);
    const body = line.trim().slice(key.length).replace(/[。；]$/, '');
    for (const route of body.split('、')) for (const part of route.split('—')) if (bare(part)) out.push(bare(part));
  }
  return out;
}

const HSR = /高铁|高速铁路|客专|客运专线|城际/;
const OTHER_RAIL = /物流通道|城市轨道|快速轨道|轨道交通/;

interface Named {
  name: string;
  aliases?: string[];
}

/** Whether a place is one of the network's routes: its name or an alias, bare, is listed. */
export const inNetwork = (p: Named, network: ReadonlySet<string>): boolean => [p.name, ...(p.aliases ?? [])].some((n) => network.has(bare(n)));

export function lineRank(type: PlaceType, p: Named, network: ReadonlySet<string>, seedText: string): LineRank | undefined {
  const names = [p.name, ...(p.aliases ?? [])];
  if (type === 'rail-lines') {
    if (names.some((n) => HSR.test(n))) return 1;
    const stem = p.name.endsWith('铁路') ? p.name.slice(0, -2) : '';
    if (stem.length >= 2 && seedText.includes(`${stem}高铁`)) return 1;
    return names.some((n) => OTHER_RAIL.test(n)) ? 3 : 2;
  }
  if (type === 'roads') return inNetwork(p, network) ? 1 : names.some((n) => bare(n).includes('高速') && !n.includes('—')) ? 2 : 3;
  if (type === 'channels') return inNetwork(p, network) ? 1 : 2;
  return undefined;
}
