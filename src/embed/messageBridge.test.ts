import { describe, expect, it } from 'vitest';
import { createAtlasInstance } from '../app/atlasInstance.ts';
import { defaultSnapshot } from '../kernel/defaults.ts';
import { allowedOrigins, startMessageBridge } from './messageBridge.ts';
import { parseEmbedOptions } from './options.ts';

const HOST = 'https://agency.example';
const settle = () => new Promise((ok) => setTimeout(ok, 0));

interface Posted {
  data: Record<string, unknown>;
  origin: string;
}

/** A frame's window: its parent (the host) records what the frame posts to it. */
function fakeWindow(referrer = `${HOST}/page.html`) {
  const toParent: Posted[] = [];
  const parent = { postMessage: (data: Record<string, unknown>, origin: string) => toParent.push({ data, origin }) };
  const win = { parent, location: {}, document: { referrer }, addEventListener: () => {}, removeEventListener: () => {} };
  return { win: win as unknown as Window, toParent };
}

/** A host window that sent a message, recording the replies. */
function sender() {
  const replies: Posted[] = [];
  return { replies, source: { postMessage: (data: Record<string, unknown>, origin: string) => replies.push({ data, origin }) } as unknown as Window };
}

function setup(search = '?embed=1&frame=f1', referrer?: string) {
  const inst = createAtlasInstance(defaultSnapshot(), { defaultLocale: 'zh-Hans', opensOnView: false, embed: parseEmbedOptions(search, true) });
  const { win, toParent } = fakeWindow(referrer);
  const bridge = startMessageBridge(inst, inst.embed, win, { measure: false });
  const send = async (data: unknown, origin = HOST) => {
    const s = sender();
    bridge.receive({ data, origin, source: s.source });
    await settle();
    await settle();
    return s.replies;
  };
  return { inst, bridge, toParent, send, ready: () => inst.store.getState().actions.loadSucceeded() };
}

describe('who may drive the frame', () => {
  it('is the origin= list when given, else the page that framed it', () => {
    expect(allowedOrigins({ origins: ['https://a.example'] }, undefined, `${HOST}/x`)).toEqual(['https://a.example']);
    expect(allowedOrigins({ origins: [] }, undefined, `${HOST}/x?y#z`)).toEqual([HOST]);
    const ancestors = Object.assign(['https://top.example'], { contains: () => true, item: () => null }) as unknown as DOMStringList;
    expect(allowedOrigins({ origins: [] }, { ancestorOrigins: ancestors }, `${HOST}/x`)).toEqual(['https://top.example']);
    expect(allowedOrigins({ origins: [] }, undefined, '')).toEqual([]);
  });
});

