// A simplified-script twin of an item's text with the same offsets, so matches found in it point into the
// original text. The corpus' textHans is that twin whenever the converter mapped character for character
// (same length); when a phrase-level conversion changed the length, fall back to converting one character at a
// time, which keeps offsets and loses only the phrase-level choices.

export function alignedHans(text: string, textHans: string, toHansChar: (ch: string) => string): string {
  if (textHans.length === text.length) return textHans;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const conv = toHansChar(ch);
    out += conv.length === 1 ? conv : ch;
  }
  return out;
}
