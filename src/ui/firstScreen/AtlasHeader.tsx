// The first screen's title block and search box, at the top of the overlay column: the atlas's name, the
// metropolitan area's, and the subject of the current scale (the Bay Area, the west bank, or the city at
// the map's centre), updated when a move ends (the store's view), never per frame. The search box is a
// small shell: its results, indexes and keys load on first focus or typing (OmniboxResults.tsx).
import { lazy, Suspense, useEffect, useRef, useState, type ComponentType } from 'react';
import { useAtlasState, useT } from '../../app/AtlasContext.tsx';
import { TEXT_LIMITS } from '../../kernel/defaults.ts';
import type { OmniboxResultsProps } from './OmniboxResults.tsx';
import './firstScreen.css';

// The scale's subject loads once the map is ready (it reads the map and the admin data).
const ScaleSubject = lazy(() => import('./ScaleSubject.tsx').then((m) => ({ default: m.ScaleSubject })));

/** One search box per page: embeds, which may share a page, have none. */
const LIST_ID = 'atlas-omnibox-results';

let results: Promise<ComponentType<OmniboxResultsProps>> | null = null;
const loadResults = () =>
  (results ??= import('./OmniboxResults.tsx').then(
    (m) => m.OmniboxResults,
    (e: unknown) => {
      results = null;
      throw e;
    },
  ));

function Omnibox() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [Results, setResults] = useState<ComponentType<OmniboxResultsProps> | null>(null);
  // `/` (search.focus) asks for this box.
  const focus = useAtlasState((s) => s.focus);
  useEffect(() => {
    if (focus?.target === 'omnibox') input.current?.focus();
  }, [focus]);
  const wake = () => {
    setOpen(true);
    if (!Results) void loadResults().then((c) => setResults(() => c), () => {});
  };
  return (
    <div
      className="omnibox"
      role="search"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        // The results own the rest of the combobox's state (aria-expanded, aria-activedescendant) while shown.
        aria-expanded="false"
        aria-controls={LIST_ID}
        aria-keyshortcuts="/"
        aria-label={t('omniboxLabel')}
        placeholder={t('omniboxHint')}
        maxLength={TEXT_LIMITS.query}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={wake}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) wake();
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          wake();
        }}
      />
      {Results && open && <Results query={query} input={input} listId={LIST_ID} onClose={() => setOpen(false)} />}
    </div>
  );
}

export function AtlasHeader() {
  const t = useT();
  const ready = useAtlasState((s) => s.status === 'ready');
  return (
    <header className="atlas-header" data-overlay="top">
      <div className="atlas-title">
        <h1>{t('appTitle')}</h1>
        <p className="atlas-metro">{t('westBankMember')}</p>
        {ready && (
          <Suspense fallback={null}>
            <ScaleSubject />
          </Suspense>
        )}
      </div>
      <Omnibox />
    </header>
  );
}
