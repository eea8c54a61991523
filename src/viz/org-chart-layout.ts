import { hierarchy, tree } from 'd3';
import type { OrgChartNode } from '../core/analysis/org-chart.js';

export interface BoxSize {
  readonly width: number;
  readonly height: number;
  /** Space between boxes side by side and between levels. */
  readonly gapX: number;
  readonly gapY: number;
}

export interface PlacedBox {
  readonly node: OrgChartNode;
  /** Top-left corner. */
  readonly x: number;
  readonly y: number;
}

export interface ReportingLine {
  readonly managerId: string;
  readonly reportId: string;
  /** Bottom centre of the manager's box and top centre of the report's box. */
  readonly from: { readonly x: number; readonly y: number };
  readonly to: { readonly x: number; readonly y: number };
}

export interface ForestLayout {
  readonly boxes: readonly PlacedBox[];
  readonly lines: readonly ReportingLine[];
  readonly width: number;
  readonly height: number;
}

/** The forest's tops hang from one virtual root that is never drawn, so the trees stand side by side. */
type TreeDatum = { readonly virtual: true; readonly children: readonly OrgChartNode[] } | OrgChartNode;

/**
 * A tidy tree (Reingold–Tilford, d3.tree) of the given trees side by side: width from the number
 * of leaves, height from the depth. Coordinates start at (0, 0).
 */
export function layoutForest(trees: readonly OrgChartNode[], box: BoxSize): ForestLayout {
  if (trees.length === 0) return { boxes: [], lines: [], width: 0, height: 0 };
  const root = hierarchy<TreeDatum>({ virtual: true, children: trees }, (d) => d.children);
  const laidOut = tree<TreeDatum>()
    .nodeSize([box.width + box.gapX, box.height + box.gapY])
    // Separate trees a little more than siblings, so each part of the chart reads as its own.
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.1))(root);
  const real = laidOut.descendants().filter((n) => n.depth > 0);
  const minX = Math.min(...real.map((n) => n.x));
  const levels = Math.max(...real.map((n) => n.depth));
  const position = (n: (typeof real)[number]) => ({
    x: n.x - minX,
    y: (n.depth - 1) * (box.height + box.gapY),
  });

  const boxes: PlacedBox[] = [];
  const lines: ReportingLine[] = [];
  for (const n of real) {
    const at = position(n);
    const node = n.data as OrgChartNode;
    boxes.push({ node, x: at.x, y: at.y });
    const parent = n.parent;
    if (parent && parent.depth > 0) {
      const top = position(parent);
      lines.push({
        managerId: (parent.data as OrgChartNode).contactId,
        reportId: node.contactId,
        from: { x: top.x + box.width / 2, y: top.y + box.height },
        to: { x: at.x + box.width / 2, y: at.y },
      });
    }
  }
  return {
    boxes,
    lines,
    width: Math.max(...real.map((n) => n.x)) - minX + box.width,
    height: levels * (box.height + box.gapY) - box.gapY,
  };
}

/** Boxes in rows that fit `width`, for people shown outside the trees. */
export function layoutRows<T>(
  items: readonly T[],
  box: BoxSize,
  width: number,
): { placed: { item: T; x: number; y: number }[]; height: number } {
  const perRow = Math.max(1, Math.floor((width + box.gapX) / (box.width + box.gapX)));
  const placed = items.map((item, i) => ({
    item,
    x: (i % perRow) * (box.width + box.gapX),
    y: Math.floor(i / perRow) * (box.height + box.gapY),
  }));
  const rows = Math.ceil(items.length / perRow);
  return { placed, height: rows > 0 ? rows * (box.height + box.gapY) - box.gapY : 0 };
}
