// The command registry (Excalidraw's action manager, for a map): every action a person or a host page
// can take is one object with an id, a label in each language, its keys, an argument check and `run`.
// Toolbar buttons, keyboard shortcuts, `gbaAtlas.run()` and (later) postMessage and slides all run
// commands from here; nothing else changes the store on a user's behalf.
import type { Label } from '../contracts/label.ts';
import { preview } from './snapshot.ts';
import type { ImagePreset } from './imagePresets.ts';
import type { AtlasStoreApi } from './store.ts';
import type { Deck, Slide } from '../contracts/deck.ts';
import type { AtlasState, Bounds, LoadedSlide, PresentState, Selection } from './state.ts';

/** A deck read and ready to open. */
export type OpenableDeck = Pick<PresentState, 'deck' | 'slides' | 'origin'>;

/** Presentation mode's work outside the state (loading and checking decks, the browser's storage,
 * files, fullscreen, a second window): its code loads when a deck first opens. Failures throw
 * CommandError, with the notice the user sees already given. */
export interface PresentService {
  /** A built-in deck (public/data/decks) or one of this browser's own. */
  load(id: string): Promise<OpenableDeck>;
  /** A deck from a file or the API, checked like the built-in ones; an own deck from then on. */
  read(raw: unknown, name: string): OpenableDeck;
  /** The slides of a deck as snapshots (after an edit). */
  build(deck: Deck): LoadedSlide[];
  /** The current view as a slide (camera, layers, selection, filters). */
  capture(s: AtlasState): Slide;
  /** Keeps an own deck in this browser. */
  save(deck: Deck): void;
  /** Downloads a deck as a `.json` file. */
  download(deck: Deck): void;
  toggleFullscreen(): void;
  openPresenterView(): void;
  prefersReducedMotion(): boolean;
}

/** What commands need from outside the kernel: checks against data the kernel does not hold. */
export interface CommandData {
  /** Whether a selection names something that exists; undefined while its data has not loaded. */
  exists(selection: Selection): boolean | undefined;
  /** A region's bounds: `gba`, `west-bank` or an admin unit's adcode; undefined when unknown. */
  regionBounds(region: string): Bounds | undefined;
  /** Whether the atlas shows its search box on the map (not in an embed): `/` focuses it there. */
  omnibox?: () => boolean;
  /** Presentation mode's service, loaded on first use (absent where there is none, as in unit tests). */
  present?: () => Promise<PresentService>;
  /** The same, once loaded (commands that run only while presenting). */
  presentLoaded?: () => PresentService | null;
  /** Exports (their code loads on first use): the filtered items as a CSV or their places as GeoJSON;
   * `download` also saves the file (the app's own button). */
  exportData?: (format: 'csv' | 'geojson', download: boolean) => Promise<Blob>;
  /** The current view as a PNG of a preset size, with a title (absent: the atlas's name). */
  exportImage?: (preset: ImagePreset, title: string | undefined, download: boolean) => Promise<Blob>;
  /** The user's own Tianditu key, kept in this browser only (never in the snapshot). */
  basemapKey?: { get(): string | null; set(key: string | null): void };
}

export interface CommandContext {
  store: AtlasStoreApi;
  data: CommandData;
}

/** A command's refusal: the caller gets `{ ok: false, error }` with this message. */
export class CommandError extends Error {}

export type ArgsCheck<A> = (raw: unknown) => A;

/** A key that runs a command, with the arguments it passes and, when they matter, its own label. */
export interface KeyBinding {
  /** `KeyboardEvent.key`: a lowercase letter, a digit, `?`, `/`, `Escape` … (no modifier keys). */
  key: string;
  args?: unknown;
  label?: Label;
}

export interface Command<A = unknown> {
  /** Stable, dotted, documented: `panel.toggle`, `layer.toggle`, `view.reset` … */
  id: string;
  label: Label;
  /** Checks and normalises the arguments; throws CommandError naming what is wrong. */
  args: ArgsCheck<A>;
  keys?: readonly KeyBinding[];
  /** Whether it can run now (a view command needs the map); a key of a disabled command does nothing. */
  enabled?: (s: AtlasState) => boolean;
  run: (ctx: CommandContext, args: A) => unknown;
}

/** Erases a command's argument type for the registry's list (its own check guards `run`). */
export const defineCommand = <A>(c: Command<A>): Command => c as unknown as Command;

export type CommandResult = { ok: true; result?: unknown } | { ok: false; error: string };

export interface CommandInfo {
  id: string;
  label: Label;
  keys: string[];
}

