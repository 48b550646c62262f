/** Live sessions and their record: one encrypted record per session, indexed by group. */
import { MEMBER_NAME_MAX } from '../../domain/groups/group';
import { ITEM_TITLE_MAX, PLAN_TITLE_MAX, MAX_ITEMS } from '../../domain/plans/plan';
import type { LiveSession } from '../../domain/session/session';
import { TEMPLATE_LANGUAGES } from '../../domain/plans/templates';
import { PROMPT_TEXT_MAX } from '../../domain/icebreakers/prompt';
import { z } from '../schema/zod';
import { createRepository, type Repository, type VaultSession } from './repository';

const id = z.string().min(1).max(64);
const epoch = z.number().int().nonnegative();
const ms = z.number().int();
const MAX_ATTENDEES = 500;

const countdownSchema = z
  .object({
    durationMs: z.number().int().nonnegative(),
    startedAt: z.union([z.null(), epoch]),
    pausedAt: z.union([z.null(), epoch]),
    pausedTotalMs: z.number().int().nonnegative(),
    adjustmentsMs: z.array(ms).max(1000),
    chimesFired: z.array(z.string().max(40)).max(20),
  })
  .strict();

const agendaSchema = z
  .object({
    entries: z
      .array(
        z
          .object({
            id,
            title: z.string().max(ITEM_TITLE_MAX),
            countdown: countdownSchema,
            status: z.enum(['pending', 'current', 'done', 'skipped']),
            endedAt: z.union([z.null(), epoch]),
            prompt: z.union([
              z.null(),
              z
                .object({
                  id: z.union([z.null(), id]),
                  text: z.string().min(1).max(PROMPT_TEXT_MAX),
                  shown: z.boolean(),
                })
                .strict(),
            ]),
            warningMs: z.union([
              z.null(),
              z
                .number()
                .int()
                .min(0)
                .max(60 * 60_000),
            ]),
          })
          .strict(),
      )
      .max(MAX_ITEMS),
    startedAt: z.union([z.null(), epoch]),
    endedAt: z.union([z.null(), epoch]),
    autoAdvance: z.boolean(),
  })
  .strict();

const recordSchema = z
  .object({
    turns: z.number().int().nonnegative(),
    speakingMs: z.number().int().nonnegative(),
    passes: z.number().int().nonnegative(),
  })
  .strict();

const ids = z.array(id).max(MAX_ATTENDEES);

const queueSchema = z
  .object({
    mode: z.enum(['raise-hand', 'round', 'priority']),
    seatOrder: ids,
    newcomers: ids,
    newcomerOrder: z.enum(['first', 'last', 'seat']),
    hands: ids,
    round: z.union([z.null(), ids]),
    current: z.union([z.null(), z.object({ memberId: id, startedAt: epoch }).strict()]),
    records: z.record(id, recordSchema),
  })
  .strict();

export const liveSessionSchema = z
  .object({
    id,
    groupId: z.union([z.null(), id]),
    planId: z.union([z.null(), id]),
    title: z.string().max(PLAN_TITLE_MAX),
    language: z.enum(TEMPLATE_LANGUAGES),
    createdAt: epoch,
    agenda: agendaSchema,
    attendees: z
      .array(
        z
          .object({
            id,
            memberId: z.union([z.null(), id]),
            alias: z.string().min(1).max(MEMBER_NAME_MAX),
            newcomer: z.boolean(),
          })
          .strict(),
      )
      .max(MAX_ATTENDEES),
    queue: queueSchema,
    settings: z
      .object({
        warningMs: z
          .number()
          .int()
          .min(0)
          .max(60 * 60_000),
        volume: z.number().min(0).max(1),
        muted: z.boolean(),
        flash: z.boolean(),
        gentleCue: z.boolean(),
        showNextSpeaker: z.boolean(),
        speakerLimitMs: z.union([
          z.null(),
          z
            .number()
            .int()
            .positive()
            .max(60 * 60_000),
        ]),
      })
      .strict(),
  })
  .strict() satisfies z.ZodType<LiveSession>;

/** 2: each agenda entry may carry an icebreaker prompt; none in sessions before (issue 6). */
export function migrateSession(from: number, payload: unknown): unknown {
  if (from !== 1 || typeof payload !== 'object' || payload === null) return payload;
  const live = payload as { agenda?: { entries?: unknown } };
  const entries = live.agenda?.entries;
  if (!Array.isArray(entries)) return payload;
  return {
    ...live,
    agenda: {
      ...live.agenda,
      entries: entries.map((entry: unknown) =>
        typeof entry === 'object' && entry !== null ? { ...entry, prompt: null } : entry,
      ),
    },
  };
}

export function sessionsRepository(session: VaultSession): Repository<LiveSession> {
  return createRepository<LiveSession>(session, {
    table: 'sessions',
    schemaVersion: 2,
    schema: liveSessionSchema,
    migrate: migrateSession,
    clearFields: (live) => (live.groupId === null ? {} : { groupId: live.groupId }),
  });
}
