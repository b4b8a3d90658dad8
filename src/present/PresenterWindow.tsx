// The presenter's window (opened by `present.presenterView`, `?view=presenter`): the current slide's
// notes in large type, the next slide's title and a live thumbnail of it, the elapsed time and a clock.
// It is a second atlas on the same deck: either window can advance (keys, clicker or buttons), and the
// two follow each other over a BroadcastChannel (src/present/sync.ts). Closing one leaves the other.
import { useEffect, useRef, useState } from 'react';
import { createAtlasInstance, type AtlasInstance } from '../app/atlasInstance.ts';
import { useAtlas, useAtlasState, useLocale } from '../app/AtlasContext.tsx';
import { deckText } from '../contracts/deck.ts';
import { loadBasemap } from '../data/loadBasemap.ts';
import type { Locale } from '../contracts/label.ts';
import { defaultSnapshot } from '../kernel/defaults.ts';
import type { LoadedSlide } from '../kernel/state.ts';
import { bindMap } from '../map/bind/index.ts';
import { createMap } from '../map/createMap.ts';
import { useKeyboard } from '../ui/useKeyboard.ts';
import { fill, PRESENT_LABELS as P } from './labels.ts';
import './present.css';

const two = (n: number) => String(n).padStart(2, '0');
const duration = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 3600) ? `${Math.floor(s / 3600)}:` : ''}${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
};

/** A small map showing the next slide: an atlas of its own, fed the next slide's snapshot. */
function NextThumbnail() {
  const inst = useAtlas();
  const container = useRef<HTMLDivElement>(null);
  const thumb = useRef<AtlasInstance | null>(null);
  const next = useAtlasState((s) => (s.present ? (s.present.slides[s.present.slide] ?? null) : null));
  const locale = useLocale();

  useEffect(() => {
    let cancelled = false;
    let unbind = () => {};
    const first = inst.store.getState().locale;
    const t = createAtlasInstance(defaultSnapshot(first), { defaultLocale: first, opensOnView: true });
    thumb.current = t;
    void loadBasemap(document.baseURI).then((basemap) => {
      if (cancelled || !container.current) return;
      t.basemap = basemap;
      const map = createMap(container.current, basemap, t.store.getState(), { fitDefault: true });
      map.scrollZoom.disable();
      map.dragPan.disable();
      t.map = map;
      map.once('load', () => {
        if (cancelled) return;
        unbind = bindMap(map, t);
        t.store.getState().actions.loadSucceeded();
        const s = inst.store.getState();
        thumbShow(t, s.present ? (s.present.slides[s.present.slide] ?? null) : null, s.locale);
      });
    });
    return () => {
      cancelled = true;
      unbind();
      t.map?.remove();
      t.dispose();
    };
    // The thumbnail is made once; what it shows follows below.
  }, [inst]);
  useEffect(() => {
    if (thumb.current?.map) thumbShow(thumb.current, next, locale);
  }, [next, locale]);
  return <div ref={container} className="presenter-thumb" aria-hidden="true" />;
}

function thumbShow(t: AtlasInstance, next: LoadedSlide | null, locale: Locale) {
  const { actions } = t.store.getState();
  if (!next) return;
  actions.snapshotApplied({ ...next.snapshot, locale, presentation: null }, next.camera.kind === 'view' ? { kind: 'jump', view: next.camera.view } : { kind: 'fit-bounds', bounds: next.camera.bounds, instant: true });
}

export function PresenterWindow() {
  const inst = useAtlas();
  const locale = useLocale();
  const present = useAtlasState((s) => s.present);
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useKeyboard(inst);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  if (!present) {
    return (
      <main className="presenter">
        <p className="presenter-notes">{P.notPresenting[locale]}</p>
      </main>
    );
  }
  const { deck, slide: n, slides } = present;
  const slide = deck.slides[n - 1];
  const next = deck.slides[n];
  const notes = slide ? deckText(slide.notes, locale, deck.locale) : '';
  return (
    <main className="presenter" data-presenter>
      <header className="presenter-head">
        <span>{deckText(deck.title, locale, deck.locale)}</span>
        <span className="presenter-count">{fill(P.slideOf[locale], { n, total: slides.length })}</span>
        <span>
          {P.elapsed[locale]} <time className="presenter-elapsed">{duration(now - start)}</time>
        </span>
        <span>
          {P.clock[locale]} <time>{new Date(now).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })}</time>
        </span>
      </header>
      <section className="presenter-current">
        <h1 className="presenter-title">{slide ? deckText(slide.title, locale, deck.locale) : ''}</h1>
        <p className="presenter-notes">{notes || P.notesEmpty[locale]}</p>
      </section>
      <aside className="presenter-next">
        <h2>
          {P.nextUp[locale]}: <span className="presenter-next-title">{next ? deckText(next.title, locale, deck.locale) : P.lastSlide[locale]}</span>
        </h2>
        <NextThumbnail />
        <p className="presenter-buttons">
          <button type="button" onClick={() => inst.run('present.previous')} disabled={n <= 1}>
            ‹ {P.previous[locale]}
          </button>
          <button type="button" onClick={() => inst.run('present.next')} disabled={n >= slides.length}>
            {P.next[locale]} ›
          </button>
        </p>
      </aside>
    </main>
  );
}
