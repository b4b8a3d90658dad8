import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// `base: './'` keeps every asset URL relative, so dist/ works unchanged from any sub-path
// (agencies host it under their own paths, e.g. /maps/gba/).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // Offline after one visit: a Workbox service worker precaches the app and every data file. It is
    // registered by src/app/offline.ts once the map is ready (never in dev), and a new version waits
    // until every tab of the atlas is closed ('prompt': no skipWaiting), so data never changes mid-talk.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      // The icon is in the precache through the glob below; the plugin adds manifest.webmanifest itself.
      includeManifestIcons: false,
      // The e2e global setup builds under NODE_ENV=test: still the minified, quiet production worker.
      mode: 'production',
      manifest: {
        name: '大湾区规划图集 · GBA Plan Atlas',
        short_name: '大湾区规划图集',
        description: '粤港澳大湾区规划图集：规划文件、规划事项与空间结构的交互地图',
        lang: 'zh-Hans',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#b5462f',
        background_color: '#fffdf8',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,woff,woff2}', 'data/**/*.{json,geojson}'],
        // The largest data file (plan-items.json) is about 1 MB and the main chunk about as large.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // A first visit's page is served from the cache too (its lazy panels, later data); an update
        // still only activates once no tab uses the old version, so nothing is swapped under a page.
        clientsClaim: true,
        skipWaiting: false,
        // Opening a data file's own URL shows the file, not the app.
        navigateFallbackDenylist: [/\/data\//],
      },
    }),
  ],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/support/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
