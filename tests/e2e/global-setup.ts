// Builds the app once and serves dist/ under a sub-path for every end-to-end test file.
import { resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../support/chromium.ts';
import { startStaticServer } from '../support/staticServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export const APP_PATH = '/maps/gba/';

export default async function setup(project: TestProject) {
  findChromium(); // fail here, once, with the install hint, before building anything
  const root = resolve(import.meta.dirname, '../..');
  // E2E_DIST: another output folder, so that several test runs can build side by side.
  const outDir = resolve(root, process.env.E2E_DIST ?? 'dist');
  await build({ root, logLevel: 'warn', configFile: resolve(root, 'vite.config.ts'), build: { outDir, emptyOutDir: true } });
  const server = await startStaticServer([{ prefix: APP_PATH, dir: outDir }]);
  project.provide('appUrl', `${server.origin}${APP_PATH}`);
  return () => server.close();
}
