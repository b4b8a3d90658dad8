// How many of the (filtered) plan items concern each city and west-bank county: the items naming
// the unit, or a place inside it, or anchored there. Drawn as sized, coloured badges, so filters
// shape the map as well as the list.
import type { Feature, FeatureCollection, Point } from 'geojson';
import { scaleSequentialSqrt, scaleSqrt } from 'd3-scale';
import { interpolateYlOrRd } from 'd3-scale-chromatic';
import type { PlanItem } from '../contracts/corpus.ts';
import type { Links } from '../data/loadLinks.ts';
import { countedPlaces } from '../search/itemFacts.ts';
import type { AdminRef } from '../contracts/places.ts';

export function countItemsByAdmin(items: PlanItem[], links: Links, placeAdmin: Map<string, AdminRef | null>, textOnly = false): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const l = links.items.get(item.id);
    const units = new Set<string>();
    for (const ref of countedPlaces(l, textOnly)) {
      if (ref.layer === 'admin') units.add(ref.placeId);
      else {
        const a = placeAdmin.get(ref.placeId);
        if (a?.city) units.add(a.city);
        if (a?.county) units.add(a.county);
      }
    }
    for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
  }
  return counts;
}

export interface CountProps {
  id: string;
  level: string;
  westBank: boolean;
  count: number;
  color: string;
  radius: number;
}

/** Badges at the label points of cities and counties with at least one item. */
export function itemCountFeatures(labels: Feature<Point>[], counts: Map<string, number>): FeatureCollection<Point, CountProps> {
  const shown = labels.filter((f) => ['city', 'county', 'city-unit'].includes(String(f.properties?.level)) && (counts.get(String(f.properties?.id)) ?? 0) > 0);
  const max = Math.max(1, ...shown.map((f) => counts.get(String(f.properties?.id)) ?? 0));
  const color = scaleSequentialSqrt(interpolateYlOrRd).domain([0, max]);
  const radius = scaleSqrt().domain([0, max]).range([7, 22]);
  return {
    type: 'FeatureCollection',
    features: shown.map((f) => {
      const id = String(f.properties?.id);
      const count = counts.get(id) ?? 0;
      const props = { id, level: String(f.properties?.level), westBank: f.properties?.westBank === true, count, color: color(count), radius: radius(count) };
      return { type: 'Feature', geometry: f.geometry, properties: props };
    }),
  };
}
