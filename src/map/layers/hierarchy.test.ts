import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { palette } from './basemap.ts';
import { HIERARCHY, HUES, RANKS, SCHEMATIC_FADE, TIERS, type Hue } from './hierarchy.ts';
import { labelLayers, mapLayers } from './index.ts';
import { PLACE_STYLES } from './places.ts';
import { halo } from './types.ts';

const layer = (id: string): LayerSpecification => {
  const l = mapLayers.find((m) => m.spec.id === id);
  if (!l) throw new Error(`no layer ${id}`);
  return l.spec;
};
const minzoom = (id: string) => layer(id).minzoom ?? 0;
const drawnAt = (z: number) => mapLayers.filter((l) => (l.spec.minzoom ?? 0) <= z && (l.spec.maxzoom ?? 99) > z);

describe('the style follows the hierarchy table', () => {
  it('draws and names each point type from its row’s zooms', () => {
    for (const s of PLACE_STYLES) {
      if (s.type === 'rail-lines' || s.type === 'roads') continue;
      const row = HIERARCHY[s.type] ?? HIERARCHY[`${s.type}:${RANKS[s.type]!.at(-1)}`]!;
      expect(minzoom(`places-${s.type}-points`), s.type).toBe(row.from);
      expect(minzoom(`places-${s.type}-point-labels`), s.type).toBe(row.label);
    }
  });

  it('draws each line class from its rank’s zoom, major classes earlier, heavier and on top', () => {
    for (const [type, ranks] of Object.entries(RANKS)) {
      const status = type === 'rail-lines' ? 'built' : 'built';
      const ids = ranks.map((r) => `places-${type}-${status}-${r}`);
      ranks.forEach((r, i) => expect(minzoom(ids[i]!), ids[i]).toBe(HIERARCHY[`${type}:${r}`]!.from));
      for (let i = 1; i < ranks.length; i++) {
        const [major, minor] = [HIERARCHY[`${type}:${ranks[i - 1]}`]!, HIERARCHY[`${type}:${ranks[i]}`]!];
        expect(major.from, type).toBeLessThanOrEqual(minor.from);
        expect(major.label, type).toBeLessThanOrEqual(minor.label);
        expect(major.w, type).toBeGreaterThan(minor.w);
        // Drawn above: a later index in the layer list.
        expect(mapLayers.findIndex((l) => l.spec.id === ids[i - 1]), type).toBeGreaterThan(mapLayers.findIndex((l) => l.spec.id === ids[i]));
      }
      // One name layer per status group: from the major class's label zoom, each class named from its own.
      const label = mapLayers.find((l) => l.spec.id === `places-${type}${type === 'rail-lines' ? '-built' : ''}-labels`)!;
      expect(label.spec.minzoom).toBe(HIERARCHY[`${type}:${ranks[0]}`]!.label);
      expect(label.spec.maxzoom).toBe(SCHEMATIC_FADE[1]);
      const text = JSON.stringify(label.text!('zh-Hans'));
      for (const r of ranks.slice(1)) expect(text, type).toContain(`,${HIERARCHY[`${type}:${r}`]!.label},`);
    }
  });

  it('fades schematic lines out at city scale and keeps their nodes', () => {
    const rail = layer('places-rail-lines-built-1');
    expect(JSON.stringify(rail.type === 'line' && rail.paint?.['line-opacity'])).toContain(`${SCHEMATIC_FADE[1]},["case",["==",["get","precision"],"schematic"],0`);
    const nodes = layer('line-nodes-rail-lines-built');
    expect(nodes.minzoom).toBe(HIERARCHY.nodes!.from);
    expect(nodes.maxzoom).toBeUndefined();
  });

  it('names admin units and areas from their rows’ zooms', () => {
    expect(minzoom('city-labels')).toBe(HIERARCHY['city-labels']!.label);
    expect(minzoom('county-labels')).toBe(HIERARCHY['county-labels']!.label);
    expect(minzoom('places-zones-area')).toBe(HIERARCHY['zones:area']!.from);
    expect(minzoom('places-zones-area-labels')).toBe(HIERARCHY['zones:area']!.label);
  });

  it('shows less at the west-bank scale than at city scale, and least at Bay Area scale', () => {
    const names = (z: number) => drawnAt(z).filter((l) => l.spec.type === 'symbol').length;
    expect(names(7)).toBeLessThan(names(9));
    expect(names(9)).toBeLessThan(names(10.5));
    // Bay Area scale: only the major lines of each kind.
    const lines7 = drawnAt(7).filter((l) => l.spec.type === 'line' && l.spec.id.startsWith('places-')).map((l) => l.spec.id);
    expect(lines7.every((id) => id.endsWith('-1')), lines7.join()).toBe(true);
  });
});

