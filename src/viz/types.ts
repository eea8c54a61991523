import type { Lang } from '../core/i18n/index.js';

/** What every renderer takes besides its data. */
export interface RenderOptions {
  readonly lang: Lang;
  /** Size in CSS pixels; by default the size of the svg's container (or the renderer's default). */
  readonly width?: number;
  readonly height?: number;
  /** Seed of the layout's random source: the same data and seed always give the same picture. */
  readonly seed?: number;
  /** Called with the id of what a person chose (click, Enter or Space on a focused element). */
  readonly onSelect?: (id: string) => void;
}

/** What a render produced: the size it drew at. Rendering again into the same svg replaces it. */
export interface Rendered {
  readonly width: number;
  readonly height: number;
}

/** One renderer: framework-free, draws `data` into `svg`, replacing what was there. */
export type Renderer<D> = (svg: SVGSVGElement, data: D, options: RenderOptions) => Rendered;