describe('the postMessage API', () => {
  it('answers commands from the allowed origin once ready, with the frame id, to that origin only', async () => {
    const { send, ready, inst } = setup();
    const early = send({ source: 'gba-atlas', v: 1, id: 'a', command: 'select', args: { kind: 'admin', id: '440400' } });
    ready();
    const replies = await early;
    expect(replies).toEqual([{ origin: HOST, data: { source: 'gba-atlas', v: 1, frame: 'f1', id: 'a', ok: true, result: null } }]);
    expect(inst.store.getState().selection).toEqual({ kind: 'admin', id: '440400' });
    const [state] = await send({ source: 'gba-atlas', v: 1, id: 7, command: 'getState' });
    expect(state!.data).toMatchObject({ id: 7, ok: true, result: { version: 1, selection: { kind: 'admin', id: '440400' } } });
  });

  it('runs the API verbs as registry commands', async () => {
    const { send, ready, inst } = setup();
    ready();
    await send({ source: 'gba-atlas', v: 1, id: 1, command: 'setLayers', args: { layers: { heritage: true } } });
    await send({ source: 'gba-atlas', v: 1, id: 2, command: 'setFilters', args: { query: '港口' } });
    await send({ source: 'gba-atlas', v: 1, id: 3, command: 'setLanguage', args: { locale: 'en' } });
    await send({ source: 'gba-atlas', v: 1, id: 4, command: 'panel.open', args: { panel: 'layers' } });
    const s = inst.store.getState();
    expect(s.layers).toMatchObject({ heritage: true });
    expect(s.filters.query).toBe('港口');
    expect(s.locale).toBe('en');
    expect(s.panel).toBe('layers');
    const [r] = await send({ source: 'gba-atlas', v: 1, id: 5, command: 'setState', args: { panel: null, nope: 1 } });
    expect(r!.data).toMatchObject({ ok: true, result: { ignored: ['nope'] } });
    expect(inst.store.getState().panel).toBe(null);
  });

  it('says what is wrong, naming the field, and changes nothing', async () => {
    const { send, ready, inst } = setup();
    ready();
    const before = JSON.stringify(inst.store.getState().view);
    const cases: [unknown, string][] = [
      [{ source: 'gba-atlas', v: 1, id: 1, command: 'setView', args: { zoom: 'x' } }, 'view.zoom'],
      [{ source: 'gba-atlas', v: 1, id: 2, command: 'select', args: { kind: 'nope', id: 'x' } }, 'kind'],
      [{ source: 'gba-atlas', v: 1, id: 3, command: 'launchMissiles' }, 'unknown command'],
      [{ source: 'gba-atlas', v: 2, id: 4, command: 'getState' }, 'version 1'],
      [{ source: 'gba-atlas', v: 1, id: { x: 1 }, command: 'getState' }, 'id must be'],
      [{ source: 'gba-atlas', v: 1, id: 6, command: 42 }, 'command must be'],
      [{ source: 'gba-atlas', v: 1, id: 7, command: 'setState', args: 'x' }, 'snapshot object'],
    ];
    for (const [msg, field] of cases) {
      const [r] = await send(msg);
      expect(r?.data.ok, JSON.stringify(msg)).toBe(false);
      expect(String(r?.data.error)).toContain(field);
    }
    expect(JSON.stringify(inst.store.getState().view)).toBe(before);
  });

  it('ignores, without a word, other origins and messages that are not for it', async () => {
    const { send, ready, inst } = setup();
    ready();
    const msg = { source: 'gba-atlas', v: 1, id: 1, command: 'panel.open', args: { panel: 'items' } };
    expect(await send(msg, 'https://evil.example')).toEqual([]);
    expect(await send(msg, 'null')).toEqual([]);
    for (const other of [null, 'text', [1], { source: 'other', command: 'x' }, { source: 'gba-atlas', v: 1, event: 'ready' }, Object.create({ source: 'gba-atlas', command: 'getState' })]) {
      expect(await send(other)).toEqual([]);
    }
    expect(inst.store.getState().panel).toBe(null);
  });

  it('posts events to the allowed origins only, never to *', async () => {
    const { toParent, ready, inst } = setup(`?embed=1&frame=f2&origin=https://a.example,https://b.example`);
    ready();
    await settle();
    inst.store.getState().actions.selectionChanged({ kind: 'admin', id: '440400' });
    await settle();
    const events = toParent.map((p) => `${String(p.data.event)}→${p.origin}`);
    expect(events).toEqual(['ready→https://a.example', 'ready→https://b.example', 'select→https://a.example', 'select→https://b.example', 'statechange→https://a.example', 'statechange→https://b.example']);
    expect(toParent.every((p) => p.data.frame === 'f2' && p.data.source === 'gba-atlas' && p.data.v === 1)).toBe(true);
    expect(toParent.find((p) => p.data.event === 'select')!.data.data).toEqual({ kind: 'admin', id: '440400' });
  });
});

describe('exports through postMessage', () => {
  it('answers export.image and export.data with the Blob itself (structured-cloned to the host), and a bad preset with an error', async () => {
    const { send, ready, inst } = setup();
    const png = new Blob(['png'], { type: 'image/png' });
    const csv = new Blob(['csv'], { type: 'text/csv' });
    const asked: unknown[] = [];
    inst.lookups.exportImage = async (...a) => (asked.push(a), png);
    inst.lookups.exportData = async (...a) => (asked.push(a), csv);
    ready();
    // The data export waits for the plan items (loaded after the map).
    inst.store.getState().actions.extrasStatusChanged('ready');
    const image = await send({ source: 'gba-atlas', v: 1, id: 'i', command: 'export.image', args: { preset: 'a4-300dpi', title: '报告图' } });
    const data = await send({ source: 'gba-atlas', v: 1, id: 'd', command: 'export.data', args: { format: 'csv' } });
    const bad = await send({ source: 'gba-atlas', v: 1, id: 'b', command: 'export.image', args: { preset: 'poster' } });
    expect(image.map((r) => r.data)).toEqual([{ source: 'gba-atlas', v: 1, frame: 'f1', id: 'i', ok: true, result: png }]);
    expect(image[0]!.data.result).toBe(png);
    expect(data[0]!.data.result).toBe(csv);
    // From a host page nothing is downloaded in the frame: the host gets the file.
    expect(asked).toEqual([
      ['a4-300dpi', '报告图', false],
      ['csv', false],
    ]);
    expect(bad[0]!.data).toMatchObject({ ok: false, error: expect.stringContaining('preset must be one of') });
  });
});
