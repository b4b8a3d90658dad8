// The deck format's names and limits, apart from its validator (src/contracts/deck.ts): the snapshot
// parser and the commands need only these, and the validator loads with presentation mode.
export const DECK_FORMAT = 'gba-atlas-deck';
export const DECK_VERSION = 1;

export const DECK_LIMITS = { slides: 200, id: 64, title: 160, caption: 600, notes: 6000, list: 200, refId: 120, sentence: 200 } as const;

/** Deck ids are short lowercase slugs (the file names under data/decks/). */
export const DECK_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
