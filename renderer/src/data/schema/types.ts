import type { Transaction } from 'dexie';

/**
 * One released version of the database schema. Versions are append-only (STYLE.md §6): a
 * released one is never edited; a change is a new file schema/vN.ts with a dated comment, its
 * stores, an upgrade function when existing rows must change, and a migration fixture.
 */
export interface SchemaVersion {
  readonly version: number;
  /** Dexie store declarations: primary key first, then indexes. Only opaque ids and timestamps. */
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}
