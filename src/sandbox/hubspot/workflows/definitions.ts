import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { z } from 'zod';

const FieldType = z.looseObject({
  name: z.string().min(1),
  type: z.string().min(1),
  fieldType: z.string().optional(),
  options: z.array(z.unknown()).default([]),
});
const InputField = z.looseObject({
  typeDefinition: FieldType,
  isRequired: z.boolean().default(false),
  supportedValueTypes: z.array(z.string()).optional(),
});
const Labels = z.record(z.string(), z.looseObject({ actionName: z.string().min(1) }));

const definitionFields = {
  actionUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  published: z.boolean(),
  objectTypes: z.array(z.string().min(1)).min(1),
  inputFields: z.array(InputField),
  outputFields: z.array(z.looseObject({ typeDefinition: FieldType })).optional(),
  labels: Labels.refine((l) => l.en !== undefined, 'English labels (en) are required'),
  objectRequestOptions: z.object({ properties: z.array(z.string()) }).optional(),
  inputFieldDependencies: z.array(z.unknown()).optional(),
  executionRules: z.array(z.unknown()).optional(),
};

/** The body of a create (`PublicActionDefinitionEgg`); `functions` (serverless code) is not run, so dropped. */
export const DefinitionEgg = z.object({
  ...definitionFields,
  published: definitionFields.published.default(false),
  inputFields: definitionFields.inputFields.default([]),
});
/** The body of an update (`PublicActionDefinitionPatch`): any of the fields, no defaults. */
export const DefinitionPatch = z.object(definitionFields).partial();

export type DefinitionBody = z.infer<typeof DefinitionEgg>;

/** A stored custom action definition. */
export interface ActionDefinition {
  readonly id: string;
  readonly appId: number;
  readonly revisionId: string;
  readonly archivedAt?: number;
  readonly body: DefinitionBody;
}

type Row = Record<string, unknown>;
const toDefinition = (r: Row): ActionDefinition => ({
  body: JSON.parse(r.definition as string) as DefinitionBody,
  id: String(r.id),
  appId: Number(r.app_id),
  revisionId: String(r.revision),
  ...(r.archived_at === null ? {} : { archivedAt: Number(r.archived_at) }),
});

/** As the API shows a definition (`PublicActionDefinition`). */
export function definitionView(d: ActionDefinition) {
  return {
    id: d.id,
    revisionId: d.revisionId,
    ...d.body,
    functions: [],
    ...(d.archivedAt === undefined ? {} : { archivedAt: d.archivedAt }),
  };
}

/** Custom workflow action definitions per app; every update is a new revision. */
export class DefinitionsStore {
  private readonly insertStmt: StatementSync;
  private readonly getStmt: StatementSync;
  private readonly byIdStmt: StatementSync;
  private readonly pageStmt: StatementSync;
  private readonly updateStmt: StatementSync;
  private readonly archiveStmt: StatementSync;

  constructor(db: DatabaseSync) {
    this.insertStmt = db.prepare(
      'INSERT INTO hs_action_definitions (app_id, revision, definition) VALUES (?, 1, ?) RETURNING *',
    );
    this.getStmt = db.prepare('SELECT * FROM hs_action_definitions WHERE app_id = ? AND id = ?');
    this.byIdStmt = db.prepare('SELECT * FROM hs_action_definitions WHERE id = ? AND archived_at IS NULL');
    this.pageStmt = db.prepare(
      `SELECT * FROM hs_action_definitions WHERE app_id = ? AND (archived_at IS NOT NULL) = ? AND id > ?
         ORDER BY id LIMIT ?`,
    );
    this.updateStmt = db.prepare(
      'UPDATE hs_action_definitions SET definition = ?, revision = revision + 1 WHERE id = ? RETURNING *',
    );
    this.archiveStmt = db.prepare('UPDATE hs_action_definitions SET archived_at = ? WHERE id = ?');
  }

  create(appId: number, body: DefinitionBody): ActionDefinition {
    return toDefinition(this.insertStmt.get(appId, JSON.stringify(body))!);
  }

  get(appId: number, id: string, archived = false): ActionDefinition | undefined {
    if (!/^\d{1,12}$/.test(id)) return undefined;
    const row = this.getStmt.get(appId, id);
    const found = row ? toDefinition(row) : undefined;
    return found && (found.archivedAt !== undefined) === archived ? found : undefined;
  }

  /** A live definition of any app by its id. */
  byId(id: string): ActionDefinition | undefined {
    if (!/^\d{1,12}$/.test(id)) return undefined;
    const row = this.byIdStmt.get(id);
    return row ? toDefinition(row) : undefined;
  }

  page(appId: number, afterId: number, limit: number, archived: boolean): ActionDefinition[] {
    return this.pageStmt.all(appId, archived ? 1 : 0, afterId, limit).map(toDefinition);
  }

  update(current: ActionDefinition, patch: Partial<DefinitionBody>): ActionDefinition {
    return toDefinition(this.updateStmt.get(JSON.stringify({ ...current.body, ...patch }), current.id)!);
  }

  archive(id: string, now: number): void {
    this.archiveStmt.run(now, id);
  }
}
