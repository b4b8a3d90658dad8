// Which script plan text is shown in, and the text in it. The data carries every item's text and
// title in both scripts (derived in the pipeline by OpenCC, Hong Kong usage, with a tested list of
// fixes), so nothing is converted in the browser and no dictionary is loaded. The printed text
// (`text`, `title`) is never replaced: `original` shows it.
import type { PlanDoc, PlanItem, Script } from '../contracts/corpus.ts';
import type { Locale } from '../contracts/label.ts';
import type { TextScript } from '../kernel/state.ts';

/** The script each UI language reads plan text in (English readers get Simplified unless they choose). */
export const READER_SCRIPT: Readonly<Record<Locale, Script>> = { 'zh-Hans': 'Hans', 'zh-Hant': 'Hant', en: 'Hans' };

/** The script a document printed in `printed` is shown in. */
export function shownScript(choice: TextScript, locale: Locale, printed: Script): Script {
  if (choice === 'original') return printed;
  return choice === 'auto' ? READER_SCRIPT[locale] : choice;
}

/** An item's text and title in a script: the printed ones when that is the document's script. */
export function itemIn(item: PlanItem, script: Script, printed: Script): { text: string; title: string; path: readonly string[]; converted: boolean } {
  if (script === printed) return { text: item.text, title: item.title, path: item.path, converted: false };
  return script === 'Hans'
    ? { text: item.textHans, title: item.titleHans, path: item.pathHans ?? item.path, converted: true }
    : { text: item.textHant, title: item.titleHant, path: item.pathHant ?? item.path, converted: true };
}

/** A document's title in the UI language; Chinese in the script shown. */
export function docTitleIn(doc: PlanDoc, locale: Locale, script: Script): string {
  if (locale === 'en') return doc.titles.en;
  return script === doc.script ? doc.title : doc.titles[script === 'Hans' ? 'zh-Hans' : 'zh-Hant'];
}
