/**
 * Reading GraphQL wire answers: the nodes of an object, and field values as the core takes them
 * (null, empty text, a non-finite number or an unknown picklist value is undefined).
 */

/** Whether the answer left records out (any list with a next page). */
export function hasMorePages(data) {
  return Object.values(data?.uiapi?.query ?? {}).some((connection) => connection?.pageInfo?.hasNextPage);
}

/** The nodes of one object in a GraphQL result. */
export function nodesOf(data, object) {
  return (data?.uiapi?.query?.[object]?.edges ?? []).map((edge) => edge.node).filter(Boolean);
}

/** Every node of an object mapped, the ones the core could not take left out. */
export function mapNodes(data, object, toShape) {
  return nodesOf(data, object).map(toShape).filter(Boolean);
}

/** A field's value; null (empty in Salesforce) is undefined, as in the core. */
export function valueOf(node, field) {
  const v = node?.[field]?.value;
  return v === null ? undefined : v;
}

export function text(node, field) {
  const v = valueOf(node, field);
  if (typeof v !== 'string') return undefined;
  const trimmed = v.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function number(node, field) {
  const v = valueOf(node, field);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function oneOf(node, field, values) {
  const v = valueOf(node, field);
  return values.includes(v) ? v : undefined;
}

export function date(node, field) {
  const v = valueOf(node, field);
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
}

export const parentName = (node, relationship) => text(node?.[relationship], 'Name');
export const percentToFraction = (percent) => (percent === undefined ? undefined : percent / 100);
export const withoutUndefined = (o) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
