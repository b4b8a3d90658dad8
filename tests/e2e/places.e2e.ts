// The plan's places and structure on the map: 一核三极、两圈四轴 drawn at the GBA scale, a place
// and an axis answering a click with their provenance, and layers switched from the layer panel.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaceProperties, StructuresFile } from '../../src/contracts/places.ts';
import { launchChromium } from '../support/chromium.ts';
import { openAtlas, project, settledAfter, waitForMapSettled, type AtlasPage } from './atlasPage.ts';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(import.meta.dirname, '__screenshots__');
const read = <T>(path: string) => JSON.parse(readFileSync(resolve(root, 'public/data', path), 'utf8')) as T;
const structures = read<StructuresFile>('structures.json');
const element = (id: string) => structures.structures.flatMap((s) => s.elements).find((e) => e.id === id)!;
const airports = read<FeatureCollection<Point, PlaceProperties>>('places/airports.geojson');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const renderedIn = (page: Page, layers: string[]) =>
  page.evaluate((ls) => [...new Set(window.gbaAtlas.map!.queryRenderedFeatures({ layers: ls }).map((f) => f.properties.id as string))].sort(), layers);
const rendered = (page: Page, layer: string) =>
  page.evaluate((l) => [...new Set(window.gbaAtlas.map!.queryRenderedFeatures({ layers: [l] }).map((f) => f.properties.id as string))].sort(), layer);

