/// <reference types="vite-plugin-pwa/vanillajs" />
// Offline after one visit: registers the service worker that vite.config.ts has Workbox build (it
// precaches the app and every data file), so the atlas opens and presents with no network at all.
// Only in a built app, and only once the map and the panels' data have loaded and the page is
// idle, so precaching never competes with the first map. A newer version is never swapped in under
// an open page: it waits until every tab of the atlas is closed, and the user is told so.
import type { AtlasInstance } from './atlasInstance.ts';
import type { AtlasStore } from '../kernel/store.ts';

/** The longest wait for an idle moment after loading before registering anyway. */
const IDLE_TIMEOUT_MS = 2000;

export function startOffline(inst: AtlasInstance): void {
  // Any `vite build` (whose mode is 'production'), never the dev server. Not `import.meta.env.PROD`:
  // that follows NODE_ENV, which is 'test' when the e2e setup builds the app inside vitest.
  if (import.meta.env.MODE !== 'production' || !('serviceWorker' in navigator)) return;
  whenLoaded(inst, () => whenIdle(() => void register(inst)));
}

/** The map is drawn and the panels' data (fetched right after) has arrived or failed. */
const loaded = (s: AtlasStore) => s.status === 'ready' && (s.extrasStatus === 'ready' || s.extrasStatus === 'error');

function whenLoaded(inst: AtlasInstance, go: () => void): void {
  if (loaded(inst.store.getState())) return go();
  const unsubscribe = inst.store.subscribe((s) => {
    if (!loaded(s)) return;
    unsubscribe();
    go();
  });
}

function whenIdle(go: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(go, IDLE_TIMEOUT_MS);
}

async function register(inst: AtlasInstance): Promise<void> {
  try {
    // Loaded only now (with workbox-window), so none of it is in the main chunk.
    const { registerSW } = await import('virtual:pwa-register');
    registerSW({
      immediate: true,
      // The first install is quiet: the atlas simply works offline from then on.
      onNeedRefresh: () => inst.notify({ message: 'updateAvailable' }),
      // Never reload the page by itself (the default when a new worker takes control): the user decides.
      onNeedReload: () => {},
      onRegisterError: (e: unknown) => console.warn('Offline use is not available:', e),
    });
  } catch (e) {
    console.warn('Offline use is not available:', e);
  }
}
