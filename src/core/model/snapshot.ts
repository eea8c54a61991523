import { z } from 'zod';
import { KeyAccount } from './account.js';
import { Contact } from './contact.js';
import { Deal } from './deal.js';
import { AccountPlan, Action } from './plan.js';
import { Potential } from './potential.js';
import { Relationship } from './relationship.js';
import { ValueChainNote } from './value-chain.js';

/** Everything the product knows about one key account at one moment: the input of scoring and analyses. */
export const AccountSnapshot = z
  .object({
    account: KeyAccount,
    contacts: z.array(Contact).default([]),
    relationships: z.array(Relationship).default([]),
    valueChain: z.array(ValueChainNote).default([]),
    potentials: z.array(Potential).default([]),
    plan: AccountPlan.optional(),
    actions: z.array(Action).default([]),
    deals: z.array(Deal).default([]),
  })
  .superRefine((s, ctx) => {
    const ids = new Set(s.contacts.map((c) => c.id));
    s.relationships.forEach((r, i) => {
      for (const end of ['fromId', 'toId'] as const) {
        if (!ids.has(r[end])) {
          ctx.addIssue({
            code: 'custom',
            path: ['relationships', i, end],
            message: `unknown contact "${r[end]}"`,
          });
        }
      }
    });
  });
export type AccountSnapshot = z.infer<typeof AccountSnapshot>;
/** What callers may pass before defaults are applied (e.g. a JSON file). */
export type AccountSnapshotInput = z.input<typeof AccountSnapshot>;
