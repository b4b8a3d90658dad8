import { describe, expect, it, vi } from 'vitest';
import { Emitter } from './emitter.ts';

describe('Emitter', () => {
  it('calls a late listener of a sticky event at once with the last payload', () => {
    const e = new Emitter<{ ready: number; move: number }>(['ready']);
    e.emit('ready', 1);
    e.emit('move', 2);
    const ready = vi.fn();
    const move = vi.fn();
    e.on('ready', ready);
    e.on('move', move);
    expect(ready).toHaveBeenCalledWith(1);
    expect(move).not.toHaveBeenCalled();
  });

  it('stops calling a listener after unsubscribe, and survives a throwing listener', () => {
    const e = new Emitter<{ move: number }>();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const good = vi.fn();
    e.on('move', () => {
      throw new Error('embedder bug');
    });
    const off = e.on('move', good);
    e.emit('move', 1);
    off();
    e.emit('move', 2);
    expect(good.mock.calls).toEqual([[1]]);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
