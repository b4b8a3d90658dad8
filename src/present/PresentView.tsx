// The presentation screen: the slide's words in a caption band along the bottom (title, caption, the
// plan's own sentence with its source, a legend of the slide's layers only), the slide counter,
// previous/next buttons and a progress bar, "back to slide" once the presenter explored, and the
// blank screens. The map keeps the rest of the screen; the camera fits the slide above the band.
// Every button runs a command.
import { useEffect, useRef, useState } from 'react';
import { useAtlas, useAtlasState, useLocale } from '../app/AtlasContext.tsx';
import { deckText, type Slide } from '../contracts/deck.ts';
import { canonicalJson } from '../kernel/snapshot.ts';
import { snapshotOf } from '../kernel/state.ts';
import { isLayerGroupId, layerGroup, type LayerGroupId } from '../kernel/layerGroups.ts';
import { mapLayers } from '../map/layers/index.ts';
import { Swatch } from '../panels/layers/Swatch.tsx';
import { bindPresentMap } from './bindPresentMap.ts';
import { fill, PRESENT_LABELS as P } from './labels.ts';
import { useEdgeVar } from '../ui/useEdgeVar.ts';
import { SlideEditor } from './SlideEditor.tsx';
import './present.css';

/** The legend of a slide: one entry per thematic group it shows (the group's name and its first
 * symbol), so a projector's legend stays short; the basemap needs none. */
function slideLegend(slide: Slide) {
  const groups = slide.snapshot.layers.filter((l) => !l.startsWith('-') && isLayerGroupId(l)) as LayerGroupId[];
  return groups.flatMap((g) => {
    const swatch = mapLayers.find((l) => l.group === g && l.legend?.length)?.legend![0]!.swatch;
    return swatch ? [{ label: layerGroup(g).label, swatch }] : [];
  });
}

export function PresentView() {
  const inst = useAtlas();
  const locale = useLocale();
  const present = useAtlasState((s) => s.present);
  /** The slide showing (its `shown` count) on which the presenter moved the map. */
  const [movedOn, setMovedOn] = useState<number | null>(null);
  const band = useRef<HTMLElement>(null);
  // The notices, a card and the editor stay above the caption band, however tall it is.
  useEdgeVar(band, '--present-caption-top', 'top', undefined, present !== null);
  // What the presenter changed on the slide (a card opened, a layer switched), besides the camera.
  const diverged = useAtlasState((s) => {
    const p = s.present;
    const loaded = p?.slides[p.slide - 1];
    if (!loaded) return false;
    const now = snapshotOf(s);
    const strip = (x: typeof now) => canonicalJson({ ...x, view: loaded.snapshot.view, locale: 'zh-Hans', presentation: null });
    return strip(now) !== strip(loaded.snapshot);
  });

  useEffect(() => {
    const map = inst.map;
    return map ? bindPresentMap(map, inst) : undefined;
  }, [inst]);

  // A move the presenter makes (drag, wheel, keys, a click that flies) after the slide's own camera.
  const shown = present?.shown;
  useEffect(() => {
    const map = inst.map;
    if (!map || shown === undefined) return;
    const onMove = (e: { originalEvent?: unknown }) => {
      if (e.originalEvent) setMovedOn(shown);
    };
    map.on('movestart', onMove);
    return () => void map.off('movestart', onMove);
  }, [inst, shown]);

  if (!present) return null;
  const { deck, slide: n, slides, blank, typed, editing } = present;
  const slide = deck.slides[n - 1];
  if (!slide) return null;
  const total = slides.length;
  const title = deckText(slide.title, locale, deck.locale);
  const caption = deckText(slide.caption, locale, deck.locale);
  const quote = slide.quote;
  const docTitle = quote?.docTitle ?? quote?.doc ?? '';
  const legend = slideLegend(slide);
  const explored = movedOn === present.shown || diverged;

  return (
    <>
      {editing && <SlideEditor />}
      <section ref={band} className="present-caption" data-overlay="side" data-present aria-label={deckText(deck.title, locale, deck.locale)} aria-live="polite">
        <div className="present-main">
          <p className="present-deck">
            <span>{deckText(deck.title, locale, deck.locale)}</span>
            <span className="present-count">{fill(P.slideOf[locale], { n, total })}</span>
          </p>
          <h2 className="present-title">{title}</h2>
          {caption && <p className="present-text">{caption}</p>}
          {legend.length > 0 && (
            <ul className="present-legend" aria-label={P.legend[locale]}>
              {legend.map((e) => (
                <li key={e.label.en}>
                  <Swatch swatch={e.swatch} />
                  {e.label[locale]}
                </li>
              ))}
            </ul>
          )}
        </div>
        {quote?.text && (
          <figure className="present-quote" data-long={quote.text.length > 110 || undefined}>
            <blockquote lang={quote.doc === '000' ? 'zh-Hant' : 'zh-Hans'}>{quote.text}</blockquote>
            <figcaption>
              {[docTitle && `《${docTitle}》`, quote.section, quote.line ? fill(P.line[locale], { line: quote.line }) : ''].filter(Boolean).join(' · ')}
            </figcaption>
          </figure>
        )}
        <nav className="present-controls" aria-label={P.decks[locale]}>
          <button type="button" onClick={() => inst.run('present.previous')} disabled={n <= 1} aria-keyshortcuts="ArrowLeft PageUp">
            ‹ {P.previous[locale]}
          </button>
          <button type="button" className="present-next" onClick={() => inst.run('present.next')} disabled={n >= total} aria-keyshortcuts="ArrowRight PageDown Space">
            {P.next[locale]} ›
          </button>
          {slide.animation?.type === 'morph' && (
            <button type="button" onClick={() => inst.run('present.morph')} aria-keyshortcuts="M">
              {P.morph[locale]}
            </button>
          )}
          {explored && (
            <button type="button" className="present-back" onClick={() => inst.run('present.restore')} aria-keyshortcuts="R">
              ↺ {P.backToSlide[locale]}
            </button>
          )}
          {typed && (
            <span className="present-typed" role="status">
              {fill(P.typed[locale], { n: typed })}
            </span>
          )}
          <span className="present-tools">
            <button type="button" onClick={() => inst.run('present.presenterView')}>
              {P.presenterView[locale]}
            </button>
            <button type="button" onClick={() => inst.run('present.fullscreen')} aria-keyshortcuts="F">
              {P.fullscreen[locale]}
            </button>
            <label className="present-motion">
              <input type="checkbox" checked={present.reducedMotion} onChange={(e) => inst.run('present.motion', { reduced: e.target.checked })} />
              {P.reduceMotion[locale]}
            </label>
            {present.origin === 'user' ? (
              <button type="button" aria-pressed={editing} onClick={() => inst.run('present.edit')}>
                {P.edit[locale]}
              </button>
            ) : (
              <button type="button" onClick={() => inst.run('present.copyDeck')}>
                {P.copy[locale]}
              </button>
            )}
            <button type="button" onClick={() => inst.run('present.download')}>
              {P.download[locale]}
            </button>
            <button type="button" className="present-exit" onClick={() => inst.run('present.exit')} aria-keyshortcuts="Escape">
              ✕ {P.exit[locale]}
            </button>
          </span>
        </nav>
        <div className="present-progress" role="progressbar" aria-valuemin={1} aria-valuemax={total} aria-valuenow={n} aria-label={fill(P.slideOf[locale], { n, total })}>
          <div style={{ width: `${(n / total) * 100}%` }} />
        </div>
      </section>
      {blank && <div className="present-blank" data-blank={blank} onClick={() => inst.run('present.blank', { color: blank })} />}
    </>
  );
}
