// A deck file from the user (picked or dropped): read as text within a size limit, parsed as JSON and
// handed to `present.import`, which checks it like a built-in deck. A bad file gets a message; the
// deck shown, and everything else, stays as it was.
import type { AtlasInstance } from '../app/atlasInstance.ts';

/** A deck of 200 slides with long notes stays well below this. */
const MAX_BYTES = 5 * 1024 * 1024;

export async function readDeckFile(inst: AtlasInstance, file: File): Promise<void> {
  const name = file.name.slice(0, 80);
  if (file.size > MAX_BYTES) {
    inst.notify({ message: 'deckLoadFailed', values: { deck: name }, quotes: [`${(file.size / 1024 / 1024).toFixed(1)} MB > 5 MB`] });
    return;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text());
  } catch {
    inst.notify({ message: 'deckLoadFailed', values: { deck: name }, quotes: ['JSON'] });
    return;
  }
  // The command names any error in a notice itself.
  await inst.commands.run('present.import', { deck: raw, name });
}

/** Whether a dropped file looks like a deck (a `.json` whose start names the deck format). */
export async function isDeckFile(file: File): Promise<boolean> {
  if (!/\.json$/i.test(file.name) || file.size > MAX_BYTES) return false;
  const head = await file.slice(0, 2048).text();
  return head.includes('"gba-atlas-deck"');
}
