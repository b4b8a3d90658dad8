// Boots one atlas on the page: the state from the link, the URL and the document kept in step with
// it, `window.gbaAtlas` for the host page, and the React shell.
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { AtlasContext } from './app/AtlasContext.tsx';
import { createAtlasInstance } from './app/atlasInstance.ts';
import { bindDocument } from './app/bindDocument.ts';
import { isFramed, startHashSync } from './app/hashSync.ts';
import { startPresentSync } from './app/presentSync.ts';
import { startOffline } from './app/offline.ts';
import { decodeHash } from './kernel/hash.ts';
import { defaultSnapshot } from './kernel/defaults.ts';
import { createPublicApi, type GbaAtlasApi } from './embed/publicApi.ts';
import { parseEmbedOptions } from './embed/options.ts';
import { loadMessages, pickLocale } from './i18n/messages.ts';
import { bindMessages } from './app/bindMessages.ts';
import './ui/base.css';

declare global {
  interface Window {
    gbaAtlas: GbaAtlasApi;
  }
}

const framed = isFramed();
// Embed mode (`?embed=1`, or framed by another page): its options come from the query.
const embed = parseEmbedOptions(window.location.search, framed);
// A host page may speak before the postMessage API's code has loaded: keep what it says until then.
const early: MessageEvent[] = [];
const keep = (e: MessageEvent) => early.length < 100 && early.push(e);
if (embed.embedded && framed) window.addEventListener('message', keep);
const defaultLocale = pickLocale(window.location.search);
// The link's state, before the first render, so the map is created with its view, layers and language.
const { snapshot, ignored, hasView } = decodeHash(window.location.hash, defaultSnapshot(defaultLocale));
const instance = createAtlasInstance(snapshot, { defaultLocale, opensOnView: hasView, embed });
if (ignored.length || embed.ignored.length) instance.notify({ message: 'urlIgnored', quotes: [...embed.ignored, ...ignored] });
// A link with a selection but no view of its own opens with that selection in view.
if (snapshot.selection && !hasView) instance.store.getState().actions.cameraRequested({ kind: 'fit-selection', selection: snapshot.selection });
// `?view=presenter`: the presenter's window of a presentation (notes, next slide, timer), no map of its own.
const presenter = new URLSearchParams(window.location.search).get('view') === 'presenter';
const PresenterWindow = lazy(() => import('./present/PresenterWindow.tsx').then((m) => ({ default: m.PresenterWindow })));
if (presenter) instance.store.getState().actions.loadSucceeded();
bindMessages(instance);
bindDocument(instance);
startHashSync(instance);
startPresentSync(instance);
// Embedded, nothing is stored until the visitor acts: no service worker (it would fill the cache).
if (!presenter && !embed.embedded) startOffline(instance);
window.gbaAtlas = createPublicApi(instance, __APP_VERSION__);
if (embed.embedded && framed) {
  void import('./embed/messageBridge.ts').then(({ startMessageBridge }) => {
    const bridge = startMessageBridge(instance, embed);
    window.removeEventListener('message', keep);
    for (const e of early.splice(0)) bridge.receive(e);
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <AtlasContext.Provider value={instance}>
        {presenter ? (
          <Suspense fallback={null}>
            <PresenterWindow />
          </Suspense>
        ) : (
          <App />
        )}
      </AtlasContext.Provider>
    </StrictMode>,
  );
// The first render waits for the UI strings of the link's language (Simplified Chinese is built in);
// if they cannot be loaded the interface starts in Simplified Chinese rather than not at all.
loadMessages(instance.store.getState().locale).then(render, (e: unknown) => {
  console.warn('UI strings could not be loaded:', e);
  render();
});
