import type { SchemaVersion } from './types';
import { v1 } from './v1';

/** Every released schema version, oldest first. Append only. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1];
export const LATEST_VERSION = SCHEMA_VERSIONS.length;

/**
 * The only field names that may be indexed or stored in the clear beside ciphertext
 * (DESIGN.md §3): opaque ids, foreign ids and timestamps.
 */
export function isAllowedIndexField(field: string): boolean {
  return field === 'id' || /^[a-z][A-Za-z]*Id$/.test(field) || /^[a-z][A-Za-z]*At$/.test(field);
}

/** The field names a Dexie store declaration indexes ("++id, &vaultId, [groupId+createdAt]"). */
export function indexedFields(declaration: string): string[] {
  return declaration
    .split(',')
    .map((part) => part.trim().replace(/^(\+\+|&|\*)/, ''))
    .filter((part) => part.length > 0)
    .flatMap((part) => (part.startsWith('[') ? part.slice(1, -1).split('+') : [part]))
    .map((field) => field.trim());
}
