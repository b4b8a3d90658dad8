// How many of the (filtered) plan items concern each city and west-bank county: the items naming
// the unit, or a place inside it, or anchored there. Drawn as shaded areas (a choropleth) or as
// badges, both in the same classes, so filters shape the map as well as the list.
import type { Feature, FeatureCollection, Point } from 'geojson';
import { colorScale, countClasses, type CountClasses } from './countClasses.ts';
import { BADGE } from './layers/itemCounts.ts';
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

/** The two scales the counts are drawn at: every city (the Greater Bay Area, below zoom 8), and the
 * west bank by county with the other cities whole (from zoom 8). Each has its own classes. */
export const COUNT_BANDS = ['gba', 'westBank'] as const;
export type CountBand = (typeof COUNT_BANDS)[number];

/** The areas of a band, by label level: ids of cities (`cities` source) and of counties (`countyAreas`). */
export interface BandAreas {
  cities: string[];
  counties: string[];
}

/** Which areas each band shades, from the admin labels (cities with their west-bank flag, counties). */
export function bandAreas(labels: Feature<Point>[]): Record<CountBand, BandAreas> {
  const props = labels.map((f) => ({ id: String(f.properties?.id), level: String(f.properties?.level), westBank: f.properties?.westBank === true }));
  const cities = props.filter((p) => p.level === 'city');
  return {
    gba: { cities: cities.map((p) => p.id), counties: [] },
    westBank: {
      cities: cities.filter((p) => !p.westBank).map((p) => p.id),
      counties: [...new Set(props.filter((p) => (p.level === 'county' || p.level === 'city-unit') && p.westBank).map((p) => p.id))],
    },
  };
}

/** A band's classes and the colour of each of its areas. */
export interface BandCounts extends CountClasses {
  /** Colour by area id (cities and counties). */
  colors: Map<string, string>;
  /** How many areas the band shades, and how many of them have no item. */
  areas: number;
  empty: number;
}

/** The classes of each band over its own areas (zeros included), and each area's colour. */
export function countBands(areas: Record<CountBand, BandAreas>, counts: Map<string, number>): Record<CountBand, BandCounts> {
  const of = (id: string) => counts.get(id) ?? 0;
  const band = ({ cities, counties }: BandAreas): BandCounts => {
    const ids = [...cities, ...counties];
    const classes = countClasses(ids.map(of));
    const color = colorScale(classes);
    return { ...classes, colors: new Map(ids.map((id) => [id, color(of(id))])), areas: ids.length, empty: ids.filter((id) => of(id) === 0).length };
  };
  return { gba: band(areas.gba), westBank: band(areas.westBank) };
}

export interface CountProps {
  id: string;
  /** The band the badge is drawn in (a city drawn whole at both scales has a badge in each). */
  band: CountBand;
  count: number;
  /** The count's class in its band (0: the lowest) and its colour (the legend's). */
  cls: number;
  color: string;
}

/** Badges at the label points of the areas of each band with at least one item, in the classes and
 * colours the shaded map gives the area. */
export function itemCountFeatures(labels: Feature<Point>[], counts: Map<string, number>, bands: Record<CountBand, BandCounts>): FeatureCollection<Point, CountProps> {
  const features: Feature<Point, CountProps>[] = [];
  for (const band of COUNT_BANDS) {
    const b = bands[band];
    for (const f of labels) {
      const id = String(f.properties?.id);
      const count = counts.get(id) ?? 0;
      const level = String(f.properties?.level);
      // 中山 is both a city and its own county unit: one badge per band.
      if (count === 0 || !b.colors.has(id) || (band === 'gba' ? level !== 'city' : level === 'city' && f.properties?.westBank === true)) continue;
      const cls = Math.max(0, b.classes.findLastIndex((c) => count >= c.min));
      features.push({ type: 'Feature', geometry: f.geometry, properties: { id, band, count, cls, color: b.colors.get(id)! } });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** A round badge as a signed distance field (MapLibre's convention: the edge at 3/4, 8 steps a pixel),
 * so each badge takes its class colour and a white halo as its ring. */
export function badgeImage(radius: number = BADGE.radius, buffer = 6): { width: number; height: number; data: Uint8Array } {
  const side = 2 * (radius + buffer);
  const data = new Uint8Array(side * side * 4);
  const c = side / 2;
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const a = Math.max(0, Math.min(255, Math.round(192 + (radius - d) * 32)));
      data.set([255, 255, 255, a], (y * side + x) * 4);
    }
  return { width: side, height: side, data };
}
