import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { AtlasContext } from './app/AtlasContext.tsx';
import { createAtlasInstance } from './app/atlasInstance.ts';
import { applyUrlHash } from './app/urlSync.ts';
import { createPublicApi, type GbaAtlasApi } from './embed/publicApi.ts';
import { pickLocale } from './i18n/messages.ts';
import './app/app.css';

declare global {
  interface Window {
    gbaAtlas: GbaAtlasApi;
  }
}

const locale = pickLocale(window.location.search);
document.documentElement.lang = locale;
const instance = createAtlasInstance(locale);
// Before the first render, so the map is created with the linked layers and selection.
applyUrlHash(instance, window.location.hash);
window.gbaAtlas = createPublicApi(instance, __APP_VERSION__);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AtlasContext.Provider value={instance}>
      <App />
    </AtlasContext.Provider>
  </StrictMode>,
);
