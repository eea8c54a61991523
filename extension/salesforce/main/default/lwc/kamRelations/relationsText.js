import { format } from 'c/kamFormat';
import REPORTS_TO from '@salesforce/label/c.KAM_Relations_Kind_Reports_to';
import INFLUENCES from '@salesforce/label/c.KAM_Relations_Kind_Influences';
import TRUSTS from '@salesforce/label/c.KAM_Relations_Kind_Trusts';
import CONFLICTS from '@salesforce/label/c.KAM_Relations_Kind_Conflicts';
import FRIENDS from '@salesforce/label/c.KAM_Relations_Kind_Friends';
import MENTORS from '@salesforce/label/c.KAM_Relations_Kind_Mentors';
import WEAK from '@salesforce/label/c.KAM_Relations_Strength_Weak';
import MEDIUM from '@salesforce/label/c.KAM_Relations_Strength_Medium';
import STRONG from '@salesforce/label/c.KAM_Relations_Strength_Strong';
import PATH_SELF from '@salesforce/label/c.KAM_Relations_Path_Self';
import PATH_VIA from '@salesforce/label/c.KAM_Relations_Path_Via';
import PATH_NONE from '@salesforce/label/c.KAM_Relations_Path_None';

export const KIND_LABELS = {
  reports_to: REPORTS_TO,
  influences: INFLUENCES,
  trusts: TRUSTS,
  conflicts: CONFLICTS,
  friends: FRIENDS,
  mentors: MENTORS,
};

export const STRENGTH_LABELS = { 1: WEAK, 2: MEDIUM, 3: STRONG };

/** How our case reaches one decider (a `DeciderPath` of the sociogram), in words. */
export function pathInWords(path, nameOf) {
  const decider = nameOf(path.deciderId);
  if (!path.found) return format(PATH_NONE, { decider });
  if (path.hops.length === 0) return format(PATH_SELF, { decider });
  const steps = path.hops
    .map((hop) => {
      // A hop may run against the recorded direction ("the decider trusts X"): say it as recorded.
      const [from, to] = hop.reversed ? [hop.toId, hop.fromId] : [hop.fromId, hop.toId];
      return `${nameOf(from)} ${KIND_LABELS[hop.kind]} ${nameOf(to)}`;
    })
    .join(', ');
  return format(PATH_VIA, { supporter: nameOf(path.supporterId), decider, steps });
}
