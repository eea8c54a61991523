import type { ValueChainAssessment, ValueChainNote } from '../core/model/index.js';
import type { Lang } from '../core/i18n/index.js';
import { t } from '../core/i18n/index.js';
import { emptyMessage, fittedText, wrappedText } from './fitted-text.js';
import type { Group } from './frame.js';
import { focusable, frameSize, prepareFrame } from './frame.js';
import { flowLegend, glyphSwatch, squareSwatch } from './flow-legend.js';
import { ASSESSMENT_COLOUR, INK, MUTED } from './palette.js';
import type { Renderer } from './types.js';
import type { ActivityShape, Box } from './value-chain-layout.js';
import { hasSecondLine, noteSlots, valueChainLayout } from './value-chain-layout.js';

/** The customer's value chain as recorded: several notes per activity are possible. */
export interface ValueChainData {
  readonly notes: readonly ValueChainNote[];
}

/** Sign of an assessment, so that it reads without colour. */
const GLYPH: Readonly<Record<ValueChainAssessment, string>> = { strength: '+', weakness: '−', neutral: '○' };
const TEXT_ON: Readonly<Record<ValueChainAssessment, string>> = {
  strength: '#ffffff',
  weakness: '#ffffff',
  neutral: INK,
};
const CONTRIBUTION_ICON = '★';
const UNASSESSED_FILL = '#ffffff';

const impactDots = (impact: number) => '●'.repeat(impact) + '○'.repeat(Math.max(0, 3 - impact));
const byImpactThenId = (a: ValueChainNote, b: ValueChainNote) =>
  b.impact - a.impact || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const renderValueChain: Renderer<ValueChainData> = (svg, data, options) => {
  const { lang } = options;
  const size = frameSize(svg, options, { width: 900, height: 520 });
  const notes = [...data.notes].sort(byImpactThenId);
  const count = (a: ValueChainAssessment) => notes.filter((n) => n.assessment === a).length;
  const frame = prepareFrame(svg, 'value-chain', size, {
    title: t('viz.valueChain.title', lang),
    description: t('viz.valueChain.description', lang, {
      assessed: new Set(notes.map((n) => n.activity)).size,
      strengths: count('strength'),
      weaknesses: count('weakness'),
      neutral: count('neutral'),
      contributions: notes.filter((n) => n.ourContribution).length,
    }),
  });
  const layout = valueChainLayout(frame.width, frame.height);

  const margin = frame.root.append('g').attr('class', 'kam-margin');
  margin.append('polygon').attr('points', layout.margin.points).attr('fill', '#f0f0f0').attr('stroke', MUTED);
  rotatedLabel(
    margin,
    t('viz.valueChain.margin', lang),
    layout.margin.label,
    frame.height / 2,
    'kam-margin-label',
  );

  const groups = frame.root.append('g').attr('class', 'kam-activity-groups');
  rotatedLabel(
    groups,
    t('porter.support', lang),
    layout.groupLabels.support,
    layout.groupLabels.support.length,
  );
  rotatedLabel(
    groups,
    t('porter.primary', lang),
    layout.groupLabels.primary,
    layout.groupLabels.primary.length,
  );

  for (const shape of layout.activities) {
    const own = notes.filter((n) => n.activity === shape.activity);
    drawActivity(frame.root, shape, own, lang, options.onSelect);
  }

  if (notes.length === 0) {
    const { legend } = layout;
    emptyMessage(frame.root, t('viz.empty', lang), {
      x: legend.x + legend.width / 2,
      y: legend.y + 14,
      width: legend.width,
    });
  } else {
    drawLegend(frame.root, layout.legend, lang);
  }
  return { width: frame.width, height: frame.height };
};

function rotatedLabel(
  parent: Group,
  text: string,
  at: { readonly x: number; readonly y: number },
  length: number,
  className = 'kam-group-label',
): void {
  fittedText(parent, text, {
    x: at.x,
    y: at.y,
    width: length - 8,
    fontSize: 11,
    className,
    anchor: 'middle',
    fill: MUTED,
  }).attr('transform', `rotate(-90 ${at.x} ${at.y})`);
}

