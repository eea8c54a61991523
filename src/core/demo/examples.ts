/**
 * The demo accounts shipped as JSON files in `examples/`, for `kam score --file …`. They are
 * generated for a fixed instant so the committed files never change by themselves; a test checks
 * that they still equal what the generator produces.
 */
import type { AccountSnapshot } from '../model/index.js';
import { companySlug } from './company.js';
import { CLASSIC_CASE, EVENT_DRIVEN_CASE } from './layout.js';
import { generatePortfolio } from './portfolio.js';

/** The instant the example files are generated for. */
export const EXAMPLES_NOW = '2026-11-27T09:00:00Z';

/** The classic case, a strong key account and the event-driven candidate. */
export const EXAMPLE_ACCOUNT_IDS = [CLASSIC_CASE.id, 'acc-001', EVENT_DRIVEN_CASE.id] as const;

export interface ExampleFile {
  /** File name inside `examples/`, from the company name: `brenner-hydraulik.json`. */
  readonly fileName: string;
  readonly snapshot: AccountSnapshot;
}

export function exampleFiles(): ExampleFile[] {
  const portfolio = generatePortfolio({ now: new Date(EXAMPLES_NOW) });
  return EXAMPLE_ACCOUNT_IDS.map((id) => {
    const snapshot = portfolio.find((s) => s.account.id === id)!;
    return { fileName: `${companySlug(snapshot.account.name)}.json`, snapshot };
  });
}

/** The file's text: two-space JSON and a final newline. */
export function exampleText(snapshot: AccountSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
