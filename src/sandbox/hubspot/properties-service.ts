import { HubSpotError, notFound, validationError } from './errors.js';
import { assertDefinition, newDefinition, toOptions } from './property-input.js';
import type { PropertyCreate, PropertyUpdate } from './property-input.js';
import type { PropertyDefinition } from './property-model.js';
import type { HubSpotState } from './state.js';

/** Property definitions with HubSpot's rules: groups must exist, names are unique, defined ones are fixed. */
export class PropertiesService {
  constructor(private readonly s: HubSpotState) {}

  create(typeId: string, input: PropertyCreate): PropertyDefinition {
    const existing = this.s.properties.get(typeId, input.name);
    if (existing && !existing.archived) {
      throw new HubSpotError(409, 'OBJECT_ALREADY_EXISTS', `Property named '${input.name}' already exists.`);
    }
    if (!this.s.properties.group(typeId, input.groupName)) {
      throw validationError(`Property group ${input.groupName} does not exist.`);
    }
    const def = newDefinition(input, this.s.now().toISOString());
    this.s.properties.save(typeId, def);
    return def;
  }

  update(typeId: string, name: string, patch: PropertyUpdate): PropertyDefinition {
    const current = this.s.properties.get(typeId, name);
    if (!current || current.archived) throw notFound(`Property ${name} does not exist`);
    if (current.modificationMetadata.readOnlyDefinition) {
      throw validationError(`Property ${name} is defined by HubSpot; its definition cannot be changed.`);
    }
    if (patch.groupName && !this.s.properties.group(typeId, patch.groupName)) {
      throw validationError(`Property group ${patch.groupName} does not exist.`);
    }
    const type = patch.type ?? current.type;
    const next: PropertyDefinition = {
      ...current,
      ...Object.fromEntries(Object.entries(patch).filter(([k, v]) => v !== undefined && k !== 'options')),
      type,
      options: patch.options ? toOptions(patch.options, type) : current.options,
      updatedAt: this.s.now().toISOString(),
    };
    assertDefinition(next);
    this.s.properties.save(typeId, next);
    return next;
  }

  archive(typeId: string, name: string): void {
    const current = this.s.properties.get(typeId, name);
    if (!current || current.archived) return;
    if (!current.modificationMetadata.archivable) {
      throw validationError(`Property ${name} is defined by HubSpot and cannot be archived.`);
    }
    const now = this.s.now().toISOString();
    this.s.properties.save(typeId, { ...current, archived: true, archivedAt: now, updatedAt: now });
  }
}
