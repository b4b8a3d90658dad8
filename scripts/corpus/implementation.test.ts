// Implementation links of 004 (which annex task implements each paragraph and box entry) and inherited departments,
// on the real seed: the mixed boxes go to the department their works belong to, not to the section they sit in.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanItem } from '../../src/contracts/corpus.ts';
import { implementationRules, inheritUnits, type Tieable, tieToTasks } from './implementation.ts';
import { parseAll } from './index.ts';

let items: Map<string, PlanItem>;
const item = (id: string): PlanItem => items.get(id) ?? expect.fail(`no item ${id}`);
/** The leads a planner is sent to for an item: its own, else its implementing tasks'. */
const leadsOf = (id: string): string[] => {
  const x = item(id);
  return x.leadUnits.length ? x.leadUnits : (x.inherited?.leadUnits ?? []);
};

beforeAll(() => {
  items = new Map(
    parseAll()
      .find((p) => p.doc.id === '004')!
      .items.map((i) => [i.id, i]),
  );
});

describe('004 boxes whose works belong to several sections', () => {
  it('专栏4: the energy works go to the energy task (省能源局), the new infrastructure to its task, the water works stay with 省水利厅', () => {
    // “清洁煤电工程。推动国能台山电厂等煤电转型升级……”
    expect(item('004-box-4-2').text).toMatch(/^清洁煤电工程。推动国能台山电厂/);
    expect(leadsOf('004-box-4-2')).toEqual(['省能源局']);
    expect(item('004-box-4-2').tasks?.[0]?.rule).toBe('box-heading');
    expect(leadsOf('004-box-4-1')).toContain('省科技厅');
    expect(leadsOf('004-box-4-1')).not.toContain('省水利厅');
    expect(leadsOf('004-box-4-11')).toEqual(['省水利厅']);
  });

  it('专栏9: universities to 省教育厅, hospitals to 省卫生健康委, not to the social-governance task of 省委政法委', () => {
    expect(item('004-box-9-1').text).toMatch(/^高等教育。支持北京师范大学珠海分校/);
    expect(leadsOf('004-box-9-1')).toEqual(['省教育厅']);
    expect(leadsOf('004-box-9-3')).toEqual(['省卫生健康委']);
    for (const id of ['004-box-9-1', '004-box-9-2', '004-box-9-3', '004-box-9-4']) expect(leadsOf(id)).not.toContain('省委政法委');
  });

  it('专栏3: ports, channels and port rail and roads to the port task, airports to the aviation task', () => {
    const ports = item('004-box-3-1').tasks?.map((t) => t.id);
    const airports = item('004-box-3-5').tasks?.map((t) => t.id);
    expect(item(ports![0]!).title).toBe('推进港口航运体系建设');
    expect(item(airports![0]!).title).toBe('提升航空枢纽服务能力');
    expect(item('004-box-3-4').title).toBe('疏港公路');
    expect(item('004-box-3-4').tasks?.map((t) => t.id)).toEqual(ports);
  });

  it('专栏11: pollution control to 省生态环境厅, restoration to both 省自然资源厅 tasks, each with the reviewed reason', () => {
    expect(leadsOf('004-box-11-1')).toEqual(['省生态环境厅']);
    const restoration = item('004-box-11-2');
    expect(restoration.tasks?.map((t) => item(t.id).title)).toEqual(['共建一体化生态安全格局', '协同推进生态资源保护利用']);
    expect(restoration.tasks?.every((t) => t.rule === 'reviewed' && (t.reason?.length ?? 0) > 20)).toBe(true);
    expect(leadsOf('004-box-11-2')).toEqual(['省自然资源厅']);
  });
});

