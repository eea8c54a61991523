/** Name particles that belong to the last name: "Anna von der Heide" → last name "von der Heide". */
const PARTICLES = new Set('von vom zu zur zum van de der den da di del della du la le ter ten'.split(' '));

export interface PersonName {
  /** Everything before the last name, titles included ("Dr. Anna"); undefined for a single word. */
  readonly firstName: string | undefined;
  readonly lastName: string;
}

/**
 * The core's one-line name as a CRM's first and last name (HubSpot firstname/lastname, Salesforce
 * FirstName/LastName). The last word is the last name, together with particles before it; titles
 * stay in the first part. Runs of spaces become one.
 */
export function splitPersonName(name: string): PersonName {
  const words = name.trim().split(/\s+/);
  let start = words.length - 1;
  for (let i = 1; i < words.length - 1; i++) {
    if (PARTICLES.has(words[i]!)) {
      start = i;
      break;
    }
  }
  const first = words.slice(0, start).join(' ');
  return { firstName: first === '' ? undefined : first, lastName: words.slice(start).join(' ') };
}

/** First and last name back to one line, as the core and people read it. */
export function joinPersonName(firstName: string | undefined, lastName: string | undefined): string {
  return [firstName, lastName].filter((part) => part !== undefined && part !== '').join(' ');
}
