// Phrases that name several gazetteer places at once, each of them meant (not an ambiguous alias): a project
// listed with its parts. Longest match keeps the phrase whole, so without this only one place would be linked.
// Definitions of words, like groups.ts: the place ids are checked against the gazetteer at build time.

export interface PhraseSpec {
  /** As the seed prints it (simplified); traditional text is matched after conversion. */
  phrase: string;
  /** Gazetteer place ids, every one of them named by the phrase. */
  places: string[];
  /** Where the seed prints it and why each place is meant. */
  why: string;
}

export const PHRASES: readonly PhraseSpec[] = [
  {
    phrase: '港珠澳大桥主桥、口岸及连接线',
    places: ['hzmb', 'hzmb-zhuhai-port'],
    why: '002 L11: the bridge (主桥, 连接线) and its Zhuhai port (口岸); the bridge is named whenever the text names it',
  },
];
