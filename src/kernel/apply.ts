// A snapshot from outside the app (the API's setState; later postMessage and slides) applied to the
// store: parsed over what is shown, the selection checked against the data when it can be, and the
// camera told what to do — go to the view the input gave, else bring a new selection into view.
import type { CommandData } from './commands.ts';
import { parseSnapshot, preview } from './snapshot.ts';
import type { AtlasStoreApi } from './store.ts';
import { snapshotOf, type CameraIntent } from './state.ts';

/** Applies `input` and returns the names of the parts it ignored. */
export function applyExternalSnapshot(store: AtlasStoreApi, data: CommandData, input: unknown): string[] {
  const current = snapshotOf(store.getState());
  const { snapshot, ignored, given } = parseSnapshot(input, current);
  const names = ignored.map((i) => i.path);
  const sel = snapshot.selection;
  if (given.has('selection') && sel && data.exists(sel) === false) {
    names.push(`selection (no ${sel.kind} "${preview(sel.id)}")`);
    snapshot.selection = current.selection;
  }
  const selectionChanged = JSON.stringify(snapshot.selection) !== JSON.stringify(current.selection);
  const camera: CameraIntent | undefined =
    given.has('view') && JSON.stringify(snapshot.view) !== JSON.stringify(current.view)
      ? { kind: 'jump', view: snapshot.view }
      : selectionChanged && snapshot.selection
        ? { kind: 'fit-selection', selection: snapshot.selection }
        : undefined;
  store.getState().actions.snapshotApplied(snapshot, camera);
  return names;
}
