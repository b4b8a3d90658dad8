// Loads public/data/links.json (items ↔ places) for the app.
import { DataFileError, fetchJson, type Fetch } from './fetchJson.ts';
import type { LinksFile } from '../contracts/links.ts';
import { LINKS_FILE } from '../contracts/manifest.ts';

export async function loadLinks(base: string, fetchImpl?: Fetch): Promise<LinksFile> {
  const json = (await fetchJson(LINKS_FILE, base, fetchImpl)) as Partial<LinksFile> | null;
  if (!json || typeof json.items !== 'object' || typeof json.placeItems !== 'object' || typeof json.placeFallbackItems !== 'object') {
    throw new DataFileError(LINKS_FILE, 'expected { items, placeItems, placeFallbackItems }');
  }
  return json as LinksFile;
}
