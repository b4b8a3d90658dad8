// Files from Chinese-locale Excel and older GIS exports are often GBK, not UTF-8. Decoding strictly as
// UTF-8 first and falling back to GB18030 (a superset of GBK) keeps 经度/纬度 headers and names readable.
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
