/**
 * 2026-11-21 — vault database, version 2: groups and session plans (issue 4).
 *
 * groups: a group with its roster inside (members by first name or alias, all encrypted).
 * plans: session plans, indexed by their group's opaque id so a group's plans load alone.
 * planSummaries: what a group's list of plans shows (title, date, time, counts), one small
 *   record per plan, so the list does not decrypt every script of every plan.
 * templates: the facilitator's own templates, saved from plans.
 * sessions: live sessions and their record (agenda timers as facts, attendance, turns), indexed
 *   by their group's opaque id.
 *
 * New tables only; the settings rows are untouched, so there is nothing to upgrade.
 */
import type { SchemaVersion } from '../types';

export const v2: SchemaVersion = {
  version: 2,
  stores: {
    groups: 'id, updatedAt',
    plans: 'id, updatedAt, groupId',
    planSummaries: 'id, updatedAt, groupId',
    templates: 'id, updatedAt',
    sessions: 'id, updatedAt, groupId',
  },
};