describe('label priority', () => {
  it('stacks every name layer above every shape, by tier: cities on top, then structure, zones, stations …', () => {
    const symbols = mapLayers.map((l, i) => [l, i] as const).filter(([l]) => l.spec.type === 'symbol' && l.group !== 'item-counts');
    const lastShape = mapLayers.findLastIndex((l) => l.spec.type !== 'symbol' && l.group !== 'item-counts' && l.group !== null);
    for (const [l, i] of symbols) expect(i, l.spec.id).toBeGreaterThan(lastShape);
    const tiers = labelLayers.map((l) => TIERS.indexOf(l.tier ?? 'others'));
    for (let i = 1; i < tiers.length; i++) expect(tiers[i]!, labelLayers[i]!.spec.id).toBeLessThanOrEqual(tiers[i - 1]!);
    expect(labelLayers.at(-1)!.spec.id).toBe('city-labels');
    const order = ['city-labels', 'si-zhou-label', 'places-zones-area-labels', 'places-stations-point-labels', 'places-ports-point-labels', 'places-rail-lines-built-labels'].map((id) =>
      mapLayers.findIndex((l) => l.spec.id === id),
    );
    expect(order.every((x) => x >= 0)).toBe(true);
    expect([...order].sort((a, b) => b - a)).toEqual(order);
  });

  it('gives every name a halo', () => {
    for (const { spec } of labelLayers) {
      if (spec.type !== 'symbol') continue;
      expect(spec.paint?.['text-halo-width'], spec.id).toBeGreaterThanOrEqual(1.2);
      expect(spec.paint?.['text-halo-color'], spec.id).toBe(halo);
    }
  });
});

// Colour science for the palette checks: sRGB ↔ linear, CVD simulation (Machado, Oliveira & Fernandes
// 2009, severity 1.0), CIELAB (D65) and CIEDE2000.
type RGB = [number, number, number];
const hex = (h: string): RGB => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as RGB;
const toLin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const MACHADO: Record<string, number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const simulate = (lin: RGB, m: number[][]): RGB => m.map((r) => Math.min(1, Math.max(0, r[0]! * lin[0] + r[1]! * lin[1] + r[2]! * lin[2]))) as RGB;
const labF = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
function lab([r, g, b]: RGB): RGB {
  const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883].map(labF) as RGB;
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
function ciede2000([L1, a1, b1]: RGB, [L2, a2, b2]: RGB): number {
  const rad = Math.PI / 180;
  const Cb = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cb ** 7 / (Cb ** 7 + 25 ** 7)));
  const [a1p, a2p] = [(1 + G) * a1, (1 + G) * a2];
  const [C1, C2] = [Math.hypot(a1p, b1), Math.hypot(a2p, b2)];
  const hue = (b: number, a: number) => (Math.atan2(b, a) / rad + 360) % 360;
  const [h1, h2] = [hue(b1, a1p), hue(b2, a2p)];
  let dh = h2 - h1;
  if (C1 * C2 === 0) dh = 0;
  else if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const dH = 2 * Math.sqrt(C1 * C2) * Math.sin((dh / 2) * rad);
  const Lb = (L1 + L2) / 2;
  const Cbp = (C1 + C2) / 2;
  const hb = C1 * C2 === 0 ? h1 + h2 : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2;
  const T = 1 - 0.17 * Math.cos((hb - 30) * rad) + 0.24 * Math.cos(2 * hb * rad) + 0.32 * Math.cos((3 * hb + 6) * rad) - 0.2 * Math.cos((4 * hb - 63) * rad);
  const SL = 1 + (0.015 * (Lb - 50) ** 2) / Math.sqrt(20 + (Lb - 50) ** 2);
  const SC = 1 + 0.045 * Cbp;
  const SH = 1 + 0.015 * Cbp * T;
  const RT = -Math.sin(2 * 30 * Math.exp(-(((hb - 275) / 25) ** 2)) * rad) * 2 * Math.sqrt(Cbp ** 7 / (Cbp ** 7 + 25 ** 7));
  const [l, c, h] = [(L2 - L1) / SL, (C2 - C1) / SC, dH / SH];
  return Math.sqrt(l * l + c * c + h * h + RT * c * h);
}
const sim = (h: string) => lab(simulate(hex(h).map(toLin) as RGB, MACHADO.deuteranopia!));
const luminance = (c: RGB) => c.map(toLin).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
const contrast = (a: RGB, b: RGB) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};
/** A translucent colour over a background. */
const over = (rgba: string, bg: RGB): RGB => {
  const [r, g, b, a] = rgba.replace(/[^\d.,]/g, '').split(',').map(Number) as [number, number, number, number];
  return [r / 255, g / 255, b / 255].map((v, i) => v * a + bg[i]! * (1 - a)) as RGB;
};

