import { loadScript } from 'lightning/platformResourceLoader';
import KAM_VIZ from '@salesforce/resourceUrl/kamViz';

let loading;

/**
 * The KAM renderers and analyses (`window.KamViz`, d3 inside), from the static resource built from
 * `src/viz`. Loaded once per page; a failed load is tried again by the next caller.
 */
export function loadKamViz(component) {
  if (!loading) {
    loading = loadScript(component, KAM_VIZ)
      .then(() => {
        if (!window.KamViz) throw new Error('KamViz is missing from the kamViz static resource');
        return window.KamViz;
      })
      .catch((error) => {
        loading = undefined;
        throw error;
      });
  }
  return loading;
}

/** For tests: forget the loaded bundle. */
export function resetKamViz() {
  loading = undefined;
}
