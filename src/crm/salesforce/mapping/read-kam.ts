import type { z } from 'zod';
import type { Action, Potential, Relationship, ValueChainNote } from '../../../core/model/index.js';
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  HORIZONS,
  PORTER_ACTIVITIES,
  RELATIONSHIP_KINDS,
  VALUE_CHAIN_ASSESSMENTS,
} from '../../../core/model/index.js';
import { SF } from '../metadata/names.js';
import { percentFromCrm } from './convert.js';
import { userName } from './read-account.js';
import type { Read } from './read-origin.js';
import { NON_NEGATIVE, ONE_TO_THREE, PERCENT, read } from './read-origin.js';
import type { RecordReader } from './record-reader.js';
import { userNameField } from './snapshot-fields.js';
import { STD } from './standard-fields.js';

const { relationship: R, valueChainNote: V, potential: P, action: X } = SF;

// The `?? ''` placeholders below only stand in where an issue was already reported: the snapshot
// read fails on any issue before the core ever sees them.

const RELATIONSHIP_ORIGIN = {
  id: STD.id,
  fromId: R.from,
  toId: R.to,
  kind: R.kind,
  strength: R.strength,
  note: R.note,
};

export function readRelationship(r: RecordReader): Read<z.input<typeof Relationship>> {
  return read(r, RELATIONSHIP_ORIGIN, {
    id: r.id,
    fromId: r.required(R.from, r.text(R.from)) ?? '',
    toId: r.required(R.to, r.text(R.to)) ?? '',
    kind: r.required(R.kind, r.picklist(R.kind, RELATIONSHIP_KINDS)) ?? 'influences',
    strength: r.number(R.strength, ONE_TO_THREE),
    note: r.text(R.note),
  });
}

const VALUE_CHAIN_ORIGIN = {
  id: STD.id,
  activity: V.activity,
  assessment: V.assessment,
  note: V.note,
  ourContribution: V.ourContribution,
  impact: V.impact,
};

export function readValueChainNote(r: RecordReader): Read<z.input<typeof ValueChainNote>> {
  return read(r, VALUE_CHAIN_ORIGIN, {
    id: r.id,
    activity: r.required(V.activity, r.picklist(V.activity, PORTER_ACTIVITIES)) ?? 'operations',
    assessment: r.picklist(V.assessment, VALUE_CHAIN_ASSESSMENTS),
    note: r.text(V.note),
    ourContribution: r.text(V.ourContribution),
    impact: r.number(V.impact, ONE_TO_THREE),
  });
}

const POTENTIAL_ORIGIN = {
  id: STD.id,
  productLine: P.productLine,
  horizon: P.horizon,
  volumePerYear: P.volumePerYear,
  probability: P.probability,
  note: P.note,
};

export function readPotential(r: RecordReader): Read<z.input<typeof Potential>> {
  return read(r, POTENTIAL_ORIGIN, {
    id: r.id,
    productLine: r.required(P.productLine, r.text(P.productLine)) ?? '',
    horizon: r.required(P.horizon, r.picklist(P.horizon, HORIZONS)) ?? 'short',
    volumePerYear: r.required(P.volumePerYear, r.number(P.volumePerYear, NON_NEGATIVE)) ?? 0,
    probability: percentFromCrm(r.number(P.probability, PERCENT)),
    note: r.text(P.note),
  });
}

const ACTION_ORIGIN = {
  id: STD.id,
  title: X.title,
  goal: X.goal,
  ownerName: userNameField(X.assignee),
  start: X.start,
  due: X.due,
  status: X.status,
  kind: X.kind,
  effortHours: X.effortHours,
  completedOn: X.completedOn,
};

export function readAction(r: RecordReader): Read<z.input<typeof Action>> {
  return read(r, ACTION_ORIGIN, {
    id: r.id,
    title: r.required(X.title, r.text(X.title)) ?? '',
    goal: r.text(X.goal),
    ownerName: userName(r, X.assignee),
    start: r.required(X.start, r.date(X.start)) ?? '',
    due: r.required(X.due, r.date(X.due)) ?? '',
    status: r.picklist(X.status, ACTION_STATUSES),
    kind: r.picklist(X.kind, ACTION_KINDS),
    effortHours: r.number(X.effortHours, NON_NEGATIVE),
    completedOn: r.date(X.completedOn),
  });
}
