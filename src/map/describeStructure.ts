// The map's text alternative, generated from the plan's own structure data, so a screen reader hears
// what the map shows: “珠海为核心；中山、江门、阳江为增长极；…”.
import type { StructuresFile } from '../contracts/places.ts';

const names = (s: StructuresFile, structureId: string, role?: string) =>
  (s.structures.find((x) => x.id === structureId)?.elements ?? []).filter((e) => !role || e.role === role).map((e) => e.name);

/** Element names carry their role (“珠海核心”, “中山增长极”); the sentence wants the place alone. */
const place = (name: string, role: string) => name.replace(role, '').replace(/重要$/, '');

export function describeStructure(s: StructuresFile): string {
  const core = names(s, 'yihe-sanji', 'core').map((n) => place(n, '核心'));
  const poles = names(s, 'yihe-sanji', 'pole').map((n) => place(n, '增长极'));
  const circles = names(s, 'liang-quan');
  // The Y-shaped innovation axis is stored as two branches; it is one axis.
  const axes = [...new Set(names(s, 'si-zhou').map((n) => n.replace(/（[东西]支）$/, '')))];
  const parts = [
    core.length ? `${core.join('、')}为核心` : '',
    poles.length ? `${poles.join('、')}为增长极` : '',
    circles.length ? `两圈为${circles.join('和')}` : '',
    axes.length ? `四轴为${axes.join('、')}` : '',
  ].filter(Boolean);
  return parts.length ? `珠江口西岸都市圈“一核三极、两圈四轴”：${parts.join('；')}。` : '';
}