function drawActivity(
  root: Group,
  shape: ActivityShape,
  notes: readonly ValueChainNote[],
  lang: Lang,
  onSelect: ((id: string) => void) | undefined,
): void {
  const name = t(`porter.${shape.activity}` as const, lang);
  const lead = notes[0];
  const state = lead ? lead.assessment : 'unassessed';
  const g = root
    .append('g')
    .attr('class', `kam-activity kam-activity--${shape.kind} kam-activity--${state}`)
    .attr('data-activity', shape.activity);
  g.append('title').text(
    lead
      ? t('viz.valueChain.activityLabel', lang, { activity: name, count: notes.length })
      : `${name} – ${t('viz.valueChain.notAssessed', lang)}`,
  );
  g.append('polygon')
    .attr('class', 'kam-activity-shape')
    .attr('points', shape.points)
    .attr('fill', lead ? ASSESSMENT_COLOUR[lead.assessment] : UNASSESSED_FILL)
    .attr('fill-opacity', lead ? 0.14 : 1)
    .attr('stroke', lead ? INK : MUTED)
    .attr('stroke-dasharray', lead ? null : '5 3');

  const slots = noteSlots(
    shape,
    notes.map((n) => n.ourContribution !== undefined && n.ourContribution !== ''),
  );
  const label = slots.label;
  if (shape.kind === 'primary') {
    wrappedText(g, name, {
      x: label.x,
      y: label.y + 12,
      width: label.width,
      fontSize: 12,
      className: 'kam-activity-label',
      bold: true,
      maxLines: 2,
      lineHeight: 14,
    });
  } else {
    fittedText(g, name, {
      x: label.x,
      y: label.y + label.height / 2 + 4,
      width: label.width - 4,
      fontSize: 12,
      className: 'kam-activity-label',
      bold: true,
    });
  }
  if (!lead) {
    const at =
      shape.kind === 'primary'
        ? { x: label.x, y: label.y + label.height + 14 }
        : { x: label.x + label.width + 4, y: label.y + label.height / 2 + 4 };
    fittedText(g, t('viz.valueChain.notAssessed', lang), {
      ...at,
      width: shape.content.width - (at.x - shape.content.x),
      fontSize: 11,
      className: 'kam-not-assessed',
      fill: MUTED,
    }).attr('font-style', 'italic');
    return;
  }

  slots.slots.forEach((slot, i) => drawNote(g, notes[i]!, slot, name, lang, onSelect));
  if (slots.more) {
    // the notes without room stay readable: their texts in the element's title and spoken label
    const hidden = notes.slice(slots.slots.length).map((n) => noteLabel(n, name, lang));
    const more = g
      .append('g')
      .attr('class', 'kam-more-notes')
      .attr('tabindex', 0)
      .attr('role', 'img')
      .attr('aria-label', hidden.join('; '));
    more.append('title').text(hidden.join('\n'));
    more
      .append('text')
      .attr('class', 'kam-more')
      .attr('x', slots.more.x)
      .attr('y', slots.more.y)
      .attr('font-size', 11)
      .attr('fill', MUTED)
      .text(t('viz.valueChain.more', lang, { count: slots.hidden }));
  }
}

function drawNote(
  parent: Group,
  note: ValueChainNote,
  slot: Box,
  activityName: string,
  lang: Lang,
  onSelect: ((id: string) => void) | undefined,
): void {
  const chip = parent
    .append('g')
    .datum(note)
    .attr('class', `kam-note kam-note--${note.assessment}`)
    .attr('data-id', note.id);
  chip
    .append('rect')
    .attr('x', slot.x)
    .attr('y', slot.y)
    .attr('width', slot.width)
    .attr('height', slot.height)
    .attr('rx', 3)
    .attr('fill', ASSESSMENT_COLOUR[note.assessment]);
  const colour = TEXT_ON[note.assessment];
  const contribution = note.ourContribution ? note.ourContribution : undefined;
  // A note without contribution keeps its one line in the middle of the box.
  const twoLines = contribution !== undefined && hasSecondLine(slot);
  const firstBaseline = twoLines ? slot.y + 14 : slot.y + slot.height / 2 + 4;
  const iconRoom = contribution && !twoLines ? 16 : 0;
  fittedText(
    chip,
    `${GLYPH[note.assessment]} ${t(`assessment.${note.assessment}`, lang)} ${impactDots(note.impact)}`,
    {
      x: slot.x + 4,
      y: firstBaseline,
      width: slot.width - 8 - iconRoom,
      fontSize: 11,
      className: 'kam-assessment',
      fill: colour,
    },
  );
  if (contribution) {
    const text = twoLines
      ? fittedText(chip, `${CONTRIBUTION_ICON} ${contribution}`, {
          x: slot.x + 4,
          y: slot.y + 29,
          width: slot.width - 8,
          fontSize: 11,
          className: 'kam-contribution',
          fill: colour,
        })
      : chip
          .append('text')
          .attr('class', 'kam-contribution')
          .attr('x', slot.x + slot.width - 4)
          .attr('y', firstBaseline)
          .attr('text-anchor', 'end')
          .attr('font-size', 11)
          .attr('fill', colour)
          .text(CONTRIBUTION_ICON);
    // The full text even when it fits: the chip shows it shortened at smaller sizes.
    text.selectAll('title').remove();
    text.append('title').text(t('viz.valueChain.contributionText', lang, { text: contribution }));
  }
  focusable(
    chip,
    (n) => noteLabel(n, activityName, lang),
    (n) => n.id,
    onSelect,
  );
}

function noteLabel(note: ValueChainNote, activityName: string, lang: Lang): string {
  const parts = [
    `${activityName}: ${t(`assessment.${note.assessment}`, lang)}, ${t('viz.valueChain.impact', lang, { impact: note.impact })}`,
  ];
  if (note.note) parts.push(note.note);
  if (note.ourContribution)
    parts.push(t('viz.valueChain.contributionText', lang, { text: note.ourContribution }));
  return parts.join('; ');
}

function drawLegend(root: Group, box: Box, lang: Lang): void {
  flowLegend(
    root,
    [
      ...(['strength', 'weakness', 'neutral'] as const).map((a) => ({
        swatch: squareSwatch(ASSESSMENT_COLOUR[a]),
        text: `${GLYPH[a]} ${t(`assessment.${a}`, lang)}`,
      })),
      {
        swatch: squareSwatch(UNASSESSED_FILL, { stroke: MUTED, dash: '3 2' }),
        text: t('viz.valueChain.notAssessed', lang),
      },
      { swatch: glyphSwatch(CONTRIBUTION_ICON), text: t('viz.valueChain.contribution', lang) },
      { swatch: glyphSwatch('●●○', 7), text: t('viz.valueChain.impactScale', lang) },
    ],
    box,
  );
}
