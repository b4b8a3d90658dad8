import { describe, expect, it } from 'vitest';
import { createFileDrops } from './fileDrops.ts';

const file = (name: string) => new File(['{}'], name);

describe('file drops before the control loads', () => {
  it('keeps files dropped before the control attaches and hands them over once, in order', () => {
    const drops = createFileDrops();
    drops.deliver([file('a.geojson')]);
    drops.deliver([file('b.csv'), file('c.kml')]);
    const got: string[][] = [];
    drops.attach((fs) => got.push(fs.map((f) => f.name)));
    expect(got).toEqual([['a.geojson', 'b.csv', 'c.kml']]);
    drops.deliver([file('d.json')]);
    expect(got).toEqual([['a.geojson', 'b.csv', 'c.kml'], ['d.json']]);
  });

  it('keeps files again after the control detaches, and an old detach does not remove a newer handler', () => {
    const drops = createFileDrops();
    const first: string[] = [];
    const second: string[] = [];
    const detachFirst = drops.attach((fs) => first.push(...fs.map((f) => f.name)));
    detachFirst();
    drops.deliver([file('kept.json')]);
    expect(first).toEqual([]);
    drops.attach((fs) => second.push(...fs.map((f) => f.name)));
    detachFirst();
    drops.deliver([file('later.json')]);
    expect(second).toEqual(['kept.json', 'later.json']);
  });
});
