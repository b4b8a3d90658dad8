// Plan text as the reader asked for it: the state's choice (`text`) read in the UI language, applied
// to an item's text and title and to a document's title. One hook for every list and card.
import { useMemo } from 'react';
import { useAtlas, useAtlasState, useLocale } from '../app/AtlasContext.tsx';
import type { DocId, PlanDoc, PlanItem, Script } from '../contracts/corpus.ts';
import { docTitleIn, itemIn, shownScript } from '../i18n/planScript.ts';

export interface PlanText {
  /** The script a document printed in `printed` is shown in. */
  script(printed: Script): Script;
  /** An item's text and title as shown, with their `lang` and whether they were converted. */
  item(item: PlanItem): { text: string; title: string; path: readonly string[]; converted: boolean; lang: 'zh-Hans' | 'zh-Hant'; printed: Script };
  /** A document's title as shown (English in English). */
  docTitle(doc: PlanDoc | DocId | undefined): string;
}

const langOf = (s: Script) => (s === 'Hant' ? 'zh-Hant' : 'zh-Hans');

export function usePlanText(): PlanText {
  const inst = useAtlas();
  const choice = useAtlasState((s) => s.text);
  const locale = useLocale();
  // The corpus arrives after the first screen: a card drawn before it re-renders with it.
  const extras = useAtlasState((s) => s.extrasStatus);
  return useMemo(() => {
    const docs = new Map((extras === 'ready' ? (inst.corpus?.docs ?? []) : []).map((d) => [d.id, d]));
    const printedOf = (docId: DocId): Script => docs.get(docId)?.script ?? 'Hans';
    const script = (printed: Script) => shownScript(choice, locale, printed);
    return {
      script,
      item: (item) => {
        const printed = printedOf(item.docId);
        const shown = script(printed);
        return { ...itemIn(item, shown, printed), lang: langOf(shown), printed };
      },
      docTitle: (d) => {
        const doc = typeof d === 'string' ? docs.get(d) : d;
        return doc ? docTitleIn(doc, locale, script(doc.script)) : '';
      },
    };
  }, [inst, choice, locale, extras]);
}
