import { describe, expect, it } from 'vitest';
import { opacityPaint, scaleOpacity } from './opacity.ts';

describe('scaleOpacity', () => {
  it('scales plain numbers and an unset opacity (which means 1)', () => {
    expect(scaleOpacity(0.8, 0.5)).toBe(0.4);
    expect(scaleOpacity(undefined, 0.3)).toBe(0.3);
    expect(scaleOpacity(0.8, 1)).toBe(0.8);
  });

  it('scales the outputs of a zoom curve rather than wrapping it (zoom must stay top-level)', () => {
    expect(scaleOpacity(['interpolate', ['linear'], ['zoom'], 5, 0, 6, 1], 0.5)).toEqual(['interpolate', ['linear'], ['zoom'], 5, 0, 6, 0.5]);
    expect(scaleOpacity(['step', ['zoom'], 0.2, 8, 1], 0.5)).toEqual(['step', ['zoom'], 0.1, 8, 0.5]);
  });

  it('multiplies a data expression', () => {
    const byStatus = ['case', ['==', ['get', 'status'], 'operating'], 1, 0.75];
    expect(scaleOpacity(byStatus, 0.5)).toEqual(['*', 0.5, byStatus]);
  });
});

it('lists the opacity properties of each layer type', () => {
  expect(opacityPaint({ id: 'c', type: 'circle', source: 's', paint: { 'circle-opacity': 0.85 } }, 0.5)).toEqual([
    ['circle-opacity', 0.425],
    ['circle-stroke-opacity', 0.5],
  ]);
  expect(opacityPaint({ id: 'b', type: 'background' }, 0.5)).toEqual([]);
});
