// Adapts the imperative map to React (react-map-gl's pattern: the map lives outside React state):
// creates it once the container exists and the basemap's first data is loaded, binds it to the
// state, reports progress and failure to the store, and removes it on unmount.
import { useEffect, type RefObject } from 'react';
import type { AtlasInstance } from '../app/atlasInstance.ts';
import { DataFileError } from '../data/fetchJson.ts';
import { loadBasemap } from '../data/loadBasemap.ts';
import { translator } from '../i18n/messages.ts';
import { bindMap } from './bind/index.ts';
import { createMap, WebGLUnavailableError } from './createMap.ts';
import { fileOfSource, ONLINE_PREFIX } from './sources.ts';

export function useAtlasMap(container: RefObject<HTMLDivElement | null>, inst: AtlasInstance): void {
  useEffect(() => {
    const { store } = inst;
    const { actions } = store.getState();
    let cancelled = false;
    let unbind = () => {};

    const fail = (e: unknown) => {
      if (cancelled) return;
      const t = translator(store.getState().locale);
      const message =
        e instanceof WebGLUnavailableError ? t('errorWebgl') : e instanceof DataFileError ? `${t('errorData')}${e.message}` : String((e as Error)?.message ?? e);
      actions.loadFailed(message);
    };

    loadBasemap(document.baseURI)
      .then((basemap) => {
        if (cancelled || !container.current) return;
        inst.basemap = basemap;
        const map = createMap(container.current, basemap, store.getState(), { fitDefault: !inst.opensOnView, embed: inst.embed });
        inst.map = map;
        map.on('error', (e) => {
          const sourceId = 'sourceId' in e && typeof e.sourceId === 'string' ? e.sourceId : undefined;
          // An online basemap's failures are its binding's to report (bind/basemap.ts), with a fallback.
          if (sourceId?.startsWith(ONLINE_PREFIX)) return;
          const file = sourceId ? fileOfSource(sourceId) : undefined;
          if (!file) return console.error('map error:', e.error?.message ?? e);
          const failure = new DataFileError(file, describeLoadError(e.error));
          if (store.getState().status === 'loading') fail(failure);
          else inst.notify({ message: 'errorData', quotes: [failure.message] });
        });
        // Layers exist only once the style has loaded; the state is bound to them from then on.
        map.once('load', () => {
          if (!cancelled) unbind = bindMap(map, inst);
        });
        // `idle` after the first full render: every source is loaded and every layer drawn.
        map.once('idle', () => {
          if (cancelled || store.getState().status === 'error') return;
          performance.mark('gbaAtlas:ready'); // read by `npm run bench`
          actions.loadSucceeded();
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
