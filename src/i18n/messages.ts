// UI strings. Plan text and place names are never translated here: they come from the data.
import { LOCALES, type Locale } from '../contracts/label.ts';
import { messages as zhHans, type MessageKey, type Messages } from './messages/zh-Hans.ts';

export type { MessageKey, Messages };

// Simplified Chinese ships with the first screen (the default, and the fallback while another
// language's table is on its way); the others are chunks of their own, loaded when first shown.
const tables = new Map<Locale, Messages>([['zh-Hans', zhHans]]);
const loaders: Record<Locale, () => Promise<Messages>> = {
  'zh-Hans': () => Promise.resolve(zhHans),
  'zh-Hant': () => import('./messages/zh-Hant.ts').then((m) => m.messages),
  en: () => import('./messages/en.ts').then((m) => m.messages),
};
const pending = new Map<Locale, Promise<void>>();
const translators = new Map<Locale, Translate>();
const listeners = new Set<() => void>();
let version = 0;

export const messagesLoaded = (locale: Locale): boolean => tables.has(locale);

/** Loads a language's table (once; a failed load may be tried again). */
export function loadMessages(locale: Locale): Promise<void> {
  if (tables.has(locale)) return Promise.resolve();
  let p = pending.get(locale);
  if (!p) {
    p = loaders[locale]().then(
      (table) => {
        tables.set(locale, table);
        translators.delete(locale);
        version++;
        for (const l of listeners) l();
      },
      (e: unknown) => {
        pending.delete(locale);
        throw e;
      },
    );
    pending.set(locale, p);
  }
  return p;
}

/** Called when a language's table arrives (for what was drawn with the fallback meanwhile). */
export function onMessagesLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
/** Changes whenever a table arrives (for `useSyncExternalStore`). */
export const messagesVersion = (): number => version;

/** The UI language: `?lang=` when it names a known locale, else Simplified Chinese. */
export function pickLocale(search: string): Locale {
  const lang = new URLSearchParams(search).get('lang');
  return LOCALES.find((l) => l === lang) ?? 'zh-Hans';
}

/** `t('itemsShowing', { shown: 3, total: 9 })` fills `{shown}` and `{total}`; numbers are written the
 * way the language writes them (4,530). Pass a year as a string. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;


export function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    const table = tables.get(locale) ?? zhHans;
    const numbers = new Intl.NumberFormat(locale);
    t = (key, values) =>
      table[key].replace(/\{(\w+)\}/g, (m, name: string) => {
        const v = values && Object.hasOwn(values, name) ? values[name] : undefined;
        return v === undefined ? m : typeof v === 'number' ? numbers.format(v) : v;
      });
    if (tables.has(locale)) translators.set(locale, t);
  }
  return t;
}

/** Every message key, for the check that each locale has them all. */
export const MESSAGE_KEYS = Object.keys(zhHans) as MessageKey[];
export const messageTable = async (locale: Locale): Promise<Readonly<Record<string, string>>> => {
  await loadMessages(locale);
  return tables.get(locale)!;
};
