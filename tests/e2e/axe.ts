// axe-core in a page: injected through the DevTools protocol (page.evaluate), so the app's
// Content-Security-Policy, which allows no inline or foreign script, does not stand in its way.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeNode {
  target: string[];
  html: string;
  failureSummary?: string;
}

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** The impacts the suite fails on (issue #14: “no serious or critical violation”). */
export const FAILING_IMPACTS: ReadonlySet<string> = new Set(['serious', 'critical']);

/**
 * Runs every axe rule (WCAG 2.x A/AA and best practices) on the whole document as it is now.
 * Nothing is excluded: the map's canvas is one element with a role and a name, whose pixels axe does
 * not read (the labels drawn in it are checked by the style's own tests, not here); MapLibre's
 * controls are ordinary DOM and are judged like the rest.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations as never;
  });
}

/** A violation as a reader of a failed test wants it: where, what, and axe's advice, a few nodes each. */
export function describeViolations(state: string, violations: readonly AxeViolation[]): string[] {
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 4).map((n) => {
      const why = (n.failureSummary ?? '').split('\n').map((l) => l.trim()).filter(Boolean).slice(1, 2).join(' ');
      return `      ${n.target.join(' ')}${why ? `\n        ${why}` : ''}`;
    });
    const more = v.nodes.length > 4 ? [`      … and ${v.nodes.length - 4} more`] : [];
    return [`${state}: ${v.impact} ${v.id} — ${v.help} (${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'}) ${v.helpUrl}`, ...nodes, ...more].join('\n');
  });
}
