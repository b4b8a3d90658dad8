// A feature's name in the UI language, from the properties the data gives every named thing:
// `name` (简体), `name:zh-Hant`, `name:en` (and `shortName` … for admin labels).
import type { Locale } from '../contracts/label.ts';

export function nameIn(props: Record<string, unknown> | null | undefined, locale: Locale, base = 'name'): string {
  const own = (k: string) => (props && Object.hasOwn(props, k) && typeof props[k] === 'string' && props[k] !== '' ? (props[k] as string) : undefined);
  return (locale === 'zh-Hans' ? undefined : own(`${base}:${locale}`)) ?? own(base) ?? '';
}
