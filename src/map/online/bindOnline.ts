// The basemap the snapshot names, drawn under the plan layers: the built-in offline map, or an online one.
// Loaded by bind/basemap.ts with the first online basemap; from then on it follows every change. Tianditu without a key, or an online basemap that fails
// (HTTP error, no answer in time, no connection, a bad config), puts the built-in map back and says why.
// The Tianditu key is read from this browser's store, never from the state; a new key, or a new UI
// language (annotation and credits), loads the basemap again.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasInstance } from '../../app/atlasInstance.ts';
import type { AtlasState, BasemapId, NoticeText } from '../../kernel/state.ts';
import { BASEMAP_NAMES, onlineCredit } from './credits.ts';

type Online = typeof import('./onlineBasemap.ts');

/** Why an online basemap failed, in words for a notice. */
function reason(failure: import('./onlineBasemap.ts').Failure, tianditu: boolean): NoticeText {
  switch (failure.kind) {
    case 'http':
      return tianditu && (failure.status === 401 || failure.status === 403 || failure.status === 418)
        ? { message: 'basemapReasonKey', values: { status: failure.status } }
        : { message: 'basemapReasonHttp', values: { status: failure.status } };
    case 'timeout':
      return { message: 'basemapReasonTimeout', values: { seconds: failure.seconds } };
    case 'network':
      return { message: 'basemapReasonNetwork' };
    case 'invalid':
      return { message: 'basemapReasonInvalid', values: { detail: failure.detail } };
  }
}

export function bindOnlineBasemap(map: MapLibreMap, inst: AtlasInstance): () => void {
  const { store } = inst;
  /** What is on the map (or loading), and in which language. */
  let drawn: { id: BasemapId; locale: AtlasState['locale'] } = { id: 'offline', locale: store.getState().locale };
  let loading: AbortController | null = null;
  let online: Online | null = null;

  const fallBack = (from: BasemapId, why: NoticeText | null) => {
    online?.removeOnlineBasemap(map);
    drawn = { ...drawn, id: 'offline' };
    if (why) inst.notify({ message: 'basemapFailed', values: { name: { message: BASEMAP_NAMES[from] }, reason: why } });
    else inst.notify({ message: 'basemapNoKey' });
    if (store.getState().basemap === from) store.getState().actions.basemapChanged('offline');
  };

  const apply = async (force = false) => {
    const { basemap: want, locale } = store.getState();
    if (!force && want === drawn.id && (want === 'offline' || locale === drawn.locale)) return;
    loading?.abort();
    loading = null;
    if (want === 'offline') {
      online?.removeOnlineBasemap(map);
      drawn = { id: 'offline', locale };
      return;
    }
    const tianditu = want !== 'openfreemap';
    const key = inst.tiandituKey.get();
    if (tianditu && !key) return fallBack(want, null);
    drawn = { id: want, locale };
    const controller = new AbortController();
    loading = controller;
    try {
      online ??= await import('./onlineBasemap.ts');
      const config = await online.loadConfig(document.baseURI, controller.signal);
      await online.addOnlineBasemap(map, want, { config, key, locale, credit: onlineCredit(want, locale) ?? '', signal: controller.signal });
    } catch (e) {
      if (controller.signal.aborted) return;
      const failure = online && e instanceof online.BasemapFailure ? e.failure : { kind: 'invalid' as const, detail: String((e as Error)?.message ?? e) };
      fallBack(want, reason(failure, tianditu));
    } finally {
      if (loading === controller) loading = null;
    }
  };

  void apply();
  const offState = store.subscribe((s, prev) => {
    if (s.basemap !== prev.basemap || (s.locale !== prev.locale && s.basemap !== 'offline')) void apply();
  });
  // A key saved (or forgotten) while Tianditu is chosen: load it again with the new key.
  const offKey = inst.tiandituKey.subscribe(() => {
    if (store.getState().basemap.startsWith('tianditu')) void apply(true);
  });
  return () => {
    loading?.abort();
    offState();
    offKey();
  };
}
