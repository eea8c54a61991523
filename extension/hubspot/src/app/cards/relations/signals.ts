import type { Sociogram } from '../../../../../../src/core/analysis/sociogram.js';
import type { DeciderPath } from '../../../../../../src/core/analysis/supportive-path.js';
import type { Lang } from '../shared/i18n.js';
import { t, term } from '../shared/i18n.js';

export type NameOf = (contactId: string) => string;

/** How our case reaches one decider, in words: who carries it to whom. */
export function pathInWords(path: DeciderPath, nameOf: NameOf, lang: Lang): string {
  const decider = nameOf(path.deciderId);
  if (!path.found) return t('card.rel.path.none', lang, { decider });
  if (path.hops.length === 0) return t('card.rel.path.self', lang, { decider });
  const steps = path.hops
    .map((h) => {
      // A hop may run against the recorded direction ("the decider trusts X"): say it as recorded.
      const [from, to] = h.reversed ? [h.toId, h.fromId] : [h.fromId, h.toId];
      return `${nameOf(from)} ${term('relationship', h.kind, lang)} ${nameOf(to)}`;
    })
    .join(', ');
  return t('card.rel.path.via', lang, { supporter: nameOf(path.supporterId), decider, steps });
}

/** The people the sociogram singles out, by name. */
export function signalNames(sociogram: Sociogram, nameOf: NameOf) {
  return {
    champions: sociogram.champions.map((c) => nameOf(c.contactId)),
    blockers: sociogram.blockers.map((b) => nameOf(b.contactId)),
    hidden: sociogram.hiddenInfluencers.map((h) => nameOf(h.contactId)),
  };
}
