/**
 * 2026-11-21 — version 1: the vault directory.
 *
 * One row per vault (one per facilitator) on this laptop. The label is the only clear text
 * the app stores (DESIGN.md §3: it is shown on the lock screen, and the UI says so); the
 * header is opaque bytes to this layer (format version, KDF parameters, salt, wrapped keys).
 */
import type { SchemaVersion } from '../types';

export const v1: SchemaVersion = {
  version: 1,
  stores: {
    vaults: 'id, createdAt',
  },
};
