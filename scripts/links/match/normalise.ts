// Matching form of a text, with a map back to the offsets of the text it came from.
// Names and texts are normalised the same way so that spacing ("LNG 接收站"), quotes (“澳门新街坊”),
// bold markers and bracket/dash width do not stop a match; the map lets every match point at the printed text.

/** Characters that carry no meaning for a place name: spaces, quotes, bold markers, footnote superscripts. */
const DROP = /[\s\u200b“”"‘’「」『』*¹²³]/u;

const REPLACE: Record<string, string> = {
  '（': '(',
  '）': ')',
  '／': '/',
  '–': '—',
  '-': '—',
  '－': '—',
  '―': '—',
};

export interface Normalised {
  text: string;
  /** `index[k]` is the offset in the source of `text[k]`. */
  index: number[];
}

function normChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Full-width ASCII letters and digits (Ｔ３) match their half-width forms.
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  return REPLACE[ch] ?? ch;
}

/** Normalise char by char (UTF-16 units: every name character is in the BMP), keeping the source offset of each kept char. */
export function normalise(source: string): Normalised {
  let text = '';
  const index: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (DROP.test(ch)) continue;
    text += normChar(ch);
    index.push(i);
  }
  return { text, index };
}

/** The matching key of a name. */
export function nameKey(name: string): string {
  return normalise(name).text;
}
