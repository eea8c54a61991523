/** Notes on the customer's value chain (Wertkettenanalyse nach Porter) and where our offer helps. */
import type { ValueChainAssessment, ValueChainNote } from '../model/index.js';
import { PORTER_ACTIVITIES } from '../model/index.js';
import type { Rng } from './prng.js';
import type { ProfileTraits } from './profiles.js';
import { seq } from './text.js';
import { VALUE_CHAIN_TEXTS } from './vocabulary/value-chain.js';

const ASSESSMENTS: readonly (readonly [ValueChainAssessment, number])[] = [
  ['weakness', 45],
  ['strength', 35],
  ['neutral', 20],
];

const NEUTRAL_NOTE = 'Branchenüblich, derzeit kein Handlungsbedarf erkennbar';

/** How likely each assessment comes with a note on our contribution: mostly where the customer is weak. */
const CONTRIBUTION_CHANCE: Readonly<Record<ValueChainAssessment, number>> = {
  weakness: 0.85,
  strength: 0.3,
  neutral: 0.2,
};

export function generateValueChain(rng: Rng, accountId: string, traits: ProfileTraits): ValueChainNote[] {
  const activities = rng.sample(PORTER_ACTIVITIES, rng.intIn(traits.valueChainNotes));
  activities.sort((a, b) => PORTER_ACTIVITIES.indexOf(a) - PORTER_ACTIVITIES.indexOf(b));
  return activities.map((activity, i): ValueChainNote => {
    const texts = VALUE_CHAIN_TEXTS[activity];
    const assessment = rng.weighted(ASSESSMENTS);
    const note =
      assessment === 'strength'
        ? rng.pick(texts.strengths)
        : assessment === 'weakness'
          ? rng.pick(texts.weaknesses)
          : NEUTRAL_NOTE;
    const entry: ValueChainNote = {
      id: `${accountId}-v${seq(i + 1)}`,
      activity,
      assessment,
      note,
      impact:
        assessment === 'weakness' ? rng.int(2, 3) : assessment === 'strength' ? rng.int(1, 3) : rng.int(1, 2),
    };
    if (rng.chance(CONTRIBUTION_CHANCE[assessment])) entry.ourContribution = rng.pick(texts.contributions);
    return entry;
  });
}
