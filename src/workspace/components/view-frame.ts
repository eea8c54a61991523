import { h, replaceChildren, s } from '../dom.js';

export interface MountedView {
  /** Draws again at the container's current width (after a language switch or new data). */
  redraw(): void;
  /** Stops watching the container's size. */
  dispose(): void;
}

const RESIZE_SETTLE_MS = 150;

/**
 * Puts an svg into `container`, draws it at the container's width, and draws again when that width
 * changes (debounced: a window being dragged wider draws once it settles). A renderer that fails
 * leaves a sentence instead of an empty box, and the rest of the page keeps working.
 */
export function mountView(
  container: HTMLElement,
  draw: (svg: SVGSVGElement, width: number | undefined) => void,
  failureText: () => string,
): MountedView {
  const doc = container.ownerDocument;
  let drawnWidth: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const redraw = () => {
    const svg = s(doc, 'svg');
    replaceChildren(container, svg);
    drawnWidth = container.clientWidth > 0 ? container.clientWidth : undefined;
    try {
      draw(svg, drawnWidth);
    } catch (error) {
      console.error(error);
      replaceChildren(container, h(doc, 'p', { class: 'view-failed' }, failureText()));
    }
  };

  const Observer = doc.defaultView?.ResizeObserver;
  const observer = Observer
    ? new Observer(() => {
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          const width = container.clientWidth;
          if (width > 0 && width !== drawnWidth) redraw();
        }, RESIZE_SETTLE_MS);
      })
    : undefined;

  redraw();
  observer?.observe(container);
  return {
    redraw,
    dispose() {
      observer?.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
