// Writes the query of an embed URL (the share dialog and its tests): apart from options.ts, which
// every page loads, so that this stays in the share dialog's chunk.
import { DEFAULT_EMBED_CONTROLS, EMBED_CONTROLS, STATIC_EMBED_CONTROLS, type EmbedControl } from './options.ts';

/** The query string of an embed URL (`?embed=1&…`), the inverse of parseEmbedOptions. `lang` is the
 * page's default language. */
export function embedQuery(o: { controls?: readonly EmbedControl[]; interactive?: boolean; origins?: readonly string[]; frame?: string; lang?: string }): string {
  const q = new URLSearchParams();
  q.set('embed', '1');
  if (o.lang) q.set('lang', o.lang);
  if (o.interactive === false) q.set('interactive', '0');
  const defaults = o.interactive === false ? STATIC_EMBED_CONTROLS : DEFAULT_EMBED_CONTROLS;
  if (o.controls && (o.controls.length !== defaults.length || o.controls.some((c) => !defaults.includes(c)))) {
    q.set('controls', EMBED_CONTROLS.filter((c) => o.controls!.includes(c)).join(','));
  }
  if (o.origins?.length) q.set('origin', o.origins.join(','));
  if (o.frame) q.set('frame', o.frame);
  return `?${q.toString().replaceAll('%2C', ',')}`;
}
