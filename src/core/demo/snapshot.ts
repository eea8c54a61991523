/** One account snapshot from a portfolio entry: every part drawn from its own random stream. */
import type { AccountSnapshot } from '../model/index.js';
import { generateActions } from './actions.js';
import type { DemoClock } from './clock.js';
import { buildKeyAccount, drawCompany } from './company.js';
import { generatePeople } from './contacts.js';
import { generateDeals } from './deals.js';
import { drawEconomy } from './economy.js';
import type { PortfolioEntry } from './layout.js';
import { generatePlan } from './plan.js';
import { generatePotentials } from './potentials.js';
import type { Rng } from './prng.js';
import { PROFILE_TRAITS } from './profiles.js';
import { generateRelationships } from './relationships.js';
import { generateValueChain } from './value-chain.js';
import { OUR_ACCOUNT_MANAGERS } from './vocabulary/names.js';

/**
 * Builds the snapshot of `entry`. Each part draws from a stream derived from `rng` by name, so
 * changing how contacts are drawn does not change the deals of the same seed. `usedSlugs` keeps
 * company names unique across a portfolio.
 */
export function generateAccountSnapshot(
  entry: PortfolioEntry,
  rng: Rng,
  clock: DemoClock,
  usedSlugs?: Set<string>,
): AccountSnapshot {
  const { id, profile } = entry;
  const traits = PROFILE_TRAITS[profile];
  const economy = drawEconomy(rng.derive('economy'), traits, clock);
  const company = drawCompany(rng.derive('company'), economy, entry.identity, usedSlugs);
  const ownerName = rng.derive('owner').pick(OUR_ACCOUNT_MANAGERS);
  const account = buildKeyAccount(rng.derive('account'), id, company, economy, traits, ownerName, clock);
  const people = generatePeople(rng.derive('contacts'), id, company, traits, profile, clock);
  const plan = generatePlan(rng.derive('plan'), id, economy, traits, profile, ownerName, clock);
  const snapshot: AccountSnapshot = {
    account,
    contacts: people.contacts,
    relationships: generateRelationships(rng.derive('relationships'), id, people, profile),
    valueChain: generateValueChain(rng.derive('value-chain'), id, traits),
    potentials: generatePotentials(rng.derive('potentials'), id, economy, traits),
    actions: generateActions(rng.derive('actions'), id, traits, ownerName, plan !== undefined, clock),
    deals: generateDeals(rng.derive('deals'), id, economy, company, traits, profile, clock),
  };
  if (plan) snapshot.plan = plan;
  return snapshot;
}
