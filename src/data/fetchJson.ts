// One way to load the app's data files: relative to the page (so dist/ works from any sub-path),
// with failures turned into messages that name the file and say what went wrong.
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DataFileError';
  }
}

export type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'statusText' | 'text'>>;

export async function fetchJson(file: string, base: string, fetchImpl: Fetch = fetch): Promise<unknown> {
  let res;
  try {
    res = await fetchImpl(new URL(file, base).href);
  } catch (e) {
    throw new DataFileError(file, `network error (${(e as Error).message})`);
  }
  if (!res.ok) throw new DataFileError(file, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  const text = await res.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataFileError(file, 'not valid JSON');
  }
}
