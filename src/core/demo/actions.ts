/**
 * Maßnahmen on the plan's timeline, from a year ago to 18 months ahead. Statuses agree with `now`:
 * what lies ahead is planned, what runs today is mostly in progress, what was due is mostly done,
 * and some of it is overdue (still open after its due date), the more so in neglected accounts.
 */
import type { Action, ActionStatus } from '../model/index.js';
import type { DemoClock } from './clock.js';
import type { Rng } from './prng.js';
import type { ActionMode, ProfileTraits } from './profiles.js';
import { fill, seq } from './text.js';
import type { ActionTemplate } from './vocabulary/actions.js';
import { BUILD_UP_ACTIONS, MAINTAIN_ACTIONS, RECOVER_ACTIONS } from './vocabulary/actions.js';
import { OUR_COLLEAGUES } from './vocabulary/names.js';
import { math } from './math.js';

const TEMPLATES: Readonly<Record<ActionMode, readonly ActionTemplate[]>> = {
  build_up: BUILD_UP_ACTIONS,
  maintain: MAINTAIN_ACTIONS,
  recover: RECOVER_ACTIONS,
};

/** Days from today: the timeline runs from a year ago to 18 months ahead; a stale plan stopped two months ago. */
const WINDOW: readonly [number, number] = [-365, 548];
const STALE_WINDOW: readonly [number, number] = [-720, -60];

function chooseTemplates(rng: Rng, mode: ActionMode, count: number): ActionTemplate[] {
  const pool = TEMPLATES[mode];
  if (mode === 'build_up') {
    // The build-up steps keep the method's order along the timeline.
    const steps = rng.sample(
      pool.map((_, i) => i),
      count,
    );
    return steps.sort((a, b) => a - b).map((i) => pool[i]!);
  }
  const out: ActionTemplate[] = [];
  while (out.length < count) {
    const round = rng.shuffle(pool);
    for (let i = 0; i < round.length && out.length < count; i++) out.push(round[i]!);
  }
  return out;
}

interface Timing {
  readonly status: ActionStatus;
  /** Days from today, when done. */
  readonly completed?: number;
}

/** A status consistent with today (day 0) for an action running from `start` to `due`. */
function timing(rng: Rng, start: number, due: number, overdueChance: number): Timing {
  if (start > 0) return { status: 'planned' };
  if (due >= 0) {
    const r = rng.next();
    if (r < 0.7) return { status: 'in_progress' };
    if (r < 0.93) return { status: 'planned' };
    return { status: 'done', completed: rng.int(start, 0) };
  }
  const r = rng.next();
  if (r < overdueChance) return { status: rng.chance(0.5) ? 'in_progress' : 'planned' };
  if (r < overdueChance + 0.06) return { status: 'cancelled' };
  return { status: 'done', completed: math.min(0, math.max(start, due + rng.int(-3, 5))) };
}

export function generateActions(
  rng: Rng,
  accountId: string,
  traits: ProfileTraits,
  ownerName: string,
  hasPlan: boolean,
  clock: DemoClock,
): Action[] {
  // Without a plan there are at most a few loose actions.
  const count = hasPlan ? rng.intIn(traits.actions) : rng.int(0, math.min(3, traits.actions[1]));
  const templates = chooseTemplates(rng, traits.actionMode, count);
  const window = traits.stale ? STALE_WINDOW : WINDOW;
  const from = window[0];
  const to = window[1];
  const slot = (to - from) / math.max(1, templates.length);

  const actions = templates.map((template, i): Action => {
    const duration = rng.intIn(template.duration);
    const start = math.round(
      traits.actionMode === 'build_up'
        ? math.min(from + (i + rng.float(0.1, 0.9)) * slot, to - duration)
        : rng.float(from, to - duration),
    );
    const due = start + duration;
    const { status, completed } = timing(rng, start, due, traits.overdueChance);
    const dueDate = clock.fromToday(due);
    const year = { year: dueDate.slice(0, 4) };
    const action: Action = {
      id: '',
      title: fill(template.title, year),
      goal: fill(template.goal, year),
      ownerName: rng.chance(0.8) ? ownerName : rng.pick(OUR_COLLEAGUES),
      start: clock.fromToday(start),
      due: dueDate,
      status,
      kind: template.kind,
      effortHours: rng.intIn(template.effortHours),
    };
    if (completed !== undefined) action.completedOn = clock.fromToday(completed);
    return action;
  });
  actions.sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.due < b.due ? -1 : a.due > b.due ? 1 : 0,
  );
  actions.forEach((action, i) => (action.id = `${accountId}-a${seq(i + 1)}`));
  return actions;
}
