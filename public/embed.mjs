// GBA Plan Atlas embed SDK as an ES module: import GbaAtlas from 'https://…/gba/embed.mjs';
// (embed.js, evaluated by this import, cannot see its own URL: the atlas is this module's folder.)
import './embed.js';

export const GbaAtlas = globalThis.GbaAtlas;
if (!GbaAtlas.src) GbaAtlas.src = new URL('./', import.meta.url).href;
export default GbaAtlas;
