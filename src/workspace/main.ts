import { startWorkspace } from './app.js';
import { d3Views } from './views.js';

/** 128 random bits as hex: `crypto.randomUUID` exists on https and localhost only, this everywhere. */
function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The browser entry: the one module that runs on load. */
const root = document.getElementById('app');
if (root) {
  void startWorkspace({
    window,
    root,
    fetch: (input, init) => window.fetch(input, init),
    views: d3Views,
    now: () => new Date(),
    randomId,
  });
}
