// The deck chooser (the toolbar's Present button): the built-in decks, this browser's own, a new deck
// from the current view, and a deck file to open. Each choice runs a command.
import { useEffect, useRef, useState } from 'react';
import { useAtlas, useLocale } from '../app/AtlasContext.tsx';
import { deckText, type DeckText } from '../contracts/deck.ts';
import { DECK_INDEX_FILE } from '../contracts/manifest.ts';
import { fill, PRESENT_LABELS as P } from './labels.ts';
import { ownDecks, removeOwnDeck } from './service.ts';
import { readDeckFile } from './readDeckFile.ts';
import './present.css';

interface Entry {
  id: string;
  title: DeckText;
  slides: number;
}

export function DeckChooser() {
  const inst = useAtlas();
  const locale = useLocale();
  const [builtIn, setBuiltIn] = useState<Entry[] | null>(null);
  const [own, setOwn] = useState<Entry[]>(() => ownDecks());
  const dialog = useRef<HTMLDialogElement>(null);
  const file = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let cancelled = false;
    fetch(new URL(DECK_INDEX_FILE, document.baseURI))
      .then((r) => (r.ok ? r.json() : { decks: [] }))
      .then((j: { decks?: Entry[] }) => !cancelled && setBuiltIn(Array.isArray(j.decks) ? j.decks : []))
      .catch(() => !cancelled && setBuiltIn([]));
    return () => {
      cancelled = true;
    };
  }, []);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const close = () => inst.run('app.dismiss');
  const open = (deck: string) => {
    close();
    void inst.commands.run('present.open', { deck });
  };
  const list = (entries: Entry[], removable: boolean) => (
    <ul className="deck-list">
      {entries.map((d) => (
        <li key={d.id}>
          <button type="button" onClick={() => open(d.id)}>
            <strong>{deckText(d.title, locale)}</strong> <span>{fill(P.slides[locale], { n: d.slides })}</span>
          </button>
          {removable && (
            <button
              type="button"
              className="deck-remove"
              aria-label={`${P.remove[locale]} ${deckText(d.title, locale)}`}
              onClick={() => {
                removeOwnDeck(d.id);
                setOwn(ownDecks());
              }}
            >
              ✕
            </button>
          )}
        </li>
      ))}
    </ul>
  );

  return (
    <dialog ref={dialog} className="deck-chooser" aria-labelledby="deck-chooser-title" onCancel={(e) => (e.preventDefault(), close())}>
      <h2 id="deck-chooser-title">{P.decks[locale]}</h2>
      <h3>{P.builtIn[locale]}</h3>
      {builtIn === null ? <p>{P.loading[locale]}</p> : list(builtIn, false)}
      {own.length > 0 && (
        <>
          <h3>{P.own[locale]}</h3>
          {list(own, true)}
        </>
      )}
      <p className="deck-actions">
        <button
          type="button"
          onClick={() => {
            close();
            void inst.commands.run('present.new');
          }}
        >
          ＋ {P.newDeck[locale]}
        </button>
        <button type="button" onClick={() => file.current?.click()}>
          {P.openFile[locale]}
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (!f) return;
            close();
            void readDeckFile(inst, f);
          }}
        />
        <button type="button" onClick={close}>
          {P.done[locale]}
        </button>
      </p>
      <p className="deck-hint">{P.dropHint[locale]}</p>
    </dialog>
  );
}
