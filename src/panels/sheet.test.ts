import { describe, expect, it } from 'vitest';
import { nearestStop, sheetHeight } from './sheet.ts';

const heights = { peek: 72, half: 422, full: 784 };

describe('nearestStop', () => {
  it('rests at the nearest stop when let go slowly', () => {
    expect(nearestStop(430, 0, heights)).toBe('half');
    expect(nearestStop(700, 0.1, heights)).toBe('full');
    expect(nearestStop(120, -0.2, heights)).toBe('peek');
  });
  it('closes below half the peek', () => {
    expect(nearestStop(30, 0, heights)).toBe('closed');
    expect(nearestStop(40, 0, heights)).toBe('peek');
  });
  it('goes on to the next stop in the direction of a flick', () => {
    expect(nearestStop(450, -1, heights)).toBe('full');
    expect(nearestStop(450, 1, heights)).toBe('half');
    expect(nearestStop(400, 1, heights)).toBe('peek');
    expect(nearestStop(60, 1, heights)).toBe('closed');
    expect(nearestStop(784, -2, heights)).toBe('full');
  });
  it('never answers NaN stops for odd input', () => {
    expect(['closed', 'peek', 'half', 'full']).toContain(nearestStop(Number.NaN, 0, heights));
    expect(['closed', 'peek', 'half', 'full']).toContain(nearestStop(-50, Number.POSITIVE_INFINITY, heights));
  });
});

describe('sheetHeight', () => {
  it('is CSS for each stop', () => {
    expect(sheetHeight('peek')).toBe('72px');
    expect(sheetHeight('half')).toBe('50%');
    expect(sheetHeight('full')).toContain('100%');
  });
});
