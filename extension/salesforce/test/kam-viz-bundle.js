/**
 * For the components' tests: the real renderers bundle (`npm run build` → dist/viz/kam-viz.js) run in
 * the test's jsdom page, so tests see what the d3 views really draw.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

export function installKamViz() {
  if (window.KamViz) return window.KamViz;
  const script = document.createElement('script');
  script.textContent = readFileSync(join(__dirname, '../../../dist/viz/kam-viz.js'), 'utf8');
  document.head.appendChild(script);
  return window.KamViz;
}
