import { joinPersonName, splitPersonName } from '../../person-name.js';

/** The core's full name as HubSpot's firstname/lastname (the rule both CRMs share). */
export function splitName(name: string): { firstname: string; lastname: string } {
  const { firstName, lastName } = splitPersonName(name);
  return { firstname: firstName ?? '', lastname: lastName };
}

/** The full name from HubSpot's parts; undefined when both are empty. */
export function joinName(firstname: string | undefined, lastname: string | undefined): string | undefined {
  const name = joinPersonName(firstname?.trim(), lastname?.trim());
  return name === '' ? undefined : name;
}
