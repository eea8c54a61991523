import type { BuyingCenterCoverage } from '../core/analysis/buying-center.js';
import { uniqueContacts } from '../core/analysis/people.js';
import type { Sociogram } from '../core/analysis/sociogram.js';
import type { SocialTie } from '../core/analysis/social-ties.js';
import { socialTies } from '../core/analysis/social-ties.js';
import type { Lang } from '../core/i18n/index.js';
import { t } from '../core/i18n/index.js';
import type { Contact, Relationship } from '../core/model/index.js';
import type { Group } from './frame.js';
import { frameSize, prepareFrame } from './frame.js';
import { DEFAULT_SEED } from './random.js';
import { drawEmptyMessage } from './people-marks.js';
import type { TieGeometry } from './sociogram-edges.js';
import {
  defineMarkers,
  drawConflictCross,
  markerId,
  PATH_COLOUR,
  pathContactIds,
  pathTieKeys,
  strokeWidth,
  TIE_STYLE,
  tieGeometry,
  tieKey,
} from './sociogram-edges.js';
import { layoutSociogram } from './sociogram-layout.js';
import { drawSociogramLegend, legendHeight } from './sociogram-legend.js';
import type { PlacedPerson } from './sociogram-nodes.js';
import { drawPeople, nodeRadius } from './sociogram-nodes.js';
import type { Renderer } from './types.js';

export interface SociogramData {
  readonly contacts: readonly Contact[];
  readonly relationships: readonly Relationship[];
  readonly sociogram: Sociogram;
  readonly buyingCenter: BuyingCenterCoverage;
}

const FALLBACK_SIZE = { width: 720, height: 520 };
/** Room for names below, badges above and names reaching sideways past a node. */
const NODE_MARGIN = { side: 56, above: 20, below: 20 };
const MIN_NETWORK_HEIGHT = 220;
/** Room one person needs with badges, name and ties around them, in square pixels. */
const AREA_PER_PERSON = 130 * 110;

/**
 * The Soziogramm: the customer's people in a seeded force layout. Size = stated influence,
 * colour and sign = attitude, letters = buying-center roles; ties by kind (dash and end marker),
 * width by strength. Highlights the supportive path to each decider, champions, blockers and
 * hidden influencers, with a legend for all of it.
 */
export const renderSociogram: Renderer<SociogramData> = (element, data, options) => {
  const { lang } = options;
  const contacts = uniqueContacts(data.contacts);
  const size = frameSize(element, options, FALLBACK_SIZE);
  const legendSpace = contacts.length > 0 ? legendHeight(size.width) : 0;
  const width = size.width;
  // The frame grows rather than crowding many people into a small or narrow box.
  const networkHeight = Math.max(
    MIN_NETWORK_HEIGHT,
    Math.ceil((contacts.length * AREA_PER_PERSON) / size.width),
  );
  const height = Math.max(size.height, legendSpace + networkHeight);
  const ties = socialTies({ contacts, relationships: [...data.relationships] });
  const frame = prepareFrame(
    element,
    'sociogram',
    { width, height },
    {
      title: t('viz.sociogram.title', lang),
      description: t('viz.sociogram.description', lang, { people: contacts.length, ties: ties.length }),
    },
  );
  if (contacts.length === 0) {
    drawEmptyMessage(frame.root, lang, width, height);
    return { width, height };
  }
  const prefix = element.getAttribute('aria-labelledby') ?? 'sociogram';
  defineMarkers(frame.svg, prefix);

  const radius = new Map(contacts.map((c) => [c.id, nodeRadius(c.influence)]));
  const at = layoutSociogram(
    contacts.map((c) => ({ id: c.id, radius: radius.get(c.id)! })),
    ties.map((tie) => ({
      fromId: tie.fromId,
      toId: tie.toId,
      strength: tie.strength,
      attracts: tie.kind !== 'conflicts',
    })),
    { x: 0, y: 0, width, height: height - legendSpace },
    options.seed ?? DEFAULT_SEED,
    NODE_MARGIN,
  );

  const { sociogram } = data;
  const onPath = pathContactIds(sociogram.deciderPaths);
  const champions = new Set(sociogram.champions.map((c) => c.contactId));
  const blockers = new Set(sociogram.blockers.map((b) => b.contactId));
  const hidden = new Set(sociogram.hiddenInfluencers.map((h) => h.contactId));
  const stale = new Set(data.buyingCenter.staleContactIds);
  const people: PlacedPerson[] = contacts.map((contact) => ({
    contact,
    at: at.get(contact.id)!,
    marks: {
      onPath: onPath.has(contact.id),
      champion: champions.has(contact.id),
      blocker: blockers.has(contact.id),
      hiddenInfluencer: hidden.has(contact.id),
      stale: stale.has(contact.id),
    },
  }));

  const shapes = tieGeometry(ties, at, (id) => radius.get(id) ?? 0);
  const names = new Map(contacts.map((c) => [c.id, c.name]));
  const splitting = new Set(
    sociogram.conflictLines.filter((l) => l.splitsSupport).map((l) => l.relationshipId),
  );
  drawTies(frame.root.append('g').attr('class', 'kam-edges'), ties, shapes, {
    lang,
    prefix,
    names,
    pathKeys: pathTieKeys(sociogram.deciderPaths),
    splitting,
  });
  drawPeople(
    frame.root.append('g').attr('class', 'kam-nodes'),
    people,
    {
      lang,
      path: t('viz.sociogram.path', lang),
      champion: t('viz.sociogram.champion', lang),
      blocker: t('viz.sociogram.blocker', lang),
      hiddenInfluencer: t('viz.sociogram.hiddenInfluencer', lang),
      stale: t('viz.buyingCenter.stale', lang),
    },
    options.onSelect,
  );
  drawSociogramLegend(frame.root, lang, width, height - legendSpace, prefix);
  return { width, height };
};

