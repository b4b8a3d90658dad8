// `export.data`: the items the filters show now (the list's own search) as a CSV, or the places they
// name as GeoJSON, as a Blob for the caller; from the app's own button it is also downloaded. Loads
// with the first export, never with the first map.
import type { Feature, Geometry } from 'geojson';
import type { AtlasData } from '../data/lookup.ts';
import type { AtlasStoreApi } from '../kernel/store.ts';
import { themeLabel } from '../contracts/corpus.ts';
import { findAdmin, findPlace } from '../data/lookup.ts';
import { nameIn } from '../i18n/names.ts';
import { CommandError } from '../kernel/commands.ts';
import { countedPlaces, currentNames } from '../search/itemFacts.ts';
import { searchIndexes } from '../search/indexes.ts';
import { searchItems } from '../search/itemSearch.ts';
import { exportFileName, itemsCsv, placesGeoJson, type ExportContext } from './itemsExport.ts';

export { download } from './download.ts';

export type DataFormat = 'csv' | 'geojson';

export interface DataExport {
  blob: Blob;
  fileName: string;
  /** How many items (CSV) or places (GeoJSON) it holds. */
  count: number;
}

export function exportData(inst: AtlasData & { store: AtlasStoreApi }, format: DataFormat, now = new Date()): DataExport {
  const indexes = searchIndexes(inst);
  const { corpus, links } = inst;
  if (!indexes || !corpus || !links) throw new CommandError('the plan items have not loaded yet');
  const s = inst.store.getState();
  const items = searchItems(indexes.items, s.filters);
  const english = new Map(corpus.units.map((u) => [u.name, u.en]));
  const current = currentNames(corpus.units);
  const ctx: ExportContext = {
    locale: s.locale,
    text: s.text,
    docs: corpus.docs,
    placesOf: (item) => countedPlaces(links.items.get(item.id), s.filters.textOnly),
    feature: (id, layer) => (layer === 'admin' ? findAdmin(inst, id) : findPlace(inst, id)) as Feature<Geometry | null> | undefined,
    placeName: (f) => nameIn(f.properties, s.locale) || nameIn(f.properties, s.locale, 'shortName'),
    unitName: (name) => {
      const today = current.get(name) ?? name;
      return (s.locale === 'en' && english.get(today)) || today;
    },
    themeName: (id) => themeLabel(id, s.locale),
  };
  if (format === 'csv') {
    return { blob: new Blob([itemsCsv(items, ctx)], { type: 'text/csv;charset=utf-8' }), fileName: exportFileName('items', s.filters, now, 'csv'), count: items.length };
  }
  const fc = placesGeoJson(items, ctx);
  return { blob: new Blob([JSON.stringify(fc)], { type: 'application/geo+json' }), fileName: exportFileName('places', s.filters, now, 'geojson'), count: fc.features.length };
}