describe('the structure at the GBA scale', () => {
  it('draws the core and three poles, the two circles and the four axes', async () => {
    const atlas = await openAtlas(browser);
    try {
      expect(await rendered(atlas.page, 'yihe-sanji-nodes')).toEqual(['core-zhuhai', 'pole-jiangmen', 'pole-yangjiang', 'pole-zhongshan']);
      expect(await rendered(atlas.page, 'liang-quan-fill')).toEqual(['close-circle', 'coop-circle']);
      const axes = await rendered(atlas.page, 'si-zhou-band');
      // 四轴: the Y-shaped innovation axis has two branches, so five lines in all.
      expect(axes).toEqual(['axis-coastal', 'axis-innovation-east', 'axis-innovation-west', 'axis-yangjiang-yunguang', 'axis-zjy-shenzhen']);
      expect(atlas.consoleErrors).toEqual([]);
      await atlas.page.screenshot({ path: resolve(shots, 'structure-gba.png') });
    } finally {
      await atlas.close();
    }
  });

  it('shows an axis’s verbatim definition, its seed line and the reading where the text is silent', async () => {
    const atlas = await openAtlas(browser);
    try {
      const coastal = element('axis-coastal');
      const [a, b] = (coastal.geometry as GeoJSON.LineString).coordinates.slice(4, 6) as [[number, number], [number, number]];
      // The midpoint of a segment (恩平–台山) where no channel or road lies on the band at this scale:
      // a place drawn on the band would rightly be picked first.
      const at = await project(atlas.page, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
      await atlas.page.mouse.click(at.x, at.y);
      const card = atlas.page.getByRole('region', { name: '所选地区' });
      await card.waitFor();
      expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe('沿海经济发展轴');
      const text = await card.innerText();
      expect(text).toContain(coastal.def.text.slice(0, 40));
      expect(text).toContain(`004 第 ${coastal.def.line} 行`);
      // The reading (which axes are 横) in the UI's own script, not the English working note.
      expect(text).toContain(`释读（原文未明言）：${coastal.interpretation!['zh-Hans']}`);
      expect(text).toContain('示意');
      // “What is planned along the coastal axis?” — the items naming its channels and nodes.
      const along = card.getByRole('region', { name: '涉及其通道与节点的规划事项' });
      await along.waitFor();
      expect(await along.getByRole('listitem').count()).toBeGreaterThan(3);
      await atlas.page.screenshot({ path: resolve(shots, 'axis-card.png') });
    } finally {
      await atlas.close();
    }
  });
});

describe('places', () => {
  it('shows a circle as exact (a union of county polygons), with its reading and no empty item list', async () => {
    const atlas = await openAtlas(browser, { hash: '#sel=structures:close-circle' });
    try {
      const card = atlas.page.getByRole('region', { name: '所选地区' });
      await card.getByRole('heading', { level: 2, name: '紧密合作圈' }).waitFor();
      const text = await card.innerText();
      expect(text).toContain('位置精度\n精确');
      expect(text).toContain(`释读（原文未明言）：${element('close-circle').interpretation!['zh-Hans']}`);
      expect(await card.getByRole('region', { name: '涉及其通道与节点的规划事项' }).count()).toBe(0);
    } finally {
      await atlas.close();
    }
  });

  it('answers a click on 珠海金湾机场 with its names, type, status, precision and source', async () => {
    const zuh = airports.features.find((f: Feature<Point, PlaceProperties>) => f.properties.name === '珠海金湾机场')!;
    const [lng, lat] = zuh.geometry.coordinates as [number, number];
    const atlas = await openAtlas(browser, { hash: `#map=10/${lat}/${lng}` });
    try {
      const at = await project(atlas.page, [lng, lat]);
      await atlas.page.mouse.click(at.x, at.y);
      // Zones anchored at the airport (珠海空港经济区 …) share its point: then the click asks which is meant.
      const sharing = read<FeatureCollection<Point, PlaceProperties>>('places/zones.geojson').features.filter((f) => f.geometry?.coordinates.join() === zuh.geometry.coordinates.join());
      if (sharing.length) {
        const chooser = atlas.page.getByRole('dialog', { name: /^此处有 \d+ 个地点$/ });
        await chooser.waitFor();
        expect((await chooser.getByRole('button').allInnerTexts()).sort()).toEqual(['珠海金湾机场', ...sharing.map((f) => f.properties.name)].sort());
        await chooser.getByRole('button', { name: '珠海金湾机场' }).click();
      }
      const card = atlas.page.getByRole('region', { name: '所选地区' });
      await card.waitFor();
      expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe('珠海金湾机场');
      const text = await card.innerText();
      for (const expected of ['珠海金灣機場', zuh.properties['name:en'], '机场', '已建成运营', '精确', zuh.properties.source]) {
        expect(text).toContain(expected);
      }
      expect(await atlas.page.evaluate(() => window.gbaAtlas.getState().selection)).toEqual({ kind: 'places', id: zuh.properties.id });
      await atlas.page.screenshot({ path: resolve(shots, 'place-card-zuh.png') });
    } finally {
      await atlas.close();
    }
  });

  it('adds a place’s note where its data has one (深中通道 opened after the plan was written)', async () => {
    const link = read<FeatureCollection<GeoJSON.Geometry, PlaceProperties>>('places/channels.geojson').features.find((f) => f.properties.id === 'shenzhong-link')!;
    expect(link.properties.note).toBeTruthy();
    const atlas = await openAtlas(browser, { hash: '#sel=places:shenzhong-link' });
    try {
      const facts = atlas.page.getByRole('region', { name: '所选地区' }).locator('.selection-facts');
      await facts.waitFor();
      const note = facts.locator('div', { has: atlas.page.locator('dt', { hasText: '备注' }) });
      expect(await note.locator('dd').innerText()).toBe(link.properties.note);
    } finally {
      await atlas.close();
    }
  });
});

describe('a zone with a known extent', () => {
  it('draws 南沙 as an area, named once, and answers a click anywhere inside it', async () => {
    const atlas = await openAtlas(browser, { hash: '#map=10/22.75/113.55' });
    try {
      const { page } = atlas;
      await waitForMapSettled(page);
      // The legend loads after the map is ready: the spot is looked for once it is on screen, so it cannot cover it.
      await page.locator('.map-legend').waitFor();
      // A spot inside the area with nothing else selectable on top of it (no place symbol or line).
      const spot = await page.evaluate(() => {
        const map = window.gbaAtlas.map!;
        const { clientWidth: w, clientHeight: h } = map.getContainer();
        for (let y = 40; y < h; y += 20)
          for (let x = 440; x < w; x += 20) {
            // Where the map shows (not under the title, the toolbar or the legend).
            const r = map.getCanvas().getBoundingClientRect();
            if (document.elementFromPoint(r.left + x, r.top + y) !== map.getCanvas()) continue;
            const hits = map.queryRenderedFeatures([x, y]);
            const ours = hits.filter((f) => f.source.startsWith('places-') || f.source === 'structures');
            if (ours.length === 1 && ours[0]!.layer.id === 'places-zones-area') return { x, y };
          }
        return null;
      });
      expect(spot).not.toBeNull();
      const labels = await page.evaluate(() => window.gbaAtlas.map!.queryRenderedFeatures({ layers: ['places-zones-area-labels'] }).map((f) => f.properties.name));
      expect(labels).toEqual(['南沙']);
      const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
      await page.mouse.click(box.x + spot!.x, box.y + spot!.y);
      const card = page.getByRole('region', { name: '所选地区' });
      await card.waitFor();
      expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe('南沙');
      expect(await card.innerText()).toContain('南沙区全域');
      await page.screenshot({ path: resolve(shots, 'nansha-area.png') });
    } finally {
      await atlas.close();
    }
  });
});

describe('places that share a position', () => {
  it('asks which one is meant, by mouse or keyboard, instead of hiding all but the topmost', async () => {
    // 蓬江区's seat: the zones the plans name in 蓬江 without a site of their own are all anchored there.
    const seat: [number, number] = [113.07315, 22.59947];
    const zones = read<FeatureCollection<Point, PlaceProperties>>('places/zones.geojson').features.filter((f) => f.geometry.coordinates.join() === seat.join());
    expect(zones.length).toBeGreaterThan(3);
    const atlas = await openAtlas(browser, { hash: `#map=11/${seat[1]}/${seat[0]}` });
    try {
      const { page } = atlas;
      const at = await project(page, seat);
      await page.mouse.click(at.x, at.y);
      const chooser = page.getByRole('dialog', { name: /^此处有 \d+ 个地点$/ });
      await chooser.waitFor();
      const names = await chooser.getByRole('button').allInnerTexts();
      for (const z of zones) expect(names).toContain(z.properties.name);
      expect(await chooser.innerText()).toMatch(/其中 \d+ 个位置相同/);
      await page.screenshot({ path: resolve(shots, 'place-chooser.png') });
      // The first name has focus: Enter opens its card, and the list goes.
      expect(await chooser.getByRole('button').first().evaluate((b) => b === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      const card = page.getByRole('region', { name: '所选地区' });
      await card.waitFor();
      expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe(names[0]);
      expect(await chooser.count()).toBe(0);
      // Esc closes a reopened list and leaves the card open.
      await page.mouse.click(at.x, at.y);
      await chooser.waitFor();
      await page.keyboard.press('Escape');
      await chooser.waitFor({ state: 'detached' });
      expect(await card.count()).toBe(1);
      expect(atlas.consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});

describe('layer panel', () => {
  let atlas: AtlasPage;
  beforeAll(async () => {
    atlas = await openAtlas(browser);
    await atlas.page.getByRole('button', { name: '图层' }).click();
  });
  afterAll(() => atlas?.close());

  it('lists the groups with legends generated from the map style', async () => {
    const panel = atlas.page.getByRole('complementary', { name: '图层' });
    await panel.waitFor();
    const core = panel.locator('[data-group="structure-core"]');
    expect(await core.getByRole('checkbox').isChecked()).toBe(true);
    expect(await core.locator('.legend').innerText()).toContain('核心（珠海）');
    // Off by default, and without a legend until switched on.
    expect(await panel.locator('[data-group="heritage"]').getByRole('checkbox').isChecked()).toBe(false);
    expect(await panel.locator('[data-group="heritage"] .legend').count()).toBe(0);
    await atlas.page.screenshot({ path: resolve(shots, 'layer-panel.png') });
  });

  it('hides the axes when their box is unticked, and shows them again from the keyboard', async () => {
    const box = atlas.page.locator('[data-group="structure-axes"]').getByRole('checkbox');
    await settledAfter(atlas.page, () => box.click());
    expect(await atlas.page.evaluate(() => window.gbaAtlas.map!.getLayoutProperty('si-zhou-band', 'visibility'))).toBe('none');
    expect(await rendered(atlas.page, 'si-zhou-band')).toEqual([]);
    expect(await atlas.page.evaluate(() => window.gbaAtlas.getState().layers)).toEqual({ 'structure-axes': false });
    await box.focus();
    await atlas.page.keyboard.press('Space');
    await atlas.page.waitForFunction(() => window.gbaAtlas.map!.getLayoutProperty('si-zhou-band', 'visibility') === 'visible');
  });

  it('toggles rail by status: planned lines go, operating and building lines stay', async () => {
    const { page } = atlas;
    await settledAfter(page, () => page.evaluate(() => window.gbaAtlas.map!.jumpTo({ center: [113.3, 22.4], zoom: 9 })));
    // Each status class is drawn as one stroke layer per line class (rank 1 high-speed/intercity … 3 other).
    const railOf = (status: string) => renderedIn(page, [1, 2, 3].map((rank) => `places-rail-lines-${status}-${rank}`));
    const before = { built: await railOf('built'), planned: await railOf('planned') };
    // Around the estuary at zoom 9 the plans have lines of both kinds (广珠城际 runs; 深中城际 is studied).
    expect(before.built.length).toBeGreaterThan(0);
    expect(before.planned.length).toBeGreaterThan(0);
    const group = page.locator('[data-group="rail-planned"]');
    expect(await group.locator('.legend').innerText()).toContain('铁路（规划、研究）');
    await settledAfter(page, () => group.getByRole('checkbox', { name: '铁路（规划、研究）' }).click());
    expect(await page.evaluate(() => [1, 2, 3].map((r) => window.gbaAtlas.map!.getLayoutProperty(`places-rail-lines-planned-${r}`, 'visibility')))).toEqual(['none', 'none', 'none']);
    expect(await railOf('planned')).toEqual([]);
    expect(await railOf('built')).toEqual(before.built);
    expect(await page.evaluate(() => window.gbaAtlas.getState().layers)).toMatchObject({ 'rail-planned': false });
    await group.getByRole('checkbox').click();
    await page.waitForFunction(() => window.gbaAtlas.map!.getLayoutProperty('places-rail-lines-planned-1', 'visibility') === 'visible');
  });

  it('names under planned rail the lines the plans give no route for, and opens one’s card from there', async () => {
    const { page } = atlas;
    const notDrawn = read<FeatureCollection<Point | null, PlaceProperties>>('places/rail-lines.geojson').features.filter((f) => f.geometry === null);
    // The data's premise: such lines exist and are all only planned or studied (谋划, 研究).
    expect(notDrawn.length).toBeGreaterThan(0);
    expect(notDrawn.every((f) => ['concept', 'study', 'planned', 'reserved'].includes(f.properties.status))).toBe(true);
    const note = page.locator('[data-group="rail-planned"] .legend-unlocated');
    expect(await note.getByRole('button').allInnerTexts()).toEqual(notDrawn.map((f) => f.properties.name));
    expect(await page.locator('[data-group="rail-built"] .legend-unlocated').count()).toBe(0);
    const first = notDrawn[0]!.properties;
    await note.getByRole('button', { name: first.name }).click();
    await page.waitForFunction((id) => window.gbaAtlas.getState().selection?.id === id, first.id);
    expect(await page.getByRole('region', { name: '所选地区' }).locator('.selection-facts').innerText()).toContain('未在地图上标出');
    await page.evaluate(() => window.gbaAtlas.setState({ selection: null }));
  });

  it('dims a group with its opacity slider, keeping each layer’s own design, and puts it in the link', async () => {
    const slider = atlas.page.getByRole('slider', { name: '透明度：一核三极' });
    await slider.focus();
    // Keyboard, as a user would: Home to 0, then five steps of 10 %.
    await atlas.page.keyboard.press('Home');
    for (let i = 0; i < 5; i++) await atlas.page.keyboard.press('ArrowRight');
    await atlas.page.waitForFunction(() => window.gbaAtlas.map!.getPaintProperty('yihe-sanji-nodes', 'circle-stroke-opacity') === 0.5);
    expect(await atlas.page.evaluate(() => window.gbaAtlas.map!.getPaintProperty('yihe-sanji-nodes', 'circle-stroke-opacity'))).toBe(0.5);
    // The link follows once the slider settles.
    await atlas.page.waitForFunction(() => decodeURIComponent(location.hash).includes('opacity=structure-core:50'));
  });
});
