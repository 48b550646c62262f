/**
 * 2026-11-21 — vault database, version 1. One database per vault. Every table holds rows of
 * { id, updatedAt, ...foreign ids, record } where record is an EncryptedRecord: nothing in
 * the clear but opaque ids and timestamps (DESIGN.md §3).
 *
 * settings: the vault's own settings (idle lock, the facilitator's private display name).
 */
import type { SchemaVersion } from '../types';

export const v1: SchemaVersion = {
  version: 1,
  stores: {
    settings: 'id, updatedAt',
  },
};
