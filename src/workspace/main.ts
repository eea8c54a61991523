import { startWorkspace } from './app.js';
import { d3Views } from './views.js';

/** The browser entry: the one module that runs on load. */
const root = document.getElementById('app');
if (root) {
  void startWorkspace({
    window,
    root,
    fetch: (input, init) => window.fetch(input, init),
    views: d3Views,
    now: () => new Date(),
    randomId: () => crypto.randomUUID(),
  });
}
