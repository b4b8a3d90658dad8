import { expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml.ts';

it('escapes every character that could open markup or an attribute', () => {
  expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
  expect(escapeHtml('© OpenStreetMap 贡献者')).toBe('© OpenStreetMap 贡献者');
});