describe('every 004 paragraph and box entry has its task, and the task lists it back', () => {
  it('ties all main-text paragraphs and entries of the task chapters; each annex task lists exactly the items tied to it', () => {
    const all = [...items.values()];
    const tied = all.filter((i) => i.kind === 'paragraph' || i.kind === 'box-entry');
    expect(tied.length).toBeGreaterThan(150);
    for (const i of tied) expect(i.tasks?.length, i.id).toBeGreaterThan(0);
    for (const task of all.filter((i) => i.kind === 'task')) {
      for (const id of task.implementedBy ?? []) expect(item(id).tasks?.map((t) => t.id)).toContain(task.id);
    }
    const listed = all.filter((i) => i.kind === 'task').flatMap((t) => t.implementedBy ?? []);
    expect(new Set(listed).size + all.filter((i) => (i.tasks?.length ?? 0) > 1).length).toBe(listed.length);
  });

  it('004-3.1.3-p1 (三、畅通城际干线公路网) inherits the road-network task’s lead 省交通运输厅, marked as inherited, with no own lead', () => {
    const p = item('004-3.1.3-p1');
    expect(p.path).toContain('三、畅通城际干线公路网');
    expect(p.leadUnits).toEqual([]);
    expect(p.inherited?.leadUnits).toContain('省交通运输厅');
    expect(p.inherited?.from).toEqual(p.tasks?.map((t) => t.id));
  });
});

const draft = (id: string, path: string[], title = ''): Tieable => ({ id, kind: 'box-entry', title, path });
const fail = (m: string): never => {
  throw new Error(m);
};

describe('the rules file', () => {
  const tasks = [
    { id: 'T-3.3', implements: '3.3' },
    { id: 'T-3.4', implements: '3.4' },
  ];

  it('stops when a reviewed heading no longer matches the text, or an entry of a listed box has no rule', () => {
    const rules = { boxes: [{ box: '4', heading: '二、统筹能源设施建设', sections: ['3.3'], reason: 'energy' }] };
    expect(() => tieToTasks([draft('004-box-4-1', ['专栏4', '二、统筹能源设施建设'])], () => '3.4', tasks, rules, fail)).not.toThrow();
    expect(() => tieToTasks([draft('004-box-4-1', ['专栏4', '二、统筹能源设施'])], () => '3.4', tasks, rules, fail)).toThrow(/exactly one rule/);
    expect(() => tieToTasks([draft('004-box-5-1', ['专栏5'])], () => '3.4', tasks, rules, fail)).toThrow(/box 4 .* the text has none/);
  });

  it('stops on a section that no task implements, and refuses a malformed file naming the entry', () => {
    const rules = { boxes: [{ box: '4', entry: '电网', sections: ['3.9'], reason: 'x' }] };
    expect(() => tieToTasks([draft('004-box-4-1', ['专栏4'], '电网')], () => '3.4', tasks, rules, fail)).toThrow(/section 3\.9/);
    expect(() => implementationRules('{"boxes":[{"box":"4","heading":"a","entry":"b","sections":["3.3"],"reason":"r"}]}')).toThrow(/boxes\[0\]/);
    expect(() => implementationRules('{"boxes":[{"box":"4","heading":"a","sections":[],"reason":"r"}]}')).toThrow(/boxes\[0\]/);
    expect(implementationRules().boxes.length).toBeGreaterThan(0);
  });

  it('inherits nothing onto an item that names its own department', () => {
    const base = { leadUnits: [], partnerUnits: [] } as unknown as PlanItem;
    const task = { ...base, id: 't', leadUnits: ['省能源局'], partnerUnits: ['省发展改革委'] } as PlanItem;
    const own = { ...base, id: 'a', leadUnits: ['中山市政府'], tasks: [{ id: 't', rule: 'section' }] } as PlanItem;
    const bare = { ...base, id: 'b', tasks: [{ id: 't', rule: 'section' }] } as PlanItem;
    inheritUnits([task, own, bare]);
    expect(own.inherited).toBeUndefined();
    expect(bare.inherited).toEqual({ leadUnits: ['省能源局'], partnerUnits: ['省发展改革委'], from: ['t'] });
  });
});
