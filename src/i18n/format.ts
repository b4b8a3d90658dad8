// Lists and numbers in the UI language: 中山、江门、阳江 in Chinese, “Zhongshan, Jiangmen, and Yangjiang”
// in English (Intl), 4,530 in both.
import type { Locale } from '../contracts/label.ts';

const lists = new Map<Locale, Intl.ListFormat>();

export function formatList(locale: Locale, items: readonly string[]): string {
  // Chinese plan language lists with 、 throughout (Intl would end with 和).
  if (locale !== 'en') return items.join('、');
  let f = lists.get(locale);
  if (!f) lists.set(locale, (f = new Intl.ListFormat('en', { type: 'conjunction' })));
  return f.format(items);
}

/** Fills `{name}` placeholders in a label's text (own keys only; an unknown name stays as written). */
export const fill = (text: string, values: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(values, k) ? String(values[k]) : m));
