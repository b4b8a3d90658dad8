import { describe, expect, it } from 'vitest';
import { overlayInsets } from './overlayInsets.ts';

const map = { left: 0, top: 0, right: 1280, bottom: 800 };

describe('overlayInsets', () => {
  it('keeps a fit clear of the side panel and the card beside it, and of the toolbar', () => {
    const panel = { rect: { left: 0, top: 0, right: 380, bottom: 800 }, edge: 'side' as const };
    const card = { rect: { left: 392, top: 56, right: 740, bottom: 500 }, edge: 'side' as const };
    const toolbar = { rect: { left: 392, top: 12, right: 700, bottom: 46 }, edge: 'top' as const };
    expect(overlayInsets(map, [panel, card, toolbar], 24)).toEqual({ top: 70, right: 24, bottom: 24, left: 764 });
  });

  it('reads a sheet across the bottom of a phone as covering the bottom', () => {
    const phone = { left: 0, top: 0, right: 390, bottom: 844 };
    const sheet = { rect: { left: 0, top: 500, right: 390, bottom: 844 }, edge: 'side' as const };
    expect(overlayInsets(phone, [sheet], 12)).toMatchObject({ bottom: 356, left: 12, right: 12 });
  });

  it('reads a card across a phone, above the credits, as a sheet too', () => {
    const phone = { left: 0, top: 0, right: 390, bottom: 844 };
    // Taller than wide, as a long card is on a phone.
    const card = { rect: { left: 8, top: 390, right: 382, bottom: 772 }, edge: 'side' as const };
    expect(overlayInsets(phone, [card], 12)).toMatchObject({ bottom: 466, left: 12, right: 12 });
  });

  it('always leaves a third of the map to show things in', () => {
    const narrow = { left: 0, top: 0, right: 500, bottom: 400 };
    const panel = { rect: { left: 0, top: 0, right: 380, bottom: 400 }, edge: 'side' as const };
    const i = overlayInsets(narrow, [panel]);
    expect(500 - i.left - i.right).toBeCloseTo(500 / 3, 5);
    expect(i.left).toBeGreaterThan(i.right);
  });

  it('ignores overlays outside the map', () => {
    expect(overlayInsets(map, [{ rect: { left: 1300, top: 0, right: 1400, bottom: 800 }, edge: 'side' }], 10)).toEqual({ top: 10, right: 10, bottom: 10, left: 10 });
  });
});
