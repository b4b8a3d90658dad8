// Host pages on origins of their own, as an agency's site that embeds the atlas: a temp folder served
// by its own static server (another port on 127.0.0.1 is another origin), pages with external scripts
// only, and `host.js`, which records every message the atlas sends and sends commands the way a host
// page's own code does (`postMessage` to the frame, targetOrigin the atlas's origin). The helpers
// below read that record and the frames' own state from the test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { startStaticServer } from '../support/staticServer.ts';

export interface HostSite {
  origin: string;
  /** The URL of a file of this site. */
  url(file: string): string;
  write(file: string, text: string): void;
  close(): Promise<void>;
}

/** A static site on a new origin, serving a temp folder that already holds `host.js`. */
export async function startHostSite(label: string): Promise<HostSite> {
  const dir = mkdtempSync(join(tmpdir(), `gba-${label}-`));
  writeFileSync(join(dir, 'host.js'), HOST_SCRIPT);
  const server = await startStaticServer([{ prefix: '/', dir }]);
  return {
    origin: server.origin,
    url: (file) => `${server.origin}/${file}`,
    write: (file, text) => writeFileSync(join(dir, file), text),
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An HTML page with its body and scripts (URLs; never inline code). */
export function hostHtml({ title, body, scripts = ['host.js'], lang = 'en' }: { title: string; body: string; scripts?: (string | { src: string; async?: boolean })[]; lang?: string }): string {
  const tags = scripts.map((s) => (typeof s === 'string' ? `<script src="${s}"></script>` : `<script src="${s.src}"${s.async ? ' async' : ''}></script>`));
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>
<style>body{margin:0;font-family:sans-serif} iframe{border:1px solid #999;display:block}</style>
${tags.join('\n')}
</head><body>
${body}
</body></html>`;
}

/** The host page's helper: the record of messages and the sending of commands. */
export const HOST_SCRIPT = `'use strict';
(() => {
  const log = [];
  const frameIdOf = (source) => {
    for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === source) return f.id || null;
    return null;
  };
  window.addEventListener('message', (e) => {
    const d = e.data;
    if (!d || typeof d !== 'object' || d.source !== 'gba-atlas') return;
    log.push({ origin: e.origin, from: frameIdOf(e.source), data: d });
  });
  let seq = 0;
  const frame = (id) => {
    const f = document.getElementById(id);
    if (!f) throw new Error('no iframe #' + id);
    return f;
  };
  window.gbaHost = {
    log,
    /** Posts a raw message to the frame #id, to the atlas's origin. */
    post(id, message) {
      const f = frame(id);
      f.contentWindow.postMessage(message, new URL(f.src).origin);
    },
    /** Sends a command; resolves with the reply, or { timeout: true }. */
    send(id, command, args, options) {
      const o = options || {};
      const msgId = o.id !== undefined ? o.id : 'host-' + ++seq;
      const message = { source: 'gba-atlas', v: o.v === undefined ? 1 : o.v, id: msgId, command };
      if (args !== undefined) message.args = args;
      return new Promise((resolve) => {
        const done = (value) => {
          window.removeEventListener('message', onReply);
          clearTimeout(timer);
          resolve(value);
        };
        const onReply = (e) => {
          const d = e.data;
          if (d && d.source === 'gba-atlas' && Object.prototype.hasOwnProperty.call(d, 'id') && d.id === msgId && e.source === frame(id).contentWindow) done(d);
        };
        const timer = setTimeout(() => done({ timeout: true }), o.timeout || 20000);
        window.addEventListener('message', onReply);
        this.post(id, message);
      });
    },
  };
})();
`;

export interface Logged {
  origin: string;
  /** The id of the iframe element the message came from (null: another window). */
  from: string | null;
  data: { source: string; v: number; frame: string; id?: unknown; ok?: boolean; result?: unknown; error?: string; event?: string; data?: unknown };
}

export interface Reply {
  timeout?: true;
  source?: string;
  v?: number;
  frame?: string;
  id?: unknown;
  ok?: boolean;
  result?: unknown;
  error?: string;
}

declare global {
  interface Window {
    gbaHost: {
      log: Logged[];
      post(id: string, message: unknown): void;
      send(id: string, command: string, args?: unknown, options?: { v?: unknown; id?: unknown; timeout?: number }): Promise<Reply>;
    };
  }
}

/** Sends a command from the host page to the iframe #frameId and returns the reply. */
export function send(page: Page, frameId: string, command: string, args?: unknown, options?: { v?: unknown; id?: unknown; timeout?: number }): Promise<Reply> {
  return page.evaluate(([f, c, a, o]) => window.gbaHost.send(f, c, a, o), [frameId, command, args, options] as const);
}

/** Every atlas message the host page has received so far. */
export function messages(page: Page): Promise<Logged[]> {
  return page.evaluate(() => window.gbaHost.log);
}

/** A mark in the host's record: events after it are the ones an action caused. */
export function mark(page: Page): Promise<number> {
  return page.evaluate(() => window.gbaHost.log.length);
}

/** Waits until the host has received, after `since`, an event of `frame` matching `match`; returns its data. */
export async function waitForEvent<T = unknown>(
  page: Page,
  { frame, event, since = 0, match = () => true, timeout = 20_000 }: { frame: string; event: string; since?: number; match?: (data: T) => boolean; timeout?: number },
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const log = (await messages(page)).slice(since);
    const hit = log.find((m) => m.data.event === event && m.data.frame === frame && match(m.data.data as T));
    if (hit) return hit.data.data as T;
    if (Date.now() > end) {
      const seen = log.filter((m) => m.data.event).map((m) => `${m.data.frame}:${m.data.event}`);
      throw new Error(`no "${event}" event of frame "${frame}" in ${timeout} ms (saw ${seen.slice(-20).join(', ') || 'none'})`);
    }
    await page.waitForTimeout(100);
  }
}

/** The Frame of an iframe on the host page, once its atlas has started (`window.gbaAtlas`). */
export async function atlasFrame(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle({ timeout: 30_000 });
  const frame = await handle!.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  await frame.waitForFunction(() => typeof window.gbaAtlas?.on === 'function', null, { timeout: 30_000 });
  return frame;
}

/** Until the frame's map is not moving and its style and sources are loaded (a few frames after a
 * change, so that a camera request made by the change has started). */
export async function frameSettled(frame: Frame): Promise<void> {
  await frame.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(ok)))));
  await frame.waitForFunction(
    () => {
      const map = window.gbaAtlas.map;
      return !!map && !map.isMoving() && map.loaded();
    },
    null,
    { timeout: 30_000 },
  );
}

/** What the frame's map shows now (the map itself, not the state). */
export function mapView(frame: Frame): Promise<{ zoom: number; center: [number, number]; bounds: [number, number, number, number] }> {
  return frame.evaluate(() => {
    const map = window.gbaAtlas.map!;
    const c = map.getCenter();
    const b = map.getBounds();
    return { zoom: map.getZoom(), center: [c.lng, c.lat] as [number, number], bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [number, number, number, number] };
  });
}
