// Name forms: traditional Chinese from the simplified name (OpenCC, Hong Kong standard, since the
// seeds' one traditional text, 000, is a Hong Kong–Guangdong study) and the alias list.
import { toHant } from '../corpus/convert.ts';


export function hant(name: string): string {
  return toHant(name);
}

/** Seed spellings plus their traditional forms, minus the name itself, deduplicated and sorted. */
export function aliasList(name: string, aliases: string[] = []): string[] {
  const all = new Set<string>();
  for (const a of aliases) {
    all.add(a);
    all.add(hant(a));
  }
  all.add(hant(name));
  all.delete(name);
  return [...all].sort();
}

/** Matching key: no spaces, quotes, superscripts; half-width brackets and dashes unified. */
export function normalise(s: string): string {
  return s
    .replace(/[\s“”"「」¹²³*]/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[—–\-－]/g, '—');
}
