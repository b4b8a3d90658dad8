// The postMessage API (version 1) of an embedded atlas: a host page on another origin drives the map
// with the same commands as the keyboard and the JS API, and hears the same events. See README
// "postMessage API".
//   host → frame  { source: 'gba-atlas', v: 1, id, command, args }
//   frame → host  { source: 'gba-atlas', v: 1, frame, id, ok: true, result } | { …, ok: false, error }
//   frame → host  { source: 'gba-atlas', v: 1, frame, event, data }
// Only the origins allowed (`origin=` in the embed URL, else the page that framed this one) are
// answered; every other message is ignored without a reply, and events go only to allowed origins.
import type { AtlasInstance } from '../app/atlasInstance.ts';
import type { AtlasEvents } from '../kernel/events.ts';
import { preview } from '../kernel/snapshot.ts';
import { snapshotOf } from '../kernel/state.ts';
import { createPublicApi } from './publicApi.ts';
import { normaliseOrigin, type EmbedOptions } from './options.ts';

export const SOURCE = 'gba-atlas';
export const PROTOCOL_VERSION = 1;

/** The events a host hears: the atlas's own, and `resize` (the height the frame's content asks for). */
export const BRIDGE_EVENTS = ['ready', 'statechange', 'viewchange', 'select', 'slidechange', 'error'] as const satisfies readonly (keyof AtlasEvents)[];

type Args = Record<string, unknown>;
/** The API's verbs, each a registry command (with its arguments reshaped where they differ). */
const ALIASES: ReadonlyMap<string, (args: unknown) => { id: string; args?: unknown }> = new Map<string, (args: unknown) => { id: string; args?: unknown }>([
  ['setView', (a) => ({ id: 'view.set', args: a })],
  ['fitBounds', (a) => ({ id: 'view.fitBounds', args: a })],
  ['setLayers', (a) => ({ id: 'layers.set', args: a })],
  ['setFilters', (a) => ({ id: 'filters.set', args: a })],
  ['select', (a) => ({ id: 'selection.set', args: a })],
  ['clearSelection', (a) => ({ id: 'selection.clear', args: a })],
  ['setLanguage', (a) => ({ id: 'locale.set', args: a })],
  ['openDeck', (a) => ({ id: 'present.open', args: a })],
  ['nextSlide', (a) => ({ id: 'present.next', args: a })],
  ['previousSlide', (a) => ({ id: 'present.previous', args: a })],
  // With a deck: open it on that slide (a host's "step 3 of the structure deck"); without, move within the open one.
  ['goToSlide', (a) => (isRecord(a) && Object.hasOwn(a, 'deck') ? { id: 'present.open', args: a } : { id: 'present.goTo', args: a })],
]);
/** The verbs that are not commands: they read or set the whole snapshot. */
export const API_VERBS = ['getState', 'setState', ...ALIASES.keys()] as const;

const MAX_ID = 200;