describe('palette', () => {
  it('checks the colour science against known values', () => {
    // Sharma, Wu & Dalal (2005) CIEDE2000 test pairs 1 and 7.
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(ciede2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 3);
    expect(contrast(hex('#000000'), hex('#ffffff'))).toBeCloseTo(21, 5);
    // A deuteranope sees pure red and a dark yellow-green as near alike.
        expect(ciede2000(sim('#ff0000'), sim('#9a8a00'))).toBeLessThan(ciede2000(lab(hex('#ff0000').map(toLin) as RGB), lab(hex('#9a8a00').map(toLin) as RGB)));
  });

  it('keeps the theme hues apart for normal vision and under protanopia, deuteranopia and tritanopia (CIEDE2000 ≥ 8)', () => {
    const names = Object.keys(HUES) as Hue[];
    const worst: string[] = [];
    for (const [vision, m] of [['normal', null], ...Object.entries(MACHADO)] as [string, number[][] | null][])
      for (let i = 0; i < names.length; i++)
        for (let j = i + 1; j < names.length; j++) {
          const seen = (h: Hue) => {
            const lin = hex(HUES[h][0]).map(toLin) as RGB;
            return lab(m ? simulate(lin, m) : lin);
          };
          const d = ciede2000(seen(names[i]!), seen(names[j]!));
          if (d < 8) worst.push(`${vision}: ${names[i]}/${names[j]} ΔE ${d.toFixed(1)}`);
        }
    expect(worst).toEqual([]);
  });

  it('gives every map label text colour WCAG AA contrast (4.5:1) on its halo and on every land fill', () => {
    const texts = new Set<string>();
    for (const { spec } of labelLayers) if (spec.type === 'symbol' && typeof spec.paint?.['text-color'] === 'string') texts.add(spec.paint['text-color']);
    // Every label colour is a theme's text colour or the basemap's: none outside the checked set.
    const known = new Set<string>([...Object.values(HUES).map((h) => h[1]), palette.label, palette.labelMuted]);
    for (const t of texts) expect(known, t).toContain(t);
    const fills = [palette.land, palette.panPrd, palette.gbaCity, palette.westBankCity, palette.sea].map(hex);
    const low: string[] = [];
    for (const t of known)
      for (const bg of fills)
        for (const [what, against] of [['fill', bg], ['halo', over(halo, bg)]] as const) {
          const c = contrast(hex(t), against);
          if (c < 4.5) low.push(`${t} on ${what} ${against.map((v) => Math.round(v * 255)).join(',')}: ${c.toFixed(2)}`);
        }
    expect(low).toEqual([]);
  });

  it('shows status by dash and opacity, never by hue: every status of a line type has one colour', () => {
    for (const type of Object.keys(RANKS)) {
      const colours = new Set(mapLayers.filter((l) => l.spec.type === 'line' && l.spec.id.startsWith(`places-${type}-`)).map((l) => JSON.stringify(l.spec.type === 'line' && l.spec.paint?.['line-color'])));
      expect(colours.size, type).toBe(1);
    }
  });
});
