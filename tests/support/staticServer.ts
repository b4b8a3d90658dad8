// A minimal static file server for tests and the bench. It mounts dist/ under a sub-path, as
// agencies will (e.g. /maps/gba/), so every run also proves the build works from a sub-path.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export interface Mount {
  /** URL prefix, starting and ending with "/". */
  prefix: string;
  dir: string;
  /** Extra response headers for this mount's files (over the server's own `headers`). */
  headers?: Record<string, string>;
}

export interface StaticServerOptions {
  /** Extra response headers for every file served, e.g. a `content-security-policy`. */
  headers?: Record<string, string>;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function startStaticServer(mounts: Mount[], { headers = {} }: StaticServerOptions = {}): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = mounts.find((m) => path.startsWith(m.prefix));
    if (!mount) return void res.writeHead(404).end('not found');
    const root = resolve(mount.dir);
    let file = normalize(join(root, path.slice(mount.prefix.length)));
    if (!file.startsWith(root)) return void res.writeHead(403).end('forbidden');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers,
      ...mount.headers,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
