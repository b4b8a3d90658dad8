// Everything one atlas on a page owns: its store, its commands, its events, its data and its map. The
// MapLibre map lives here, outside React state (the react-map-gl pattern); components reach all of it
// through AtlasContext.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Locale } from '../contracts/label.ts';
import { FULL_APP, type EmbedOptions } from '../embed/options.ts';
import { createKeyStore, type KeyStore } from './basemapKey.ts';
import { translator } from '../i18n/messages.ts';
import { showsCounts } from '../map/countsShown.ts';
import { exists, regionBounds, type AtlasData } from '../data/lookup.ts';
import { COMMANDS, type CommandArgs, type CommandId } from '../kernel/commandList.ts';
import { createCommandRegistry, type CommandData, type CommandRegistry, type CommandResult, type PresentService } from '../kernel/commands.ts';
import type { Emitter } from '../kernel/emitter.ts';
import { createEventEmitter, observeStore, type AtlasEvents } from '../kernel/events.ts';
import { createAtlasStore, type AtlasStoreApi } from '../kernel/store.ts';
import type { Notice, Snapshot } from '../kernel/state.ts';

type ArgsOf<K extends CommandId> = CommandArgs[K] extends void ? [] : undefined extends CommandArgs[K] ? [CommandArgs[K]?] : [CommandArgs[K]];

export interface AtlasInstance extends AtlasData {
  store: AtlasStoreApi;
  events: Emitter<AtlasEvents>;
  commands: CommandRegistry;
  /** Checks against the loaded data, for commands and snapshots from outside. */
  lookups: CommandData;
  /** Runs a command for the app's own buttons, keys and map clicks (typed; the result is not awaited). */
  run<K extends CommandId>(id: K, ...args: ArgsOf<K>): CommandResult;
  /** Tells the user something (shown in the UI language). */
  notify(notice: Omit<Notice, 'id'>): void;
  map: MapLibreMap | null;
  /** The language the page opens in without `lang=` in the hash (`?lang=`, else 简体). */
  defaultLocale: Locale;
  /** Whether the atlas opened on a view of its own (a link's `map=`): else the map fits the region. */
  opensOnView: boolean;
  /** How the page is embedded (everything shown outside embed mode). */
  embed: EmbedOptions;
  /** Says the next change corrects what the URL opened with, so it replaces the entry instead of adding one. */
  correctingUrl(): void;
  /** The user's own Tianditu key (this browser only; never in the snapshot). */
  tiandituKey: KeyStore;
  /** Stops observing the store (for tests and for embeds that unmount). */
  dispose(): void;
}

export function createAtlasInstance(
  snapshot: Snapshot,
  { defaultLocale, opensOnView, embed = FULL_APP }: { defaultLocale: Locale; opensOnView: boolean; embed?: EmbedOptions },
): AtlasInstance {
  const store = createAtlasStore(snapshot);
  const tiandituKey = createKeyStore();
  const events = createEventEmitter();
  // Presentation mode's code (service and screen) loads with the first deck, in one chunk.
  let present: PresentService | null = null;
  let presentLoading: Promise<PresentService> | null = null;
  const loadPresent = () =>
    (presentLoading ??= import('../present/service.ts').then((m) => (present = m.createPresentService(inst))).catch((e: unknown) => {
      presentLoading = null;
      throw e;
    }));
  const inst: AtlasInstance = {
    store,
    events,
    commands: undefined as unknown as CommandRegistry,
    lookups: {
      exists: (s) => exists(inst, s),
      regionBounds: (r) => regionBounds(inst, r),
      omnibox: () => !inst.embed.embedded,
      present: loadPresent,
      presentLoaded: () => present,
      exportData: (format, save) =>
        import('../export/dataService.ts').then((m) => {
          const out = m.exportData(inst, format);
          if (save) m.download(out.blob, out.fileName);
          return out.blob;
        }),
      basemapKey: tiandituKey,
      exportImage: (preset, title, save) =>
        import('../export/imageService.ts').then(async (m) => {
          const out = await m.exportImage(inst, { translator, countsDrawn: showsCounts }, preset, title);
          if (save) (await import('../export/download.ts')).download(out.blob, out.fileName);
          return out.blob;
        }),
    },
    run: (id, ...args) => inst.commands.runNow(id, args[0]),
    notify: (notice) => store.getState().actions.noticeAdded(notice),
    map: null,
    basemap: null,
    gazetteer: null,
    corpus: null,
    links: null,
    defaultLocale,
    tiandituKey,
    opensOnView,
    embed,
    correctingUrl: () => {},
    dispose: () => {},
  };
  inst.commands = createCommandRegistry(COMMANDS, { store, data: inst.lookups });
  inst.dispose = observeStore(store, events);
  return inst;
}
