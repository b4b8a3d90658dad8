// Plan text in the reader's script, and exports for a report (issue #15): a Hong Kong officer reads
// 004 in Traditional characters with the printed text one click away; a 简体 reader gets 000 in
// Simplified; an English reader picks the script; a planner downloads the filtered items as a CSV
// Excel opens, and the places they name as GeoJSON; a host page gets the same files as Blobs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanItem, Unit } from '../../src/contracts/corpus.ts';
import { launchChromium } from '../support/chromium.ts';
import { withAtlas as withPage, waitForLink, type openAtlas } from './atlasPage.ts';

const root = resolve(import.meta.dirname, '../..');
const items = JSON.parse(readFileSync(resolve(root, 'public/data/plan-items.json'), 'utf8')) as PlanItem[];
const units = JSON.parse(readFileSync(resolve(root, 'public/data/units.json'), 'utf8')) as Unit[];
const today = new Map(units.filter((u) => u.renamedTo).map((u) => [u.name, u.renamedTo!.name]));
const LEAD = '省交通运输厅';
const led = items.filter((i) => i.kind !== 'context' && (i.leadUnits.length ? i.leadUnits : (i.inherited?.leadUnits ?? [])).map((n) => today.get(n) ?? n).includes(LEAD));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The shared check (no console error, no request off the app's origin), with the page. */
const withAtlas = (opts: Parameters<typeof openAtlas>[1], body: (page: Page) => Promise<void>) => withPage(browser, opts, (atlas) => body(atlas.page));

const cardText = (page: Page, name: string) => page.getByRole('region', { name }).locator('.item-text').innerText();

describe('plan text in the reader’s script', () => {
  it('reads 004 in Traditional (Hong Kong usage) in 繁體, says it was converted, and shows the printed text on 原文', async () => {
    await withAtlas({ query: '?lang=zh-Hant', hash: '#sel=items:004-2.4.1-p1' }, async (page) => {
      const card = page.getByRole('region', { name: '所選地區' });
      await card.locator('.item-text').waitFor();
      expect(await cardText(page, '所選地區')).toContain('支持服務橫琴粵澳深度合作區建設');
      expect(await cardText(page, '所選地區')).not.toContain('横琴粤澳深度合作区');
      expect(await card.locator('.text-converted-note').innerText()).toBe('由原文（簡體）自動轉換，原文見「原文」。');
      const toggle = card.getByRole('group', { name: '規劃原文的字體' });
      await toggle.getByRole('button', { name: '原文' }).click();
      await waitForLink(page, 'text=original');
      expect(await toggle.getByRole('button', { name: '原文' }).getAttribute('aria-pressed')).toBe('true');
      expect(await cardText(page, '所選地區')).toContain('支持服务横琴粤澳深度合作区建设');
      expect(await card.locator('.text-converted-note').count()).toBe(0);
      await toggle.getByRole('button', { name: '轉換' }).click();
      await waitForLink(page, 'text=', false);
      expect(await cardText(page, '所選地區')).toContain('橫琴粵澳深度合作區');
      // The item list too: its rows, and the same toggle above them.
      await page.getByRole('button', { name: '規劃事項', exact: true }).click();
      const list = page.getByRole('complementary', { name: '規劃事項' });
      await list.getByRole('searchbox').fill('橫琴粵澳深度合作區');
      await list.locator('.item-title').first().waitFor();
      const titles = await list.locator('.item-title').allInnerTexts();
      expect(titles.join('')).not.toMatch(/[横琴粤澳]{4}深度合作区/);
      expect(await list.getByRole('group', { name: '規劃原文的字體' }).count()).toBe(1);
    });
  });

  it('quotes a structure element’s definition in 繁體 too, with 原文 one click away', async () => {
    await withAtlas({ query: '?lang=zh-Hant', hash: '#sel=structures:core-zhuhai' }, async (page) => {
      const card = page.getByRole('region', { name: '所選地區' });
      const quote = card.locator('.selection-quote');
      await quote.waitFor();
      expect(await quote.innerText()).toContain('支持服務橫琴粵澳深度合作區建設');
      expect(await quote.getAttribute('lang')).toBe('zh-Hant');
      expect(await card.locator('.text-converted-note').innerText()).toBe('由原文（簡體）自動轉換，原文見「原文」。');
      await card.getByRole('button', { name: '原文' }).click();
      await page.waitForFunction(() => document.querySelector('.selection-quote')?.textContent?.includes('支持服务横琴粤澳深度合作区建设'));
    });
  });

  it('fixes what the phrase tables get wrong: 提供制度保障 stays 制度 in 繁體', async () => {
    const item = items.find((i) => i.textHans.includes('提供制度保障'))!;
    await withAtlas({ query: '?lang=zh-Hant', hash: `#sel=items:${item.id}` }, async (page) => {
      await page.getByRole('region', { name: '所選地區' }).locator('.item-text').waitFor();
      const text = await cardText(page, '所選地區');
      expect(text).toContain('提供制度保障');
      expect(text).not.toContain('製度');
    });
  });

  it('reads 000 (printed in Traditional) in Simplified in 简体, with the printed text on 原文', async () => {
    const item = items.find((i) => i.id === '000-8.2.1-3')!;
    await withAtlas({ hash: `#sel=items:${item.id}` }, async (page) => {
      const card = page.getByRole('region', { name: '所选地区' });
      await card.locator('.item-text').waitFor();
      expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe('(3) 加强公众参与的多方磋商渠道和平台建设，形成多元主体共同参与的协调机制');
      expect(await card.locator('.text-converted-note').innerText()).toBe('由原文（繁体）自动转换，原文见“原文”。');
      await card.getByRole('button', { name: '原文' }).click();
      await page.waitForFunction(() => document.querySelector('.selection-card h2')?.textContent === '(3) 加強公眾參與的多方磋商渠道和平台建設，形成多元主體共同參與的協調機制');
    });
  });

  it('lets an English reader choose the script of the (Chinese) plan text, and names places in English', async () => {
    await withAtlas({ query: '?lang=en', hash: '#sel=items:004-2.4.1-p1' }, async (page) => {
      const card = page.getByRole('region', { name: 'Selected' });
      await card.locator('.item-text').waitFor();
      const group = card.getByRole('group', { name: 'Script of the plan text' });
      expect(await group.getByRole('button').allInnerTexts()).toEqual(['Simplified', 'Traditional', 'As printed']);
      expect(await cardText(page, 'Selected')).toContain('横琴粤澳深度合作区');
      await group.getByRole('button', { name: 'Traditional' }).click();
      await waitForLink(page, 'text=Hant');
      expect(await cardText(page, 'Selected')).toContain('橫琴粵澳深度合作區');
      expect(await card.locator('.text-converted-note').innerText()).toBe('Converted automatically from the printed text (Simplified Chinese); “As printed” shows it.');
      expect(await card.locator('.selection-kicker').innerText()).toBe('004 Development Plan for the Pearl River Estuary West Bank Metropolitan Area');
      // The map's credits too, and they follow a switch of language at run time.
      const credits = page.locator('.maplibregl-ctrl-attrib');
      expect(await credits.innerText()).toContain('Data: Tianditu');
      expect(await credits.innerText()).not.toContain('数据来源');
      await page.evaluate(() => window.gbaAtlas.run('locale.set', { locale: 'zh-Hant' }));
      await page.waitForFunction(() => document.querySelector('.maplibregl-ctrl-attrib')?.textContent?.includes('資料來源：天地圖'));
      expect(await page.locator('.maplibregl-ctrl-attrib').count()).toBe(1);
      await page.evaluate(() => window.gbaAtlas.run('locale.set', { locale: 'en' }));
      await page.waitForFunction(() => document.querySelector('.maplibregl-ctrl-attrib')?.textContent?.includes('Data: Tianditu'));
      // A place's card leads with its English name.
      await page.evaluate(() => window.gbaAtlas.run('selection.set', { kind: 'places', id: 'hengqin', camera: 'keep' }));
      await page.waitForFunction(() => document.querySelector('.selection-card h2')?.textContent === 'Hengqin');
    });
  });
});

describe('English chrome', () => {
  it('leaves no Chinese in the English interface outside plan text, names marked as Chinese and data quoted as written, on every panel and card', async () => {
    // Each main state: the three panels, and a card of each kind.
    const states = ['#panel=items', '#panel=layers', '#panel=summary', '#sel=items:004-2.4.1-p1', '#sel=places:hengqin', '#sel=admin:440400', '#sel=structures:core-zhuhai'];
    await withAtlas({ query: '?lang=en' }, async (page) => {
      await page.waitForFunction(() => document.querySelector('.toolbar') !== null);
      const leaks: string[] = [];
      for (const hash of states) {
        await page.evaluate((h) => {
          location.hash = h;
        }, hash);
        // The panel or card has drawn, and the data it lists is here.
        await page.waitForFunction(() => document.querySelector('.side-panel .item-row, .side-panel .layer-toggle, .side-panel .summary-body, .selection-card .selection-name') !== null);
        await page.waitForTimeout(300);
        leaks.push(
          ...(await page.evaluate((h) => {
            const out: string[] = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement!;
              if (!/\p{Script=Han}/u.test(n.textContent ?? '') || el.closest('[lang^="zh"], [data-verbatim], noscript')) continue;
              out.push(`${h} ${el.tagName.toLowerCase()}.${el.className}: ${(n.textContent ?? '').slice(0, 50)}`);
            }
            return out;
          }, hash)),
        );
      }
      expect([...new Set(leaks)]).toEqual([]);
    });
  });
});

