// The editor of one's own deck, beside the slide: every slide's title, caption and notes (in the UI
// language), moved up or down, deleted, or shown; "add this view as a slide" after the current one.
// Changes are kept in this browser at once; each runs a command, like the API's.
import { useAtlas, useAtlasState, useLocale } from '../app/AtlasContext.tsx';
import { deckText, DECK_LIMITS } from '../contracts/deck.ts';
import { PRESENT_LABELS as P } from './labels.ts';

export function SlideEditor() {
  const inst = useAtlas();
  const locale = useLocale();
  const present = useAtlasState((s) => s.present);
  if (!present) return null;
  const { deck, slide: current } = present;
  const field = (n: number, key: 'title' | 'caption' | 'notes', value: string) => inst.run('present.editSlide', { slide: n, [key]: value });
  return (
    <aside className="present-editor" data-overlay="side" aria-label={P.edit[locale]}>
      <header>
        <button type="button" className="present-add" onClick={() => inst.run('present.addSlide')}>
          ＋ {P.addSlide[locale]}
        </button>
        <button type="button" onClick={() => inst.run('present.edit', { open: false })}>
          {P.done[locale]}
        </button>
      </header>
      <ol>
        {deck.slides.map((slide, i) => {
          const n = i + 1;
          // Keyed by content and position, so an edit elsewhere re-fills the inputs.
          const key = `${n}:${JSON.stringify([slide.title, slide.caption, slide.notes])}`;
          return (
            <li key={key} aria-current={n === current ? 'step' : undefined}>
              <div className="present-editor-row">
                <button type="button" className="present-editor-n" onClick={() => inst.run('present.goTo', { slide: n })}>
                  {n}
                </button>
                <input
                  aria-label={`${P.title[locale]} ${n}`}
                  defaultValue={deckText(slide.title, locale, deck.locale)}
                  maxLength={DECK_LIMITS.title}
                  onBlur={(e) => e.target.value.trim() && e.target.value !== deckText(slide.title, locale, deck.locale) && field(n, 'title', e.target.value.trim())}
                />
                <button type="button" aria-label={`${P.moveUp[locale]} ${n}`} disabled={n === 1} onClick={() => inst.run('present.moveSlide', { from: n, to: n - 1 })}>
                  ↑
                </button>
                <button type="button" aria-label={`${P.moveDown[locale]} ${n}`} disabled={n === deck.slides.length} onClick={() => inst.run('present.moveSlide', { from: n, to: n + 1 })}>
                  ↓
                </button>
                <button type="button" aria-label={`${P.deleteSlide[locale]} ${n}`} disabled={deck.slides.length === 1} onClick={() => inst.run('present.deleteSlide', { slide: n })}>
                  ✕
                </button>
              </div>
              <textarea
                aria-label={`${P.caption[locale]} ${n}`}
                placeholder={P.caption[locale]}
                rows={2}
                maxLength={DECK_LIMITS.caption}
                defaultValue={deckText(slide.caption, locale, deck.locale)}
                onBlur={(e) => e.target.value !== deckText(slide.caption, locale, deck.locale) && field(n, 'caption', e.target.value)}
              />
              <textarea
                aria-label={`${P.notes[locale]} ${n}`}
                placeholder={P.notes[locale]}
                rows={2}
                maxLength={DECK_LIMITS.notes}
                defaultValue={deckText(slide.notes, locale, deck.locale)}
                onBlur={(e) => e.target.value !== deckText(slide.notes, locale, deck.locale) && field(n, 'notes', e.target.value)}
              />
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