export interface Shortcut {
  key: string;
  label: Label;
  command: string;
  args?: unknown;
}

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export interface CommandRegistry {
  list(): CommandInfo[];
  shortcuts(): Shortcut[];
  has(id: string): boolean;
  /** Runs a command. Never throws and never rejects: an unknown id, bad arguments, a disabled
   * command or a failure inside it come back as `{ ok: false, error }`. */
  run(id: string, args?: unknown): Promise<CommandResult>;
  /** The same, synchronously, for the app's own buttons and keys (the result of an async command is
   * not awaited). */
  runNow(id: string, args?: unknown): CommandResult;
  /** The command and arguments a key press stands for, if any. */
  matchKey(e: KeyInput): { id: string; args: unknown } | null;
}

/** Letters match whatever the Shift or Caps Lock state; other keys as they are. */
const normaliseKey = (key: string) => (key.length === 1 ? key.toLowerCase() : key);

export function createCommandRegistry(commands: readonly Command[], ctx: CommandContext): CommandRegistry {
  const byId = new Map<string, Command>();
  for (const c of commands) {
    if (byId.has(c.id)) throw new Error(`command ${c.id} is defined twice`);
    byId.set(c.id, c);
  }
  // A key may serve several commands in different modes (W zooms to the west bank, or whitens the
  // screen during a presentation): the first enabled one runs, so every binding but the last of a key
  // must say when it applies.
  const byKey = new Map<string, { id: string; args: unknown }[]>();
  for (const c of commands)
    for (const k of c.keys ?? []) {
      const key = normaliseKey(k.key);
      const hits = byKey.get(key) ?? [];
      const shadowing = hits.find((h) => !byId.get(h.id)!.enabled || h.id === c.id);
      if (shadowing) throw new Error(`key ${k.key} is bound twice (${shadowing.id}, ${c.id})`);
      byKey.set(key, [...hits, { id: c.id, args: k.args }]);
    }

  const runNow = (id: unknown, raw?: unknown): CommandResult => {
    const c = typeof id === 'string' ? byId.get(id) : undefined;
    if (!c) return { ok: false, error: `unknown command "${preview(id)}"` };
    try {
      const args = c.args(raw);
      if (c.enabled && !c.enabled(ctx.store.getState())) return { ok: false, error: `${c.id} is not available now` };
      const result = c.run(ctx, args);
      return result === undefined ? { ok: true } : { ok: true, result };
    } catch (e) {
      return { ok: false, error: e instanceof CommandError ? `${c.id}: ${e.message}` : `${c.id} failed: ${preview(String((e as Error)?.message ?? e))}` };
    }
  };

  return {
    list: () => commands.map((c) => ({ id: c.id, label: c.label, keys: (c.keys ?? []).map((k) => k.key) })),
    shortcuts: () => commands.flatMap((c) => (c.keys ?? []).map((k) => ({ key: k.key, label: k.label ?? c.label, command: c.id, ...(k.args === undefined ? {} : { args: k.args }) }))),
    has: (id) => byId.has(id),
    runNow,
    async run(id, raw) {
      const first = runNow(id, raw);
      if (!first.ok || !(first.result instanceof Promise)) return first;
      try {
        const result: unknown = await first.result;
        return result === undefined ? { ok: true } : { ok: true, result };
      } catch (e) {
        return { ok: false, error: preview(String((e as Error)?.message ?? e)) };
      }
    },
    matchKey(e) {
      if (e.ctrlKey || e.metaKey || e.altKey) return null;
      const s = ctx.store.getState();
      for (const hit of byKey.get(normaliseKey(e.key)) ?? []) {
        const c = byId.get(hit.id)!;
        if (!c.enabled || c.enabled(s)) return hit;
      }
      return null;
    },
  };
}

// Argument checks shared by the commands.

type Rec = Record<string, unknown>;

/** No arguments: nothing, null or an empty object. */
export const noArgs: ArgsCheck<void> = (raw) => {
  if (raw === undefined || raw === null) return;
  if (typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0) return;
  throw new CommandError(`takes no arguments (got ${preview(raw)})`);
};

/** An object with only the named keys (own keys; getters are not called). */
export function objectArgs(raw: unknown, keys: readonly string[]): Rec {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new CommandError(`expects an object with ${keys.join(', ')} (got ${preview(raw)})`);
  const out: Rec = {};
  for (const k of Object.keys(raw)) {
    const d = Object.getOwnPropertyDescriptor(raw, k);
    if (!keys.includes(k) || !d || !('value' in d)) throw new CommandError(`unknown argument "${preview(k)}"`);
    out[k] = d.value;
  }
  return out;
}

export function oneOf<T extends string>(list: readonly T[], v: unknown, name: string): T {
  if (typeof v === 'string' && (list as readonly string[]).includes(v)) return v as T;
  throw new CommandError(`${name} must be one of ${list.join(', ')} (got ${preview(v)})`);
}

/** An optional true/false argument: undefined when absent. */
export function optionalBoolean(v: unknown, name: string): boolean | undefined {
  if (v === undefined || typeof v === 'boolean') return v;
  throw new CommandError(`${name} must be true or false (got ${preview(v)})`);
}
