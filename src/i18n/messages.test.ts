import { expect, it } from 'vitest';
import { pickLocale, translator } from './messages.ts';

it('picks the locale from ?lang= and falls back to Simplified Chinese for anything else', () => {
  expect(pickLocale('?lang=en')).toBe('en');
  expect(pickLocale('?lang=zh-Hant')).toBe('zh-Hant');
  expect(pickLocale('?lang=<script>')).toBe('zh-Hans');
  expect(pickLocale('')).toBe('zh-Hans');
  expect(translator('zh-Hant')('appTitle')).toBe('大灣區規劃圖集');
  expect(translator('en')('itemsShowing', { shown: 3, total: 9 })).toBe('Showing 3 of 9');
});
