/** Session plans, indexed by their group's id; and the facilitator's own templates. */
import { LONG_TEXT_MAX, MAX_LIST_ENTRIES, SHORT_TEXT_MAX } from '../../domain/groups/group';
import {
  ITEM_TITLE_MAX,
  MAX_ITEMS,
  PLAN_TITLE_MAX,
  type PlanSummary,
  type SavedTemplate,
  type SessionPlan,
} from '../../domain/plans/plan';
import { MAX_ITEM_MINUTES } from '../../domain/plans/schedule';
import { ITEM_KINDS, TEMPLATE_LANGUAGES } from '../../domain/plans/templates';
import { PROMPT_TEXT_MAX } from '../../domain/icebreakers/prompt';
import { z } from '../schema/zod';
import { clockTime, isoDate } from './groups.repository';
import { createRepository, type Repository, type VaultSession } from './repository';

const id = z.string().min(1).max(64);
const SCRIPT_MAX = 20_000;

const itemFields = {
  kind: z.enum(ITEM_KINDS),
  title: z.string().min(1).max(ITEM_TITLE_MAX),
  minutes: z.number().int().min(1).max(MAX_ITEM_MINUTES),
  script: z.string().max(SCRIPT_MAX),
  materials: z.string().max(LONG_TEXT_MAX),
};

const planFields = {
  language: z.enum(TEMPLATE_LANGUAGES),
  intendedMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  goals: z.array(z.string().max(SHORT_TEXT_MAX * 4)).max(MAX_LIST_ENTRIES),
  groundRules: z.union([
    z.null(),
    z.array(z.string().max(SHORT_TEXT_MAX * 4)).max(MAX_LIST_ENTRIES),
  ]),
};

export const planSchema = z
  .object({
    id,
    groupId: z.union([z.null(), id]),
    templateId: z.union([z.null(), id]),
    title: z.string().min(1).max(PLAN_TITLE_MAX),
    date: isoDate,
    startTime: clockTime,
    venue: z.string().max(SHORT_TEXT_MAX),
    items: z
      .array(
        z
          .object({
            id,
            ...itemFields,
            prepNotes: z.string().max(LONG_TEXT_MAX),
            prompt: z.union([
              z.null(),
              z.object({ id, text: z.string().min(1).max(PROMPT_TEXT_MAX) }).strict(),
            ]),
          })
          .strict(),
      )
      .max(MAX_ITEMS),
    ...planFields,
  })
  .strict() satisfies z.ZodType<SessionPlan>;

export const savedTemplateSchema = z
  .object({
    id,
    name: z.string().min(1).max(PLAN_TITLE_MAX),
    items: z.array(z.object(itemFields).strict()).max(MAX_ITEMS),
    savedAt: z.number().int().nonnegative(),
    ...planFields,
  })
  .strict() satisfies z.ZodType<SavedTemplate>;

export const planSummarySchema = z
  .object({
    id,
    groupId: z.union([z.null(), id]),
    title: z.string().min(1).max(PLAN_TITLE_MAX),
    date: isoDate,
    startTime: clockTime,
    language: z.enum(TEMPLATE_LANGUAGES),
    itemCount: z.number().int().min(0).max(MAX_ITEMS),
    totalMinutes: z
      .number()
      .int()
      .min(0)
      .max(MAX_ITEMS * MAX_ITEM_MINUTES),
  })
  .strict() satisfies z.ZodType<PlanSummary>;

export function planSummariesRepository(session: VaultSession): Repository<PlanSummary> {
  return createRepository<PlanSummary>(session, {
    table: 'planSummaries',
    schemaVersion: 1,
    schema: planSummarySchema,
    clearFields: (summary) => (summary.groupId === null ? {} : { groupId: summary.groupId }),
  });
}

/** 2: each agenda item has a chosen icebreaker prompt, none for plans written before (issue 6). */
export function migratePlan(from: number, payload: unknown): unknown {
  if (from !== 1 || typeof payload !== 'object' || payload === null) return payload;
  const plan = payload as { items?: unknown };
  if (!Array.isArray(plan.items)) return payload;
  return {
    ...plan,
    items: plan.items.map((item: unknown) =>
      typeof item === 'object' && item !== null ? { ...item, prompt: null } : item,
    ),
  };
}

export function plansRepository(session: VaultSession): Repository<SessionPlan> {
  return createRepository<SessionPlan>(session, {
    table: 'plans',
    schemaVersion: 2,
    schema: planSchema,
    migrate: migratePlan,
    // The group's opaque id only, so opening a group reads its own plans and no others.
    clearFields: (plan) => (plan.groupId === null ? {} : { groupId: plan.groupId }),
  });
}

export function templatesRepository(session: VaultSession): Repository<SavedTemplate> {
  return createRepository<SavedTemplate>(session, {
    table: 'templates',
    schemaVersion: 1,
    schema: savedTemplateSchema,
  });
}