interface TieContext {
  readonly lang: Lang;
  readonly prefix: string;
  readonly names: ReadonlyMap<string, string>;
  /** Ties on a supportive path to a decider. */
  readonly pathKeys: ReadonlySet<string>;
  /** Conflicts that run between a supporter and a decider or champion. */
  readonly splitting: ReadonlySet<string>;
}

function drawTies(
  layer: Group,
  ties: readonly SocialTie[],
  shapes: ReadonlyMap<string, TieGeometry>,
  context: TieContext,
): void {
  const { lang, names } = context;
  for (const tie of ties) {
    const key = tieKey(tie);
    const shape = shapes.get(key);
    if (!shape) continue;
    const style = TIE_STYLE[tie.kind];
    const onPath = context.pathKeys.has(key);
    const splits = tie.relationshipId !== undefined && context.splitting.has(tie.relationshipId);
    const edge = layer
      .append('g')
      .attr(
        'class',
        ['kam-edge', `kam-edge--${tie.kind}`, onPath && 'kam-path', splits && 'kam-edge--splits']
          .filter(Boolean)
          .join(' '),
      )
      .attr('data-from', tie.fromId)
      .attr('data-to', tie.toId)
      .attr('data-strength', tie.strength);
    if (tie.relationshipId !== undefined) edge.attr('data-id', tie.relationshipId);
    const what = t('viz.sociogram.edgeLabel', lang, {
      from: names.get(tie.fromId) ?? tie.fromId,
      kind: { term: `relationship.${tie.kind}` },
      to: names.get(tie.toId) ?? tie.toId,
    });
    edge.append('title').text(`${what}, ${t('viz.sociogram.strength', lang, { value: tie.strength })}`);
    const width = strokeWidth(tie.kind, tie.strength);
    if (onPath) {
      edge
        .append('path')
        .attr('class', 'kam-path-halo')
        .attr('d', shape.d)
        .attr('fill', 'none')
        .attr('stroke', PATH_COLOUR)
        .attr('stroke-width', width + 7)
        .attr('stroke-linecap', 'round');
    }
    const line = edge
      .append('path')
      .attr('class', 'kam-edge-line')
      .attr('d', shape.d)
      .attr('fill', 'none')
      .attr('stroke', style.colour)
      .attr('stroke-width', width)
      // A reporting line on the path is the path: no longer faint there.
      .attr('stroke-opacity', onPath ? 1 : style.opacity);
    if (style.dash) line.attr('stroke-dasharray', style.dash);
    if (style.marker) line.attr('marker-end', `url(#${markerId(context.prefix, tie.kind)})`);
    if (tie.kind === 'conflicts') drawConflictCross(edge, shape.mid);
  }
}
