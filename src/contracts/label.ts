// The three UI languages, and the one type for anything shown in all three: layer groups, sections,
// statuses, themes, item kinds, structure readings, command names, legend entries.
export type Locale = 'zh-Hans' | 'zh-Hant' | 'en';
export const LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-Hans';

/** Whether a value is one of the locales (own values only: no prototype lookups). */
export const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

/** A text in each UI language. 繁體 is Hong Kong usage; English is for the interface, not plan text. */
export type Label = Readonly<Record<Locale, string>>;
export const L = (hans: string, hant: string, en: string): Label => ({ 'zh-Hans': hans, 'zh-Hant': hant, en });
