// Share & embed: a link to the full map as it is now, and an iframe snippet for another web page with
// its size, what it opens on, its language and controls, a live preview of exactly what the snippet
// shows, and copy buttons. Opened by the `share.open` command; Esc, the close button and a click
// outside run `app.dismiss`. Its own chunk: none of this loads before the dialog first opens.
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useAtlas, useAtlasState, useLocale } from '../../app/AtlasContext.tsx';
import { deckText, type DeckText } from '../../contracts/deck.ts';
import { LOCALES, type Locale } from '../../contracts/label.ts';
import { DECK_INDEX_FILE } from '../../contracts/manifest.ts';
import { emptyFilters } from '../../kernel/defaults.ts';
import { snapshotOf, type Snapshot } from '../../kernel/state.ts';
import { EMBED_CONTROLS, normaliseOrigin, type EmbedControl } from '../options.ts';
import { CONTROL_LABELS, ENDONYMS, fill, PART_LABELS, SHARE_LABELS as S } from './labels.ts';
import {
  atlasBase,
  clampSize,
  DEFAULT_SIZES,
  DEFAULT_TITLES,
  defaultControls,
  embedSnippet,
  embedUrl,
  frameTitle,
  fullMapLink,
  orderedControls,
  PARTS,
  SIZE_LIMITS,
  type EmbedChoices,
  type FrameSize,
  type Part,
} from './snippet.ts';
import './share.css';

interface DeckEntry {
  id: string;
  title: DeckText;
  slides: number;
}

/** How long the preview waits for typing to settle before it loads the new URL. */
const PREVIEW_DEBOUNCE_MS = 400;
/** Below this width the dialog is one scrolling column and the preview gets a share of the screen's height. */
const NARROW = 760;
/** A phone's CSS width, for the responsive preview. */
const PHONE_WIDTH = 375;

/** Whether the current snapshot has anything of a part to carry over. */
function available(s: Snapshot, part: Part): boolean {
  switch (part) {
    case 'view':
      return true;
    case 'layers':
      return Object.keys(s.layers).length > 0 || Object.keys(s.opacity).length > 0;
    case 'filters':
      return (Object.keys(emptyFilters) as (keyof typeof emptyFilters)[]).some((k) => s.filters[k] !== emptyFilters[k]);
    case 'panel':
      return s.panel !== null;
    case 'selection':
      return s.selection !== null;
  }
}

/** Copies text to the clipboard; where the Clipboard API is refused (plain HTTP, some frames), selects
 * the text in a field (the given one, else a hidden one in `host`) and copies it the old way. */
async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null, host: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const temp = field ? null : document.createElement('textarea');
    const target = field ?? temp;
    if (!target) return false;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (temp) {
      temp.value = text;
      temp.readOnly = true;
      temp.className = 'visually-hidden';
      (host ?? document.body).append(temp);
    }
    try {
      target.focus();
      target.select();
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      if (temp) {
        temp.remove();
        before?.focus();
      }
    }
  }
}

/** A status line read out when it changes, cleared after a while. */
function useStatus(): [string, (text: string) => void] {
  const [text, setText] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [
    text,
    (next: string) => {
      clearTimeout(timer.current);
      setText(next);
      timer.current = setTimeout(() => setText(''), 4000);
    },
  ];
}

/** A number field for a size in pixels: typed freely, kept within the limits when it loses focus. */
function SizeField({ label, value, fallback, onChange, disabled }: { label: string; value: string; fallback: number; onChange: (v: string) => void; disabled?: boolean }) {
  const locale = useLocale();
  return (
    <label className="share-size-field">
      <span>{label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={SIZE_LIMITS.min}
        max={SIZE_LIMITS.max}
        step={10}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => onChange(String(clampSize(Number(value || NaN), fallback)))}
      />
      <span aria-hidden="true">{S.px[locale]}</span>
    </label>
  );
}

