import { describe, expect, it } from 'vitest';
import { findChromium } from './chromium.ts';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH when it exists', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome' || p === '/usr/bin/chromium')).toBe('/opt/chrome');
  });

  it('fails loudly when CHROMIUM_PATH points nowhere, instead of silently using another browser', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, (p) => p === '/usr/bin/chromium')).toThrow(/CHROMIUM_PATH.*\/nope/);
  });

  it('falls back to the system Chromium, and says how to install one when there is none', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
    expect(() => findChromium({}, () => false)).toThrow(/apt-get install -y chromium fonts-noto-cjk/);
  });
});
