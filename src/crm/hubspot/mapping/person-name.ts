/**
 * The core keeps a contact's full name; HubSpot splits it. The last word is the last name and
 * everything before it the first name, so titles and middle names stay in front ("Dr. Michael" +
 * "Schreiber") and "Anna von Berg" files under B, as German address lists do. Joining with one space
 * gives the name back; runs of whitespace inside a name become one space.
 */
export function splitName(name: string): { firstname: string; lastname: string } {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const lastname = words.pop() ?? '';
  return { firstname: words.join(' '), lastname };
}

/** The full name from HubSpot's parts; undefined when both are empty. */
export function joinName(firstname: string | undefined, lastname: string | undefined): string | undefined {
  const name = [firstname, lastname]
    .map((p) => p?.trim() ?? '')
    .filter((p) => p !== '')
    .join(' ');
  return name === '' ? undefined : name;
}
