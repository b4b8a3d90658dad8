// Writes the print resolution into a PNG (its pHYs chunk, in pixels per metre), so that a word processor
// places an A4 export at A4 size instead of at 96 dpi. The browser's encoder writes none.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const INCHES_PER_METRE = 1 / 0.0254;

let table: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = table[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The PNG with a pHYs chunk of `dpi` right after its header (replacing one it had); anything not a PNG is returned as it is. */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) return png;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  // Drop an existing pHYs, keep every other chunk in order.
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  let at = 8;
  let header: Uint8Array | null = null;
  while (at + 12 <= png.length) {
    const len = view.getUint32(at);
    const end = at + 12 + len;
    if (end > png.length) return png;
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const chunk = png.subarray(at, end);
    if (type === 'IHDR') header = chunk;
    else if (type !== 'pHYs') parts.push(chunk);
    at = end;
  }
  if (!header) return png;
  const ppm = Math.round(dpi * INCHES_PER_METRE);
  const phys = new Uint8Array(21);
  const pv = new DataView(phys.buffer);
  pv.setUint32(0, 9);
  phys.set([0x70, 0x48, 0x59, 0x73], 4); // pHYs
  pv.setUint32(8, ppm);
  pv.setUint32(12, ppm);
  phys[16] = 1; // the unit is the metre
  pv.setUint32(17, crc32(phys.subarray(4, 17)));
  const chunks = [parts[0]!, header, phys, ...parts.slice(1)];
  const result = new Uint8Array(chunks.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of chunks) {
    result.set(p, o);
    o += p.length;
  }
  return result;
}

/** The pixels-per-metre and unit of a PNG's pHYs chunk, if it has one (for tests and checks). */
export function readDpi(png: Uint8Array): number | null {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  while (at + 12 <= png.length) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'pHYs' && len === 9 && png[at + 16] === 1) return Math.round(view.getUint32(at + 8) / INCHES_PER_METRE);
    at += 12 + len;
  }
  return null;
}
