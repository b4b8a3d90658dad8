// Reads a picked or dropped file in the browser (File API only; nothing is sent anywhere) and parses it.
import { decodeText } from './decodeText.ts';
import { checkSize, parseUserFile, type ParseResult } from './parseUserFile.ts';

export async function readUserFile(file: File): Promise<ParseResult> {
  // Refuse by the size the browser reports, before a large file is loaded into memory.
  const tooLarge = checkSize(file.size);
  if (tooLarge) return { ok: false, error: tooLarge };
  return parseUserFile(file.name, decodeText(new Uint8Array(await file.arrayBuffer())));
}
