// Two windows of one presentation (the audience's and the presenter's) on the same slide: each posts
// where it is over a BroadcastChannel and follows the other, so either can advance. Closing one leaves
// the other as it is. Messages are checked like any input: a deck id and a slide number, nothing else.
import type { CommandRegistry } from '../kernel/commands.ts';
import type { AtlasStoreApi } from '../kernel/store.ts';
import { DECK_ID, DECK_LIMITS } from '../contracts/deckLimits.ts';

export const PRESENT_CHANNEL = 'gba-atlas-present';

interface Position {
  deck: string;
  slide: number;
  blank: 'black' | 'white' | null;
}

function readMessage(data: unknown): Position | null {
  if (typeof data !== 'object' || data === null) return null;
  const { deck, slide, blank } = data as Record<string, unknown>;
  if (typeof deck !== 'string' || !DECK_ID.test(deck)) return null;
  if (typeof slide !== 'number' || !Number.isInteger(slide) || slide < 1 || slide > DECK_LIMITS.slides) return null;
  return { deck, slide, blank: blank === 'black' || blank === 'white' ? blank : null };
}

export function startPresentSync(inst: { store: AtlasStoreApi; commands: CommandRegistry }): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(PRESENT_CHANNEL);
  let last = '';
  const post = () => {
    const { present } = inst.store.getState();
    if (!present) return;
    const position: Position = { deck: present.deck.id, slide: present.slide, blank: present.blank };
    const key = JSON.stringify(position);
    if (key === last) return;
    last = key;
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel is same-origin by definition
    channel.postMessage(position);
  };
  channel.addEventListener('message', (e: MessageEvent) => {
    const m = readMessage(e.data);
    const { present, status } = inst.store.getState();
    if (!m || status !== 'ready') return;
    last = JSON.stringify(m);
    if (!present || present.deck.id !== m.deck) {
      // Only a window presenting that deck follows (another deck in another window is left alone).
      return;
    }
    if (present.slide !== m.slide) void inst.commands.run('present.goTo', { slide: m.slide });
    // present.blank toggles: the other window's colour, or (to return) the one shown here.
    if (present.blank !== m.blank) void inst.commands.run('present.blank', { color: m.blank ?? present.blank });
  });
  const unsubscribe = inst.store.subscribe((s, prev) => {
    if (s.present && (s.present.slide !== prev.present?.slide || s.present.blank !== prev.present?.blank || s.present.deck.id !== prev.present?.deck.id)) post();
  });
  post();
  return () => {
    unsubscribe();
    channel.close();
  };
}
