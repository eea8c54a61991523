import type { BaseType, Selection } from 'd3';
import { truncate, wrap } from './label-layout.js';

type Parent<D, P extends BaseType, PD> = Selection<SVGGElement, D, P, PD>;
type Text<D, P extends BaseType, PD> = Selection<SVGTextElement, D, P, PD>;

export interface TextBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
  readonly className: string;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly fill?: string;
  readonly bold?: boolean;
}

/**
 * A one-line label shortened to its width; a shortened label carries the full text in a `<title>`,
 * which browsers show on hover and screen readers read.
 */
export function fittedText<D, P extends BaseType, PD>(
  parent: Parent<D, P, PD>,
  text: string,
  box: TextBox,
): Text<D, P, PD> {
  const fitted = truncate(text, box.width, box.fontSize);
  const node = styled(parent.append('text'), box).attr('y', box.y).text(fitted.text);
  if (fitted.truncated) node.append('title').text(text);
  return node;
}

/** A label wrapped onto at most `maxLines` lines (`y` is the first baseline); full text in `<title>`. */
export function wrappedText<D, P extends BaseType, PD>(
  parent: Parent<D, P, PD>,
  text: string,
  box: TextBox & { readonly maxLines: number; readonly lineHeight?: number },
): Text<D, P, PD> {
  const wrapped = wrap(text, box.width, box.fontSize, box.maxLines);
  const node = styled(parent.append('text'), box).attr('y', box.y);
  const lineHeight = box.lineHeight ?? box.fontSize * 1.2;
  wrapped.lines.forEach((line, i) => {
    node
      .append('tspan')
      .attr('x', box.x)
      .attr('y', box.y + i * lineHeight)
      .text(line);
  });
  if (wrapped.truncated) node.append('title').text(text);
  return node;
}

function styled<D, P extends BaseType, PD>(node: Text<D, P, PD>, box: TextBox): Text<D, P, PD> {
  node
    .attr('class', box.className)
    .attr('x', box.x)
    .attr('font-size', box.fontSize)
    .attr('text-anchor', box.anchor ?? 'start');
  if (box.fill) node.attr('fill', box.fill);
  if (box.bold) node.attr('font-weight', 'bold');
  return node;
}

/** The explanation drawn instead of a view that has nothing to show. */
export function emptyMessage<D, P extends BaseType, PD>(
  parent: Parent<D, P, PD>,
  text: string,
  centre: { readonly x: number; readonly y: number; readonly width: number },
): Text<D, P, PD> {
  return fittedText(parent, text, {
    x: centre.x,
    y: centre.y,
    width: centre.width,
    fontSize: 14,
    className: 'kam-empty',
    anchor: 'middle',
    fill: '#737373',
  });
}
