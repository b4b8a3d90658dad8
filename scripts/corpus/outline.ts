// Turning a flat list of headings into the nested outline with line ranges.
import type { OutlineNode } from '../../src/contracts/corpus.ts';
import { isBlank, lineAt, type Seed } from './seedText.ts';

export interface Heading {
  /** Nesting depth: 0 chapter/part, 1 section, 2 subsection … A heading closes every open heading of equal or deeper rank. */
  rank: number;
  id: string;
  level: OutlineNode['level'];
  number: string | null;
  title: string;
  line: number;
}

/** Nest headings (in line order) and give each the lines up to the next heading of the same or a higher rank. */
export function buildOutline(seed: Seed, heads: Heading[], end: number): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: { rank: number; node: OutlineNode }[] = [];
  heads.forEach((h, i) => {
    const next = heads.slice(i + 1).find((o) => o.rank <= h.rank);
    let last = next ? next.line - 1 : end;
    while (last > h.line && isBlank(lineAt(seed, last))) last--;
    const node: OutlineNode = { id: h.id, level: h.level, number: h.number, title: h.title, lines: [h.line, last], children: [] };
    while (stack.length && (stack[stack.length - 1]?.rank ?? -1) >= h.rank) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.node.children : roots).push(node);
    stack.push({ rank: h.rank, node });
  });
  return roots;
}

/** Depth-first list of all nodes. */
export function flattenOutline(nodes: OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((n) => [n, ...flattenOutline(n.children)]);
}
