import { h } from '../dom.js';

/** A column of a data table: its heading (none for a column of buttons) and whether it holds numbers. */
export interface Column {
  readonly label?: string;
  readonly numeric?: boolean;
}

export interface DataTable {
  readonly columns: readonly Column[];
  readonly rows: readonly HTMLTableRowElement[];
  /** Extra class besides `table`. */
  readonly className?: string;
  /** Read by screen readers only. */
  readonly caption?: string;
}

/** A table of rows under column headings, in a box that scrolls sideways on narrow screens. */
export function dataTable(doc: Document, o: DataTable): HTMLElement {
  const headings = o.columns.map((c) =>
    c.label === undefined
      ? h(doc, 'td', {})
      : h(doc, 'th', { scope: 'col', class: c.numeric ? 'num' : undefined }, c.label),
  );
  return h(
    doc,
    'div',
    { class: 'table-scroll' },
    h(
      doc,
      'table',
      { class: o.className ? `table ${o.className}` : 'table' },
      o.caption !== undefined && h(doc, 'caption', { class: 'visually-hidden' }, o.caption),
      h(doc, 'thead', {}, h(doc, 'tr', {}, ...headings)),
      h(doc, 'tbody', {}, ...o.rows),
    ),
  );
}
