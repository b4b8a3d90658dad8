// Adapts the imperative map to React: creates it once the container exists and the data is loaded,
// reports progress and failure to the store, and removes it on unmount.
import { useEffect, type RefObject } from 'react';
import type { AtlasInstance } from '../app/atlasInstance.ts';
import { DataFileError } from '../data/fetchJson.ts';
import { maplibreLocale } from '../i18n/maplibreLocale.ts';
import { translator } from '../i18n/messages.ts';
import { publicState } from '../kernel/updaters.ts';
import { bindMap } from './bindMap.ts';
import { createMap, WebGLUnavailableError } from './createMap.ts';
import { fileOfSource, loadBasemap } from '../data/loadBasemap.ts';

export function useAtlasMap(container: RefObject<HTMLDivElement | null>, inst: AtlasInstance): void {
  useEffect(() => {
    const { store, events, locale } = inst;
    const t = translator(locale);
    const { actions } = store.getState();
    let cancelled = false;
    let unbind = () => {};

    const fail = (e: unknown) => {
      if (cancelled) return;
      const message =
        e instanceof WebGLUnavailableError
          ? t('errorWebgl')
          : e instanceof DataFileError
            ? `${t('errorData')}${e.message}`
            : String((e as Error)?.message ?? e);
      actions.loadFailed(message);
      events.emit('error', message);
    };

    loadBasemap(document.baseURI)
      .then((basemap) => {
        if (cancelled || !container.current) return;
        inst.basemap = basemap;
        const map = createMap(container.current, basemap, store.getState(), maplibreLocale(locale));
        inst.map = map;
        map.on('error', (e) => {
          const file = 'sourceId' in e && typeof e.sourceId === 'string' ? fileOfSource(e.sourceId) : undefined;
          if (!file) return console.error('map error:', e.error?.message ?? e);
          const failure = new DataFileError(file, describeLoadError(e.error));
          if (store.getState().status === 'loading') fail(failure);
          else actions.noticeAdded(`${t('errorData')}${failure.message}`);
        });
        // Layers exist only once the style has loaded; the store is bound to them from then on.
        map.once('load', () => {
          if (!cancelled) unbind = bindMap(map, inst);
        });
        // `idle` after the first full render: every source is loaded and every layer drawn.
        // `idle` after the first full render: every source is loaded and every layer drawn.
        map.once('idle', () => {
          if (cancelled || store.getState().status === 'error') return;
          actions.loadSucceeded();
          performance.mark('gbaAtlas:ready'); // read by `npm run bench`
          events.emit('ready', publicState(store.getState()));
        });
      })
      .catch(fail);

    return () => {
      cancelled = true;
      unbind();
      inst.map?.remove();
      inst.map = null;
    };
  }, [container, inst]);
}

/** MapLibre reports a failed fetch as an error with the HTTP status, and bad content with a message. */
function describeLoadError(error: unknown): string {
  const e = error as { status?: unknown; statusText?: unknown; message?: unknown } | undefined;
  if (typeof e?.status === 'number') return `HTTP ${e.status}${typeof e.statusText === 'string' && e.statusText ? ` ${e.statusText}` : ''}`;
  return typeof e?.message === 'string' ? e.message : 'could not be loaded';
}