function isRecord(v: unknown): v is Args {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const own = (o: Args, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/** The origins that may drive this frame: the `origin=` list, else the page that framed it. */
export function allowedOrigins(options: Pick<EmbedOptions, 'origins'>, loc: Pick<Location, 'ancestorOrigins'> | undefined, referrer: string): string[] {
  if (options.origins.length) return [...options.origins];
  const ancestor = loc?.ancestorOrigins?.length ? loc.ancestorOrigins[0] : undefined;
  const framer = ancestor && ancestor !== 'null' ? normaliseOrigin(ancestor) : referrer ? normaliseOrigin(referrer) : null;
  return framer ? [framer] : [];
}

export interface Bridge {
  /** Handles one message (the page's listener, and messages that arrived before this code loaded). */
  receive(e: Pick<MessageEvent, 'data' | 'origin' | 'source'>): void;
  readonly origins: readonly string[];
  stop(): void;
}

export function startMessageBridge(inst: AtlasInstance, options: EmbedOptions, win: Window = window, { measure = true }: { measure?: boolean } = {}): Bridge {
  const origins = allowedOrigins(options, win.location, win.document.referrer);
  const api = createPublicApi(inst, '');
  const frame = options.frame;
  const parent = win.parent;
  const post = (target: MessageEventSource | null, origin: string, body: Args) => {
    try {
      (target as Window | null)?.postMessage({ source: SOURCE, v: PROTOCOL_VERSION, frame, ...body }, origin);
    } catch {
      // A window that went away, or data that cannot be cloned: nothing to tell.
    }
  };
  const broadcast = (body: Args) => {
    if (parent === win) return;
    for (const origin of origins) post(parent, origin, body);
  };

  // Commands wait for the map, and for the deck a link opened on (its commands need its slides).
  const settled = (s: ReturnType<typeof inst.store.getState>) => s.status === 'ready' && !(s.presentation && !s.present);
  let ready = settled(inst.store.getState());
  const waiting: (() => void)[] = [];
  const whenReady = (fn: () => void) => (ready ? fn() : waiting.push(fn));
  const release = () => {
    if (ready) return;
    ready = true;
    for (const fn of waiting.splice(0)) fn();
  };
  // A deck that never opens does not hold the host's commands for good: they run (and say why they fail).
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = inst.store.subscribe((s) => {
    if (ready) return;
    if (settled(s)) release();
    else if (s.status === 'ready') deadline ??= setTimeout(release, 10_000);
  });

  const answer = async (command: string, args: unknown): Promise<{ ok: true; result?: unknown } | { ok: false; error: string }> => {
    if (command === 'getState') return { ok: true, result: snapshotOf(inst.store.getState()) };
    if (command === 'setState') {
      if (!isRecord(args)) return { ok: false, error: `setState expects a snapshot object (got ${preview(args)})` };
      return { ok: true, result: api.setState(args) };
    }
    const alias = ALIASES.get(command);
    const { id, args: commandArgs } = alias ? alias(args) : { id: command, args };
    if (!inst.commands.list().some((c) => c.id === id)) return { ok: false, error: `unknown command "${preview(command)}" (see the README's postMessage API)` };
    return inst.commands.run(id, commandArgs);
  };

  const receive: Bridge['receive'] = (e) => {
    // Not an allowed origin, or not for us: no reply at all.
    if (!origins.includes(e.origin) || !isRecord(e.data) || own(e.data, 'source') !== SOURCE || !Object.hasOwn(e.data, 'command')) return;
    const d = e.data;
    const rawId = own(d, 'id');
    const id = (typeof rawId === 'string' && rawId.length <= MAX_ID) || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : null;
    const reply = (body: Args) => post(e.source, e.origin, { id, ...body });
    if (id === null) return reply({ ok: false, error: `id must be a string (up to ${MAX_ID} characters) or a number (got ${preview(rawId)})` });
    if (own(d, 'v') !== PROTOCOL_VERSION) return reply({ ok: false, error: `v must be ${PROTOCOL_VERSION}: this atlas speaks version ${PROTOCOL_VERSION} of the API (got ${preview(own(d, 'v'))})` });
    const command = own(d, 'command');
    if (typeof command !== 'string') return reply({ ok: false, error: `command must be a string (got ${preview(command)})` });
    const args = own(d, 'args');
    whenReady(() => {
      answer(command, args).then(
        (r) => reply(r.ok ? { ok: true, result: r.result ?? null } : { ok: false, error: r.error }),
        (err: unknown) => reply({ ok: false, error: String((err as Error)?.message ?? err) }),
      );
    });
  };

  const offs = BRIDGE_EVENTS.map((event) =>
    inst.events.on(event, (data) => {
      broadcast({ event, data: data ?? null });
    }),
  );

  const onMessage = (e: MessageEvent) => receive(e);
  win.addEventListener('message', onMessage);
  const stopResize = measure ? watchHeight(win, (height) => broadcast({ event: 'resize', data: { height } })) : () => {};
  return {
    receive,
    origins,
    stop: () => {
      for (const off of offs) off();
      unsubscribe();
      clearTimeout(deadline);
      stopResize();
      win.removeEventListener('message', onMessage);
    },
  };
}

/** Reports the height the frame's content asks for: the frame's own height, or more when what is
 * stacked over the map (toolbar, notices, the card) needs more than a small frame gives it. */
function watchHeight(win: Window, report: (height: number) => void): () => void {
  const doc = win.document;
  let base = win.innerHeight;
  let last = -1;
  const asked: number[] = [];
  let frame = 0;
  const measure = () => {
    frame = 0;
    // A height the host set itself (not one this frame asked for lately) is the new base.
    if (win.innerHeight !== base && !asked.includes(win.innerHeight)) base = win.innerHeight;
    const column = doc.querySelector<HTMLElement>('.overlay-column');
    let needed = base;
    if (column) {
      const top = column.getBoundingClientRect().top;
      const gap = 8;
      let content = 0;
      for (const child of column.children) content += Math.max((child as HTMLElement).offsetHeight, (child as HTMLElement).scrollHeight) + gap;
      // Room for the credits and the scale under the column.
      needed = Math.max(base, Math.ceil(top + content + 48));
    }
    if (Math.abs(needed - last) >= 2) {
      last = needed;
      asked.push(needed);
      if (asked.length > 4) asked.shift();
      report(needed);
    }
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(measure);
  };
  const resizeObserver = new ResizeObserver(schedule);
  const mutations = new MutationObserver(() => {
    const column = doc.querySelector('.overlay-column');
    if (column) for (const child of column.children) resizeObserver.observe(child);
    schedule();
  });
  mutations.observe(doc.body, { childList: true, subtree: true });
  win.addEventListener('resize', schedule);
  schedule();
  return () => {
    win.removeEventListener('resize', schedule);
    win.cancelAnimationFrame(frame);
    resizeObserver.disconnect();
    mutations.disconnect();
  };
}