describe('export data', () => {
  it('downloads exactly the filtered items as a CSV Excel reads as UTF-8, and their places as GeoJSON', async () => {
    await withAtlas({ hash: `#panel=items&lead=${encodeURIComponent(LEAD)}`, contextOptions: { acceptDownloads: true } }, async (page) => {
      const list = page.getByRole('complementary', { name: '规划事项' });
      const group = list.getByRole('group', { name: '导出' });
      await group.waitFor();
      expect(await list.locator('.item-count').innerText()).toMatch(new RegExp(`^显示 ${led.length} / `));

      const csvDownload = page.waitForEvent('download');
      await group.getByRole('button', { name: '事项 CSV' }).click();
      const csvFile = await csvDownload;
      const day = new Date().toISOString().slice(0, 10);
      expect(csvFile.suggestedFilename()).toBe(`gba-plan-items_${day}_lead-${LEAD}.csv`);
      const bytes = readFileSync(await csvFile.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = csvParseRows(bytes.toString('utf8').slice(1).replace(/\r\n/g, '\n').trimEnd());
      expect(rows[0]!.slice(0, 4)).toEqual(['编号', '文件', '序号', '标题']);
      expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(led.map((i) => i.id).sort());
      const first = led[0]!;
      const row = rows.find((r) => r[0] === first.id)!;
      expect(row[4]).toBe(first.textHans);
      expect(row[11]).toMatch(new RegExp(`^${first.docId}_[0-9a-f]+\\.txt:${first.sourceLines[0]}-${first.sourceLines[1]}$`));

      const geoDownload = page.waitForEvent('download');
      await group.getByRole('button', { name: '地点 GeoJSON' }).click();
      const geoFile = await geoDownload;
      expect(geoFile.suggestedFilename()).toBe(`gba-plan-places_${day}_lead-${LEAD}.geojson`);
      const fc = JSON.parse(readFileSync(await geoFile.path(), 'utf8')) as GeoJSON.FeatureCollection;
      expect(fc.type).toBe('FeatureCollection');
      expect(fc.features.length).toBeGreaterThan(5);
      const ids = new Set(led.map((i) => i.id));
      for (const f of fc.features) {
        expect(f.type).toBe('Feature');
        expect(f.geometry === null || ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'].includes(f.geometry.type), String(f.id)).toBe(true);
        const its = f.properties!.items as string[];
        expect(its.length).toBeGreaterThan(0);
        for (const id of its) expect(ids.has(id), id).toBe(true);
      }
    });
  });

  it('gives a host page the files as Blobs through gbaAtlas.run, and refuses a format it does not know', async () => {
    await withAtlas({ hash: '#panel=items&doc=002' }, async (page) => {
      await page.getByRole('complementary', { name: '规划事项' }).getByRole('group', { name: '导出' }).waitFor();
      const out = await page.evaluate(async () => {
        const csv = await window.gbaAtlas.run('export.data', { format: 'csv' });
        const geo = await window.gbaAtlas.run('export.data', { format: 'geojson' });
        const bad = await window.gbaAtlas.run('export.data', { format: 'xlsx' });
        // Blob.text() drops a BOM: the first bytes are read as bytes.
        const read: ({ type: string; head: number[]; text: string } | null)[] = [];
        for (const r of [csv, geo])
          read.push(r.ok && r.result instanceof Blob ? { type: r.result.type, head: [...new Uint8Array(await r.result.slice(0, 3).arrayBuffer())], text: await r.result.text() } : null);
        return { csv: read[0], geo: read[1], bad };
      });
      expect(out.csv!.type).toBe('text/csv;charset=utf-8');
      expect(out.csv!.head).toEqual([0xef, 0xbb, 0xbf]);
      expect(out.csv!.text.startsWith('编号,')).toBe(true);
      expect(csvParseRows(out.csv!.text.replace(/\r\n/g, '\n').trimEnd())).toHaveLength(1 + items.filter((i) => i.docId === '002' && i.kind !== 'context').length);
      expect(out.geo!.type).toBe('application/geo+json');
      expect(JSON.parse(out.geo!.text).type).toBe('FeatureCollection');
      expect(out.bad).toMatchObject({ ok: false, error: expect.stringContaining('format') });
    });
  });
});
