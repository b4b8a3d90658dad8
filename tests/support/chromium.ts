// Finds and launches the system Chromium for end-to-end tests and the bench. Never downloads a
// browser; if none is found, fails with a message saying how to install one (never skips).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists = existsSync): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
  }
  const found = CANDIDATES.find((p) => exists(p));
  if (found) return found;
  throw new Error(
    'No Chromium or Chrome found for the end-to-end tests. Install one ' +
      '(Debian/Ubuntu: `sudo apt-get install -y chromium fonts-noto-cjk`; macOS: install Google Chrome) ' +
      'or set CHROMIUM_PATH to its executable. Do not use `npx playwright install`.',
  );
}

// SwiftShader gives WebGL 2 without a GPU; the network flags keep Chromium from calling home, and the
// resolver rule makes any host other than 127.0.0.1 unresolvable, so an outside request cannot succeed.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}
