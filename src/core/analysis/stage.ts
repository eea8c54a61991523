import type { LocalizedMessage, MessageKey, MessageParams } from '../i18n/index.js';
import { message } from '../i18n/index.js';
import type { AccountSnapshot, BuyingRole, Contact, DevelopmentStage } from '../model/index.js';
import { DEVELOPMENT_STAGES } from '../model/values.js';
import type { Gap } from './gap.js';
import { gap } from './gap.js';

export interface ChecklistOptions {
  /** Porter activities with a value-chain note before the customer counts as analysed. Default 3. */
  readonly minValueChainActivities?: number;
  /** Contacts linked by reporting lines before the organisation counts as mapped. Default 3. */
  readonly minOrgChartContacts?: number;
}

export type ChecklistItemKey =
  | 'valueChain'
  | 'industry'
  | 'size'
  | 'orgChart'
  | 'decider'
  | 'deciderNeeds'
  | 'buyerNeeds'
  | 'offer'
  | 'presentation'
  | 'planGoals'
  | 'planOwner';

export interface ChecklistItem {
  readonly key: ChecklistItemKey;
  readonly done: boolean;
  readonly label: LocalizedMessage;
}

/** A stage after `candidate`, with what the data must show to have reached it. */
export interface StageChecklist {
  readonly stage: Exclude<DevelopmentStage, 'candidate'>;
  readonly items: readonly ChecklistItem[];
  readonly complete: boolean;
}

/** Aufbauprozess Key Account: the checklist, the stage the data support and the recorded one. */
export interface DevelopmentChecklist {
  /** analysed … key account, in order. */
  readonly stages: readonly StageChecklist[];
  /** The last stage whose items, and those of every stage before it, are all done. */
  readonly evidencedStage: DevelopmentStage;
  readonly recordedStage: DevelopmentStage;
  /** Open items of the stage after the evidenced one: what to do next. Empty at key account. */
  readonly nextItems: readonly ChecklistItem[];
  readonly gaps: readonly Gap[];
}

type Snapshot = Pick<
  AccountSnapshot,
  'account' | 'contacts' | 'relationships' | 'valueChain' | 'potentials' | 'plan' | 'actions' | 'deals'
>;

const item = (key: ChecklistItemKey, done: boolean, label: LocalizedMessage): ChecklistItem => ({
  key,
  done,
  label,
});
const LABELS = {
  valueChain: 'development.item.valueChain',
  industry: 'development.item.industry',
  size: 'development.item.size',
  orgChart: 'development.item.orgChart',
  decider: 'development.item.decider',
  deciderNeeds: 'development.item.deciderNeeds',
  buyerNeeds: 'development.item.buyerNeeds',
  offer: 'development.item.offer',
  presentation: 'development.item.presentation',
  planGoals: 'development.item.planGoals',
  planOwner: 'development.item.planOwner',
} as const satisfies Record<ChecklistItemKey, MessageKey>;

const label = (key: ChecklistItemKey, params?: MessageParams) => message(LABELS[key], params);

const hasText = (s: string | undefined) => s !== undefined && s.trim().length > 0;

/** Every contact in the role has both kinds of needs recorded, and there is at least one. */
function needsKnown(contacts: readonly Contact[], role: BuyingRole): boolean {
  const inRole = contacts.filter((c) => c.roles.includes(role));
  return inRole.length > 0 && inRole.every((c) => hasText(c.needsFactual) && hasText(c.needsEmotional));
}

/** Contacts that are an end of a reporting line (reports-to field or `reports_to` relationship). */
function contactsInOrgChart(snapshot: Pick<Snapshot, 'contacts' | 'relationships'>): number {
  const ids = new Set(snapshot.contacts.map((c) => c.id));
  const linked = new Set<string>();
  const link = (from: string, to: string) => {
    if (from === to || !ids.has(from) || !ids.has(to)) return;
    linked.add(from);
    linked.add(to);
  };
  for (const c of snapshot.contacts) if (c.reportsToId) link(c.id, c.reportsToId);
  for (const r of snapshot.relationships) if (r.kind === 'reports_to') link(r.fromId, r.toId);
  return linked.size;
}

function checklist(snapshot: Snapshot, options: ChecklistOptions): StageChecklist[] {
  const { minValueChainActivities = 3, minOrgChartContacts = 3 } = options;
  const { account, contacts, plan } = snapshot;
  const activities = new Set(snapshot.valueChain.map((n) => n.activity)).size;
  const orgChart = contactsInOrgChart(snapshot);
  const stage = (s: StageChecklist['stage'], items: ChecklistItem[]): StageChecklist => ({
    stage: s,
    items,
    complete: items.every((i) => i.done),
  });
  return [
    stage('analysed', [
      item(
        'valueChain',
        activities >= minValueChainActivities,
        label('valueChain', { need: minValueChainActivities, have: activities }),
      ),
      item('industry', hasText(account.industry), label('industry')),
      item('size', account.employees !== undefined || account.annualRevenue !== undefined, label('size')),
    ]),
    stage('organisation_mapped', [
      item(
        'orgChart',
        orgChart >= minOrgChartContacts,
        label('orgChart', { need: minOrgChartContacts, have: orgChart }),
      ),
      item(
        'decider',
        contacts.some((c) => c.roles.includes('decider')),
        label('decider'),
      ),
    ]),
    stage('needs_understood', [
      item('deciderNeeds', needsKnown(contacts, 'decider'), label('deciderNeeds')),
      item('buyerNeeds', needsKnown(contacts, 'buyer'), label('buyerNeeds')),
    ]),
    stage('offer_defined', [
      item(
        'offer',
        snapshot.potentials.length > 0 || snapshot.deals.some((d) => d.status === 'open'),
        label('offer'),
      ),
    ]),
    stage('presented', [
      item(
        'presentation',
        snapshot.actions.some((a) => a.kind === 'presentation' && a.status === 'done'),
        label('presentation'),
      ),
    ]),
    stage('key_account', [
      item('planGoals', (plan?.goals.length ?? 0) > 0, label('planGoals')),
      item('planOwner', hasText(plan?.ownerName), label('planOwner')),
    ]),
  ];
}

export function developmentChecklist(
  snapshot: Snapshot,
  _now: Date,
  options: ChecklistOptions = {},
): DevelopmentChecklist {
  const stages = checklist(snapshot, options);
  // The process runs in order: a later stage counts only once every earlier one is evidenced.
  const firstOpen = stages.findIndex((s) => !s.complete);
  const reached = firstOpen === -1 ? stages.length : firstOpen;
  const evidencedStage = DEVELOPMENT_STAGES[reached] ?? 'candidate';
  const recordedStage = snapshot.account.stage;
  const nextItems = firstOpen === -1 ? [] : (stages[firstOpen]?.items.filter((i) => !i.done) ?? []);

  const gaps: Gap[] = [];
  const rank = (s: DevelopmentStage) => DEVELOPMENT_STAGES.indexOf(s);
  const params = {
    recorded: { term: `stage.${recordedStage}` },
    evidenced: { term: `stage.${evidencedStage}` },
  };
  if (rank(recordedStage) > rank(evidencedStage))
    gaps.push(gap('warning', 'development.gap.aheadOfEvidence', params));
  if (rank(recordedStage) < rank(evidencedStage))
    gaps.push(gap('info', 'development.gap.behindEvidence', params));

  return { stages, evidencedStage, recordedStage, nextItems, gaps };
}
