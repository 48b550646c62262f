import { v1 as directoryV1 } from './directory/v1';
import { v2 as directoryV2 } from './directory/v2';
import type { SchemaVersion } from './types';
import { v1 as vaultV1 } from './vault/v1';
import { v2 as vaultV2 } from './vault/v2';
import { v3 as vaultV3 } from './vault/v3';

/**
 * Every released schema version of each database, oldest first. Append only: a change is a
 * new file with a dated comment, an upgrade function where rows change, and a migration test.
 */
export const DIRECTORY_VERSIONS: readonly SchemaVersion[] = [directoryV1, directoryV2];
export const VAULT_VERSIONS: readonly SchemaVersion[] = [vaultV1, vaultV2, vaultV3];

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
