/**
 * 2026-11-22 — vault database, version 3: notes, the icebreaker library, the safety card (issue 6).
 *
 * notes: confidential notes, indexed by the opaque ids of the group, session and member they are
 *   about, and by when they were written (retention selects by age without reading them).
 * prompts: the facilitator's own icebreaker prompts.
 * library: one record: favourite and hidden prompts, and the prompts each group has had.
 * safety: one record: crisis contacts, the grounding script, the default confidentiality statement.
 *
 * New tables only; existing rows are untouched (payload changes of plans, sessions and groups are
 * migrated by their repositories, record by record, as they are read).
 */
import type { SchemaVersion } from '../types';

export const v3: SchemaVersion = {
  version: 3,
  stores: {
    notes: 'id, updatedAt, groupId, sessionId, memberId, createdAt',
    prompts: 'id, updatedAt',
    library: 'id, updatedAt',
    safety: 'id, updatedAt',
  },
};