function Section({ title, children, className = '' }: { title: string; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <section className={`share-section ${className}`} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

export function ShareDialog() {
  const inst = useAtlas();
  const ui = useLocale();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const codeField = useRef<HTMLTextAreaElement>(null);
  const stage = useRef<HTMLDivElement>(null);

  // The snapshot, from its parts (each a stable reference, so the dialog renders only when one changes).
  const view = useAtlasState((s) => s.view);
  const layers = useAtlasState((s) => s.layers);
  const opacity = useAtlasState((s) => s.opacity);
  const selection = useAtlasState((s) => s.selection);
  const panel = useAtlasState((s) => s.panel);
  const filters = useAtlasState((s) => s.filters);
  const locale = useAtlasState((s) => s.locale);
  const presentation = useAtlasState((s) => s.presentation);
  const counts = useAtlasState((s) => s.counts);
  const legend = useAtlasState((s) => s.legend);
  const text = useAtlasState((s) => s.text);
  const basemap = useAtlasState((s) => s.basemap);
  const snapshot = useMemo(
    () => snapshotOf({ view, layers, opacity, selection, panel, filters, locale, presentation, counts, legend, text, basemap }),
    [view, layers, opacity, selection, panel, filters, locale, presentation, counts, legend, text, basemap],
  );

  const link = fullMapLink(window.location, snapshot, inst.defaultLocale);
  const base = atlasBase(window.location.href);
  const page = `${window.location.origin}${window.location.pathname}`;

  // The choices, each starting from what the atlas shows now.
  const [sizeMode, setSizeMode] = useState<FrameSize['mode']>('responsive');
  const [respHeight, setRespHeight] = useState(String(DEFAULT_SIZES.responsiveHeight));
  const [width, setWidth] = useState(String(DEFAULT_SIZES.width));
  const [height, setHeight] = useState(String(DEFAULT_SIZES.height));
  const [include, setInclude] = useState<Record<Part, boolean>>(() => ({ view: true, layers: true, filters: true, panel: true, selection: true }));
  const ownDeck = presentation !== null && presentation.deck.startsWith('my-');
  const [deck, setDeck] = useState(presentation && !ownDeck ? presentation.deck : '');
  const [slide, setSlide] = useState(String(presentation && !ownDeck ? presentation.slide : 1));
  const [frameLocale, setFrameLocale] = useState<Locale>(ui);
  const [controls, setControls] = useState<readonly EmbedControl[] | null>(null);
  const [interactive, setInteractive] = useState(true);
  const [autoResize, setAutoResize] = useState(false);
  const [title, setTitle] = useState<string | null>(null);
  const [originsText, setOriginsText] = useState('');
  const [frameId, setFrameId] = useState('');
  const [previewWidth, setPreviewWidth] = useState<'fit' | 'phone'>('fit');
  const [decks, setDecks] = useState<DeckEntry[] | null>(null);
  const [linkStatus, setLinkStatus] = useStatus();
  const [codeStatus, setCodeStatus] = useStatus();

  useEffect(() => {
    let cancelled = false;
    fetch(new URL(DECK_INDEX_FILE, document.baseURI))
      .then((r) => (r.ok ? r.json() : { decks: [] }))
      .then((j: { decks?: DeckEntry[] }) => !cancelled && setDecks(Array.isArray(j.decks) ? j.decks : []))
      .catch(() => !cancelled && setDecks([]));
    return () => {
      cancelled = true;
    };
  }, []);

  // Modal: the rest of the page is inert; focus goes to the link, and back where it was on closing.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    linkField.current?.focus();
    linkField.current?.select();
    return () => {
      if (d?.open) d.close();
      if (before?.isConnected) before.focus();
    };
  }, []);

  const close = () => inst.run('app.dismiss');

  const deckEntry = decks?.find((d) => d.id === deck);
  const slideMax = deckEntry?.slides ?? 999;
  const slideNumber = Math.min(slideMax, Math.max(1, Math.round(Number(slide)) || 1));
  const size: FrameSize =
    sizeMode === 'responsive'
      ? { mode: 'responsive', height: clampSize(Number(respHeight || NaN), DEFAULT_SIZES.responsiveHeight) }
      : { mode: 'fixed', width: clampSize(Number(width || NaN), DEFAULT_SIZES.width), height: clampSize(Number(height || NaN), DEFAULT_SIZES.height) };
  const originParts = originsText
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const origins = [...new Set(originParts.map(normaliseOrigin).filter((o): o is string => o !== null))];
  const badOrigins = originParts.filter((o) => normaliseOrigin(o) === null);
  const effectiveControls = controls ?? defaultControls(interactive);
  const choices: EmbedChoices = {
    size,
    include: Object.fromEntries(PARTS.map((p) => [p, include[p] && available(snapshot, p)])) as Record<Part, boolean>,
    presentation: deck ? { deck, slide: slideNumber } : null,
    locale: frameLocale,
    controls: effectiveControls,
    interactive,
    autoResize,
    title: title ?? DEFAULT_TITLES[frameLocale],
    origins,
    frame: frameId.trim().slice(0, 64),
  };
  const src = embedUrl(page, snapshot, choices);
  const code = embedSnippet(src, choices, base);
  const shownTitle = frameTitle(choices);

  // The preview follows the URL once typing settles (each new URL loads the atlas afresh).
  const [previewSrc, setPreviewSrc] = useState(src);
  useEffect(() => {
    if (src === previewSrc) return;
    const t = setTimeout(() => setPreviewSrc(src), PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [src, previewSrc]);

  // The room the preview has: the stage's box (in one column, a share of the screen's height).
  const [room, setRoom] = useState({ width: 0, height: 0, narrow: false });
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const measure = () => {
      const narrow = window.innerWidth < NARROW;
      setRoom({ width: el.clientWidth, height: narrow ? Math.round(window.innerHeight * 0.6) : el.clientHeight, narrow });
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      ro.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);
  const frameW = size.mode === 'fixed' ? size.width : previewWidth === 'phone' ? PHONE_WIDTH : Math.max(room.width, 1);
  const frameH = size.height;
  const scale = room.width > 0 ? Math.min(1, room.width / frameW, room.height > 0 ? room.height / frameH : 1) : 1;
  const pct = Math.floor(scale * 100);

  const nativeShare = typeof navigator.share === 'function';

  const includeBox = (part: Part) => {
    const has = available(snapshot, part);
    return (
      <label key={part} className="share-check">
        <input type="checkbox" checked={has && include[part]} disabled={!has || deck !== ''} onChange={(e) => setInclude({ ...include, [part]: e.target.checked })} />
        <span>
          {PART_LABELS[part][ui]}
          {!has && <span className="share-muted"> {S.none[ui]}</span>}
        </span>
      </label>
    );
  };

  return (
    <dialog
      ref={dialog}
      className="share-dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClick={(e) => e.target === e.currentTarget && close()}
      // The app's single-key shortcuts (I, L, S, ?, digits) do not reach the map behind the dialog; Esc does.
      onKeyDown={(e) => e.key !== 'Escape' && e.stopPropagation()}
    >
      <div className="share-inner">
        <header className="share-header">
          <h2 id={titleId}>{S.title[ui]}</h2>
          <button type="button" className="share-close" aria-label={S.close[ui]} title={S.close[ui]} onClick={close}>
            ×
          </button>
        </header>

        <Section title={S.link[ui]} className="share-link">
          <div className="share-row">
            <input
              ref={linkField}
              className="share-link-field"
              type="text"
              readOnly
              value={link}
              aria-label={S.link[ui]}
              aria-describedby={`${titleId}-link-hint`}
              onFocus={(e) => e.target.select()}
              spellCheck={false}
            />
            <button type="button" className="share-primary" onClick={async () => setLinkStatus((await copyText(link, linkField.current, dialog.current)) ? S.copied[ui] : S.copyFailed[ui])}>
              {S.copyLink[ui]}
            </button>
            {nativeShare && (
              <button type="button" onClick={() => void navigator.share({ title: DEFAULT_TITLES[ui], url: link }).catch(() => {})}>
                {S.shareNative[ui]}
              </button>
            )}
          </div>
          <p className="share-hint" id={`${titleId}-link-hint`}>
            {S.linkHint[ui]}
            <span className="share-status" role="status" aria-live="polite">
              {linkStatus}
            </span>
          </p>
        </Section>

        <div className="share-body">
          <div className="share-embed-head">
            <h3 id={`${titleId}-embed`}>{S.embed[ui]}</h3>
            <p className="share-hint">{S.embedHint[ui]}</p>
          </div>
          <form className="share-form" aria-labelledby={`${titleId}-embed`} onSubmit={(e) => e.preventDefault()}>

            <fieldset>
              <legend>{S.size[ui]}</legend>
              <div className="share-size-row">
                <label className="share-check">
                  <input type="radio" name="share-size" checked={sizeMode === 'responsive'} onChange={() => setSizeMode('responsive')} />
                  <span>
                    {S.responsive[ui]} <span className="share-muted">{S.responsiveHint[ui]}</span>
                  </span>
                </label>
                {sizeMode === 'responsive' && (
                  <div className="share-size-fields">
                    <SizeField label={S.height[ui]} value={respHeight} fallback={DEFAULT_SIZES.responsiveHeight} onChange={setRespHeight} />
                  </div>
                )}
              </div>
              <div className="share-size-row">
                <label className="share-check">
                  <input type="radio" name="share-size" checked={sizeMode === 'fixed'} onChange={() => setSizeMode('fixed')} />
                  <span>{S.fixed[ui]}</span>
                </label>
                {sizeMode === 'fixed' && (
                  <div className="share-size-fields">
                    <SizeField label={S.width[ui]} value={width} fallback={DEFAULT_SIZES.width} onChange={setWidth} />
                    <span aria-hidden="true">×</span>
                    <SizeField label={S.height[ui]} value={height} fallback={DEFAULT_SIZES.height} onChange={setHeight} />
                  </div>
                )}
              </div>
              <p className="share-hint">{fill(S.sizeRange[ui], { min: SIZE_LIMITS.min, max: SIZE_LIMITS.max })}</p>
            </fieldset>

            <fieldset>
              <legend>{S.include[ui]}</legend>
              <div className="share-grid">{PARTS.map(includeBox)}</div>
              <p className="share-hint">{deck ? S.slideDecides[ui] : S.includeHint[ui]}</p>
            </fieldset>

            <fieldset>
              <legend>{S.slide[ui]}</legend>
              <div className="share-inline">
                <select
                  aria-label={S.slide[ui]}
                  value={deck}
                  onChange={(e) => {
                    setDeck(e.target.value);
                    setSlide('1');
                  }}
                >
                  <option value="">{S.noDeck[ui]}</option>
                  {deck && !decks?.some((d) => d.id === deck) && <option value={deck}>{deck}</option>}
                  {(decks ?? []).map((d) => (
                    <option key={d.id} value={d.id}>
                      {deckText(d.title, ui)}
                    </option>
                  ))}
                </select>
                {deck && (
                  <label className="share-size-field">
                    <span>{S.slideNumber[ui]}</span>
                    <input
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={slideMax}
                      value={slide}
                      onChange={(e) => setSlide(e.target.value)}
                      onBlur={() => setSlide(String(slideNumber))}
                    />
                    {deckEntry && <span>{fill(S.slideOf[ui], { n: deckEntry.slides })}</span>}
                  </label>
                )}
              </div>
              {ownDeck && <p className="share-hint">{S.ownDeck[ui]}</p>}
            </fieldset>

            <fieldset>
              <legend>{S.language[ui]}</legend>
              <select
                aria-label={S.language[ui]}
                value={frameLocale}
                onChange={(e) => {
                  const l = LOCALES.find((x) => x === e.target.value);
                  if (l) setFrameLocale(l);
                }}
              >
                {LOCALES.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {ENDONYMS[l]}
                  </option>
                ))}
              </select>
            </fieldset>

            <fieldset>
              <legend>{S.controls[ui]}</legend>
              <div className="share-grid">
                {EMBED_CONTROLS.map((c) => (
                  <label key={c} className="share-check">
                    <input
                      type="checkbox"
                      name="share-control"
                      value={c}
                      checked={effectiveControls.includes(c)}
                      onChange={(e) => setControls(orderedControls(e.target.checked ? [...effectiveControls, c] : effectiveControls.filter((x) => x !== c)))}
                    />
                    <span>{CONTROL_LABELS[c][ui]}</span>
                  </label>
                ))}
              </div>
              <button type="button" className="share-link-button" disabled={controls === null} onClick={() => setControls(null)}>
                {S.resetControls[ui]}
              </button>
            </fieldset>

            <fieldset>
              <label className="share-check">
                <input type="checkbox" name="share-static" checked={!interactive} onChange={(e) => setInteractive(!e.target.checked)} />
                <span>{S.interactive[ui]}</span>
              </label>
              <label className="share-check">
                <input type="checkbox" name="share-autoresize" checked={autoResize} onChange={(e) => setAutoResize(e.target.checked)} />
                <span>{S.autoResize[ui]}</span>
              </label>
              <label className="share-text-field">
                <span>{S.frameTitle[ui]}</span>
                <input type="text" name="share-title" value={title ?? DEFAULT_TITLES[frameLocale]} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
              </label>
            </fieldset>

            <details className="share-advanced">
              <summary>{S.advanced[ui]}</summary>
              <label className="share-text-field">
                <span>{S.origins[ui]}</span>
                <input type="text" name="share-origins" value={originsText} placeholder="https://example.org" spellCheck={false} onChange={(e) => setOriginsText(e.target.value)} />
              </label>
              <p className="share-hint">{badOrigins.length ? fill(S.originsBad[ui], { list: badOrigins.join(', ') }) : S.originsHint[ui]}</p>
              <label className="share-text-field">
                <span>{S.frameId[ui]}</span>
                <input type="text" name="share-frame" value={frameId} maxLength={64} spellCheck={false} onChange={(e) => setFrameId(e.target.value)} />
              </label>
            </details>
          </form>

          <div className="share-output">
            <div className="share-preview-head">
              <h3>{S.preview[ui]}</h3>
              {size.mode === 'responsive' && (
                <div className="share-toggle" role="group" aria-label={S.previewWidth[ui]}>
                  {(['fit', 'phone'] as const).map((w) => (
                    <button key={w} type="button" aria-pressed={previewWidth === w} onClick={() => setPreviewWidth(w)}>
                      {w === 'fit' ? S.previewFit[ui] : `${S.previewPhone[ui]} ${PHONE_WIDTH}`}
                    </button>
                  ))}
                </div>
              )}
              <span className="share-muted share-preview-size">
                {fill(S.previewSize[ui], { w: Math.round(frameW), h: frameH })}
                {scale < 1 && ` · ${fill(S.previewScaled[ui], { pct })}`}
              </span>
              <a className="share-open" href={src} target="_blank" rel="noopener noreferrer">
                {S.openPreview[ui]} ↗
              </a>
            </div>
            <div ref={stage} className="share-stage" style={room.narrow ? { height: Math.ceil(frameH * scale) } : undefined}>
              <div className="share-frame-box" style={{ width: Math.floor(frameW * scale), height: Math.floor(frameH * scale) }}>
                {/* oxlint-disable-next-line react/iframe-missing-sandbox -- the preview is the snippet's own frame (which has no sandbox): the atlas, from this origin */}
                <iframe
                  key={previewSrc}
                  className="share-preview"
                  src={previewSrc}
                  title={shownTitle}
                  width={Math.round(frameW)}
                  height={frameH}
                  allow="fullscreen"
                  allowFullScreen
                  style={{ transform: scale < 1 ? `scale(${scale})` : undefined }}
                />
              </div>
            </div>

            <label className="share-code-label" htmlFor={`${titleId}-code`}>
              {S.code[ui]}
            </label>
            <textarea id={`${titleId}-code`} ref={codeField} className="share-code" readOnly value={code} rows={autoResize ? 5 : 4} spellCheck={false} onFocus={(e) => e.target.select()} />
            {autoResize && <p className="share-hint">{S.autoResizeNote[ui]}</p>}
            <div className="share-row">
              <button type="button" className="share-primary" onClick={async () => setCodeStatus((await copyText(code, codeField.current, dialog.current)) ? S.copied[ui] : S.copyFailed[ui])}>
                {S.copyCode[ui]}
              </button>
              <button type="button" onClick={async () => setCodeStatus((await copyText(src, null, dialog.current)) ? S.urlCopied[ui] : S.copyFailed[ui])}>
                {S.copyUrl[ui]}
              </button>
              <span className="share-status" role="status" aria-live="polite">
                {codeStatus}
              </span>
            </div>
          </div>
        </div>
      </div>
    </dialog>
  );
}
