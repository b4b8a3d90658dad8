import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../contracts/label.ts';
import { formatList } from './format.ts';
import { loadMessages, MESSAGE_KEYS, messagesLoaded, messageTable, onMessagesLoaded, pickLocale, translator } from './messages.ts';
import { renderNotice } from './renderNotice.ts';

const han = /\p{Script=Han}/u;
/** English messages that name Chinese column headers a file may have (the words themselves are data). */
const EN_WITH_CHINESE = new Set(['userDataErrColumns']);
const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// First, before any table is loaded: a language not yet loaded reads in Simplified Chinese, and
// those listening hear when its table arrives.
describe('a language loaded on demand', () => {
  it('falls back to Simplified Chinese until its table arrives, then says so', async () => {
    expect(messagesLoaded('zh-Hans')).toBe(true);
    expect(messagesLoaded('en')).toBe(false);
    expect(translator('en')('appTitle')).toBe('大湾区规划图集');
    let heard = 0;
    const off = onMessagesLoaded(() => heard++);
    await Promise.all([loadMessages('en'), loadMessages('en')]);
    off();
    expect(heard).toBe(1);
    expect(messagesLoaded('en')).toBe(true);
    expect(translator('en')('appTitle')).toBe('GBA Plan Atlas');
    expect(translator('en')('itemsShowing', { shown: 3, total: 4530 })).toBe('Showing 3 of 4,530');
  });
});

describe('UI strings', () => {
  beforeAll(() => Promise.all(LOCALES.map(loadMessages)));
  it('exist, non-empty, in every locale for every key, with the same placeholders', async () => {
    const hans = await messageTable('zh-Hans');
    for (const locale of LOCALES) {
      const table = await messageTable(locale);
      expect(Object.keys(table).sort(), locale).toEqual([...MESSAGE_KEYS].sort());
      for (const key of MESSAGE_KEYS) {
        expect(table[key]!.trim(), `${locale} ${key}`).not.toBe('');
        expect(slots(table[key]!), `${locale} ${key}`).toEqual(slots(hans[key]!));
      }
    }
  });

  it('are English in English (no Chinese left in the interface chrome)', async () => {
    const en = await messageTable('en');
    const left = MESSAGE_KEYS.filter((k) => !EN_WITH_CHINESE.has(k) && han.test(en[k]!));
    expect(left).toEqual([]);
  });

  it('pick the locale from ?lang= and fall back to Simplified Chinese for anything else', () => {
    expect(pickLocale('?lang=en')).toBe('en');
    expect(pickLocale('?lang=zh-Hant')).toBe('zh-Hant');
    expect(pickLocale('?lang=<script>')).toBe('zh-Hans');
    expect(pickLocale('')).toBe('zh-Hans');
    expect(translator('zh-Hant')('appTitle')).toBe('大灣區規劃圖集');
  });

  it('write numbers and lists the way each language does', () => {
    expect(translator('en')('itemsShowing', { shown: 3, total: 4530 })).toBe('Showing 3 of 4,530');
    expect(translator('zh-Hans')('itemsShowing', { shown: 453, total: 453 })).toBe('显示 453 / 453 项');
    expect(translator('en')('itemsShowing', { shown: '__proto__' })).toBe('Showing __proto__ of {total}');
    expect(formatList('zh-Hans', ['中山', '江门', '阳江'])).toBe('中山、江门、阳江');
    expect(formatList('en', ['Zhongshan', 'Jiangmen', 'Yangjiang'])).toBe('Zhongshan, Jiangmen, and Yangjiang');
  });
});

describe('notices', () => {
  beforeAll(() => Promise.all(LOCALES.map(loadMessages)));
  it('are worded in the language of the moment, with their quotes cut to 80 characters', () => {
    const notice = { message: 'urlIgnored' as const, quotes: ['map=far/away', `q=${'x'.repeat(500)}`] };
    const zh = renderNotice(translator('zh-Hans'), notice);
    expect(zh.startsWith('链接中无法识别、已忽略的部分：map=far/away、q=xxx')).toBe(true);
    expect(zh.length).toBeLessThan(120);
    expect(renderNotice(translator('en'), notice).startsWith('Parts of the link that were not understood and were ignored: map=far/away, ')).toBe(true);
  });

  it('translate the words inside them too (a file’s skipped features)', () => {
    const notice = {
      message: 'userDataSkipped' as const,
      values: { name: 'sites.csv', kept: 3, skipped: 2, reasons: [{ message: 'userDataReasonNoGeometry' as const, values: { count: 2 } }] },
    };
    expect(renderNotice(translator('zh-Hant'), notice)).toBe('「sites.csv」：已新增 3 個圖徵，略過 2 個（無幾何 2 個）。');
    expect(renderNotice(translator('en'), notice)).toBe('“sites.csv”: added 3 features, skipped 2 (2 without geometry).');
  });
});
