// Script conversion with opencc-js (OpenCC's own phrase tables, Hong Kong variant), then a short list
// of fixes for what those tables get wrong in these texts. The original `text` is never touched: the
// other script is derived from it. Every stage that derives a script goes through here.
import * as OpenCC from 'opencc-js';
import type { Script } from '../../src/contracts/corpus.ts';

// The seeds' Traditional text follows Hong Kong usage (000), so convert through the `hk` variant both ways.
const openccHans = OpenCC.Converter({ from: 'hk', to: 'cn' });
const openccHant = OpenCC.Converter({ from: 'cn', to: 'hk' });

/**
 * What OpenCC's phrase tables convert wrongly in today's data, as [OpenCC's output, the right form].
 * 制 "system" never becomes 製 "make": its phrase table pairs 供制/批制 and splits 提供制度 as
 * 提供 + 製度 and 审批制 as 審批 + 製. Applied after OpenCC, longest first; a fix must not change the
 * text's length (the search folds the two scripts character by character).
 */
export const HANT_FIXES: readonly (readonly [wrong: string, right: string])[] = [
  ['審批製', '審批制'],
  ['製度', '制度'],
];
export const HANS_FIXES: readonly (readonly [wrong: string, right: string])[] = [];

function fixer(fixes: readonly (readonly [string, string])[]): (s: string) => string {
  const sorted = [...fixes].sort((a, b) => b[0].length - a[0].length);
  return (s) => sorted.reduce((out, [wrong, right]) => out.split(wrong).join(right), s);
}
const fixHant = fixer(HANT_FIXES);
const fixHans = fixer(HANS_FIXES);

/** Simplified → Traditional (Hong Kong usage), phrase by phrase, with the fixes. */
export const toHant = (text: string): string => fixHant(openccHant(text));
/** Traditional (Hong Kong usage) → Simplified, phrase by phrase, with the fixes. */
export const toHans = (text: string): string => fixHans(openccHans(text));

export function bothScripts(text: string, script: Script): { textHans: string; textHant: string } {
  return script === 'Hans' ? { textHans: text, textHant: toHant(text) } : { textHans: toHans(text), textHant: text };
}

export function titleScripts(title: string, script: Script): { titleHans: string; titleHant: string } {
  const { textHans, textHant } = bothScripts(title, script);
  return { titleHans: textHans, titleHant: textHant };
}

export function hans(text: string, script: Script): string {
  return script === 'Hans' ? text : toHans(text);
}
