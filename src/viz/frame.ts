import { select } from 'd3';
import type { BaseType, Selection } from 'd3';
import type { RenderOptions } from './types.js';

export type SvgRoot = Selection<SVGSVGElement, unknown, null, undefined>;
export type Group = Selection<SVGGElement, unknown, null, undefined>;

/** Counts frames so each <title> id is unique on a page and the same in every run. */
let framesDrawn = 0;

export interface Frame {
  readonly svg: SvgRoot;
  /** Where the view draws; everything inside is replaced on every render. */
  readonly root: Group;
  readonly width: number;
  readonly height: number;
}

/** The size to draw at: the options', else the container's, else the default. */
export function frameSize(
  svg: SVGSVGElement,
  options: Pick<RenderOptions, 'width' | 'height'>,
  fallback: { width: number; height: number },
): { width: number; height: number } {
  const box = svg.parentElement;
  const width = options.width ?? (box && box.clientWidth > 0 ? box.clientWidth : fallback.width);
  const height = options.height ?? fallback.height;
  return { width: Math.max(120, Math.round(width)), height: Math.max(80, Math.round(height)) };
}

/**
 * Clears the svg and sets it up as one accessible image: a viewBox of the size, `<title>` and
 * `<desc>` (read by screen readers), a class naming the view, and a root group to draw into.
 */
export function prepareFrame(
  element: SVGSVGElement,
  view: string,
  size: { width: number; height: number },
  text: { title: string; description: string },
): Frame {
  const svg = select(element);
  svg.selectAll('*').remove();
  const titleId = `kam-${view}-title-${++framesDrawn}`;
  svg
    .attr('viewBox', `0 0 ${size.width} ${size.height}`)
    .attr('width', size.width)
    .attr('height', size.height)
    .attr('role', 'group')
    .attr('aria-labelledby', titleId)
    // added to the svg's own classes (an LWC template's scoped-style class stays)
    .classed(`kam-viz kam-${view}`, true)
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', 12);
  svg.append('title').attr('id', titleId).text(text.title);
  svg.append('desc').text(text.description);
  const root = svg.append('g').attr('class', 'kam-root');
  return { svg, root, width: size.width, height: size.height };
}

/**
 * Makes elements reachable by keyboard and announces them: focusable, a button for assistive
 * technology when they can be chosen, their label read out, Enter/Space act like a click.
 */
export function focusable<E extends SVGElement, D, P extends BaseType, PD>(
  selection: Selection<E, D, P, PD>,
  label: (d: D) => string,
  idOf?: (d: D) => string,
  onSelect?: (id: string) => void,
): void {
  selection
    .attr('tabindex', 0)
    .attr('role', onSelect && idOf ? 'button' : 'img')
    .attr('aria-label', (d) => label(d));
  if (!onSelect || !idOf) return;
  selection
    .style('cursor', 'pointer')
    .on('click', (_event: Event, d: D) => onSelect(idOf(d)))
    .on('keydown', (event: Event, d: D) => {
      const key = (event as KeyboardEvent).key;
      if (key !== 'Enter' && key !== ' ') return;
      event.preventDefault();
      onSelect(idOf(d));
    });
}
