// Presentation mode's service (loaded with the first deck): reading and checking decks (built in, this
// browser's own, files), keeping own decks in localStorage, files out, fullscreen, the presenter
// window, and keeping two windows of one presentation on the same slide over a BroadcastChannel.
import { validateDeck, type Deck, type DeckError, type DeckProblem } from '../contracts/deck.ts';
import { deckFile } from '../contracts/manifest.ts';
import { CommandError, type CommandRegistry, type OpenableDeck, type PresentService } from '../kernel/commands.ts';
import type { Notice } from '../kernel/state.ts';
import type { AtlasStoreApi } from '../kernel/store.ts';
import { isLayerGroupId } from '../kernel/layerGroups.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { buildSlides, captureSlide, deckJson } from './slides.ts';
import { startPresentSync } from './sync.ts';
import { PRESENT_LABELS } from './labels.ts';

const STORAGE_PREFIX = 'gba-atlas:deck:';
const OWN_ID = /^my-[a-z0-9-]{1,60}$/;

const PROBLEM: Record<DeckProblem, MessageKey> = {
  missing: 'deckMissing',
  type: 'deckType',
  unknown: 'deckUnknown',
  range: 'deckRange',
  length: 'deckLength',
  format: 'deckFormat',
};

/** An own deck's id in this browser. */
export const isOwnDeckId = (id: string) => OWN_ID.test(id);

/** This browser's own decks (id and title), newest first; unreadable entries are skipped. */
export function ownDecks(): { id: string; title: Deck['title']; slides: number }[] {
  const out: { id: string; title: Deck['title']; slides: number; key: string }[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(STORAGE_PREFIX)) continue;
      const result = validateDeck(JSON.parse(localStorage.getItem(key) ?? 'null'), key, { isLayer: isLayerGroupId });
      if (result.ok) out.push({ id: result.deck.id, title: result.deck.title, slides: result.deck.slides.length, key });
    }
  } catch {
    // Storage disabled or an entry that is not JSON: list what could be read.
  }
  return out.sort((a, b) => (a.id < b.id ? 1 : -1)).map(({ id, title, slides }) => ({ id, title, slides }));
}

export function removeOwnDeck(id: string): void {
  try {
    localStorage.removeItem(STORAGE_PREFIX + id);
  } catch {
    // nothing kept, nothing to remove
  }
}

/** What the service needs of its atlas (its code is loaded by the atlas instance, so it names no app type). */
export interface PresentHost {
  /** Embed mode: no presenter window, no sync with other windows. */
  embed?: { embedded: boolean };
  store: AtlasStoreApi;
  commands: CommandRegistry;
  notify(notice: Omit<Notice, 'id'>): void;
}

export function createPresentService(inst: PresentHost): PresentService {
  const reject = (errors: DeckError[]): never => {
    const e = errors[0]!;
    inst.notify({
      message: 'deckRejected',
      values: {
        deck: e.deck,
        where: e.slide === null ? '' : { message: 'deckWhereSlide', values: { slide: e.slide } },
        field: e.field,
        problem: { message: PROBLEM[e.problem] },
        value: e.value,
      },
    });
    throw new CommandError(`deck "${e.deck}"${e.slide === null ? '' : `, slide ${e.slide}`}: ${e.field} ${e.problem} (${e.value})${errors.length > 1 ? ` and ${errors.length - 1} more` : ''}`);
  };

  const open = (raw: unknown, name: string, origin: OpenableDeck['origin']): OpenableDeck => {
    const result = validateDeck(raw, name, { isLayer: isLayerGroupId });
    if (!result.ok) return reject(result.errors);
    const built = buildSlides(result.deck);
    if (!built.ok) return reject(built.errors);
    return { deck: result.deck, slides: built.slides, origin };
  };

  const failed = (deck: string, why: string): never => {
    inst.notify({ message: 'deckLoadFailed', values: { deck }, quotes: [why] });
    throw new CommandError(`deck "${deck}" could not be loaded: ${why}`);
  };

  const service: PresentService = {
    async load(id) {
      if (isOwnDeckId(id)) {
        let text: string | null = null;
        try {
          text = localStorage.getItem(STORAGE_PREFIX + id);
        } catch {
          // storage disabled
        }
        if (text === null) return failed(id, PRESENT_LABELS.notInBrowser[inst.store.getState().locale]);
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch {
          return failed(id, 'JSON');
        }
        return open(raw, id, 'user');
      }
      let response: Response;
      try {
        response = await fetch(new URL(deckFile(id), document.baseURI));
      } catch (e) {
        return failed(id, String((e as Error).message ?? e));
      }
      if (!response.ok) return failed(id, `HTTP ${response.status}`);
      let raw: unknown;
      try {
        raw = await response.json();
      } catch {
        return failed(id, 'JSON');
      }
      return open(raw, id, 'builtin');
    },
    read: (raw, name) => {
      const deck = open(raw, name, 'user');
      // A file or a copy becomes one of this browser's own decks.
      if (!isOwnDeckId(deck.deck.id)) {
        const id = `my-${deck.deck.id.slice(0, 40)}-${Date.now().toString(36)}`;
        return { ...deck, deck: { ...deck.deck, id }, slides: deck.slides.map((s) => ({ ...s, snapshot: { ...s.snapshot, presentation: { deck: id, slide: s.snapshot.presentation!.slide } } })) };
      }
      return deck;
    },
    build: (deck) => {
      const built = buildSlides(deck);
      return built.ok ? built.slides : reject(built.errors);
    },
    capture: (s) => {
      const n = (s.present?.slide ?? 0) + 1;
      return captureSlide(s, `${PRESENT_LABELS.newSlide[s.locale]} ${n}`);
    },
    save: (deck) => {
      try {
        localStorage.setItem(STORAGE_PREFIX + deck.id, JSON.stringify(deck));
      } catch {
        inst.notify({ message: 'deckSaveFailed' });
      }
    },
    download: (deck) => {
      const url = URL.createObjectURL(new Blob([deckJson(deck)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${deck.id}.json`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    toggleFullscreen: () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      else void document.documentElement.requestFullscreen?.().catch(() => {});
    },
    openPresenterView: () => {
      const p = inst.store.getState().presentation;
      if (!p) return;
      const search = new URLSearchParams(window.location.search);
      search.set('view', 'presenter');
      const url = `${window.location.pathname}?${search.toString()}#present=${encodeURIComponent(p.deck)}&slide=${p.slide}&lang=${inst.store.getState().locale}`;
      window.open(url, `gba-atlas-presenter-${p.deck}`, 'popup,width=1100,height=720');
    },
    prefersReducedMotion: () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  };
  // The presenter's window talks to its atlas over a channel every same-origin window hears: an embed
  // (one of several on a host page) keeps its slides to itself.
  if (!inst.embed?.embedded) startPresentSync(inst);
  return service;
}
