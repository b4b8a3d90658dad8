// Accessibility, as axe-core judges it, on every main state of the atlas in each of its three
// languages: the first screen, each panel (with a plan item opened in the list), a place card, a plan
// item's card, the share dialog, the shortcuts dialog, the deck chooser and a presented slide. Any
// serious or critical violation fails, named with its state and elements. First, on the same page,
// the landmarks a screen-reader user jumps between: the toolbar, the main area with the map, each panel.
//
// To check a new state, add it to STATES: a name and how a user gets there from the first screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/contracts/label.ts';
import { launchChromium } from '../support/chromium.ts';
import { openAtlas, waitForMapSettled } from './atlasPage.ts';
import { FAILING_IMPACTS, describeViolations, runAxe } from './axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

interface A11yState {
  name: string;
  /** From the first screen (no panel, card, dialog or deck), to this state, as a user gets there. */
  open(page: Page, locale: Locale): Promise<void>;
}

/** Follows a link within the page (as Back/Forward or a pasted link would). */
async function followLink(page: Page, hash: string) {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
}

/** Until the map is still and a frame has passed, so panels and cards have drawn. */
async function settled(page: Page) {
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await waitForMapSettled(page);
}

const visible = (page: Page, selector: string) => page.locator(selector).first().waitFor({ state: 'visible' });

async function openPanel(page: Page, key: string, panel: string, content: string) {
  await page.keyboard.press(key);
  await visible(page, `.side-panel[data-panel='${panel}'] ${content}`);
}

const STATES: readonly A11yState[] = [
  { name: 'first screen', open: async () => {} },
  {
    name: 'items panel, first item opened',
    open: async (page) => {
      await openPanel(page, 'i', 'items', '.item-row');
      await page.locator('.item-row .item-head').first().click();
      await visible(page, '.item-row .item-body');
    },
  },
  { name: 'layers panel', open: (page) => openPanel(page, 'l', 'layers', 'input') },
  { name: 'summary panel', open: (page) => openPanel(page, 's', 'summary', 'svg') },
  {
    name: 'place card',
    open: async (page, locale) => {
      await followLink(page, `#sel=places:hzmb&lang=${locale}`);
      await visible(page, '.selection-card');
    },
  },
  {
    name: 'plan item card (located from the items panel)',
    open: async (page) => {
      await openPanel(page, 'i', 'items', '.item-row');
      await page.locator('.item-row .item-locate').first().click();
      await visible(page, '.selection-card[data-kind="items"]');
    },
  },
  {
    name: 'share dialog',
    open: async (page) => {
      await page.locator('.toolbar-share').click();
      await visible(page, '.share-dialog');
    },
  },
  {
    name: 'shortcuts dialog',
    open: async (page) => {
      await page.keyboard.press('?');
      await visible(page, '.shortcuts-dialog');
    },
  },
  {
    name: 'deck chooser',
    open: async (page) => {
      await page.locator('.toolbar-present').click();
      await page.getByRole('dialog').first().waitFor();
    },
  },
  {
    name: 'presenting, slide 2',
    open: async (page, locale) => {
      await followLink(page, `#present=structure&slide=2&lang=${locale}`);
      await visible(page, '.present-caption');
    },
  },
];

/** Back to the first screen: dialogs closed with Escape, then a link with nothing but the language. */
async function reset(page: Page, locale: Locale) {
  for (let i = 0; i < 3 && (await page.getByRole('dialog').count()); i++) await page.keyboard.press('Escape');
  await followLink(page, `#lang=${locale}`);
  await page.waitForFunction(() => {
    const s = window.gbaAtlas.getState();
    return s.panel === null && s.selection === null && s.presentation === null;
  });
  await page.locator('.side-panel, .selection-card, .present-caption, [role="dialog"]').first().waitFor({ state: 'detached' });
  await visible(page, '.toolbar');
}

/** The accessible name of the one element with this role inside `within`. */
async function nameOf(page: Page, role: 'navigation' | 'main' | 'region' | 'complementary', within = page.locator('body')) {
  const found = within.getByRole(role);
  expect(await found.count(), `one ${role}`).toBe(1);
  return (await found.evaluate((el) => el.getAttribute('aria-label') ?? document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? '')).trim();
}

/** The toolbar, the main area with the map and each panel are landmarks with names. */
async function checkLandmarks(page: Page, locale: Locale) {
  const navName = await nameOf(page, 'navigation');
  expect(navName).not.toBe('');
  expect(await page.getByRole('navigation').getByRole('button').count()).toBeGreaterThanOrEqual(3);
  const main = page.getByRole('main');
  expect(await main.count()).toBe(1);
  // The map is a named region inside the main landmark.
  const mapName = await nameOf(page, 'region', main);
  expect(mapName).toMatch(locale === 'en' ? /\bmap\b/i : locale === 'zh-Hans' ? /地图/ : /地圖/);
  const panelNames: string[] = [];
  for (const [key, panel] of [['l', 'layers'], ['i', 'items'], ['s', 'summary']] as const) {
    await page.keyboard.press(key);
    await page.locator(`.side-panel[data-panel='${panel}']`).waitFor();
    const name = await nameOf(page, 'complementary');
    // Named as the toolbar button that opened it.
    expect(await page.getByRole('navigation').getByRole('button', { name, exact: true, pressed: true }).count(), name).toBe(1);
    panelNames.push(name);
  }
  expect(new Set([navName, mapName, ...panelNames]).size).toBe(5);
}

describe('accessibility', () => {
  it.each(LOCALES)('named landmarks, and no serious or critical axe violation in any main state, in %s', { timeout: 180_000 }, async (locale) => {
    const atlas = await openAtlas(browser, { hash: `#lang=${locale}` });
    const { page } = atlas;
    const failures: string[] = [];
    try {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      await checkLandmarks(page, locale);
      for (const state of STATES) {
        await reset(page, locale);
        await state.open(page, locale);
        await settled(page);
        const violations = await runAxe(page);
        failures.push(...describeViolations(`[${locale}] ${state.name}`, violations.filter((v) => v.impact && FAILING_IMPACTS.has(v.impact))));
      }
      expect(failures, `\n${failures.join('\n')}\n`).toEqual([]);
      expect(atlas.consoleErrors).toEqual([]);
      expect(atlas.foreignRequests).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});
