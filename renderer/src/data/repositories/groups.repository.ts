/** Groups, each with its roster inside: one encrypted record per group. */
import {
  GROUP_NAME_MAX,
  LONG_TEXT_MAX,
  MAX_LIST_ENTRIES,
  MAX_MEMBERS,
  MEMBER_NAME_MAX,
  SHORT_TEXT_MAX,
  type Group,
} from '../../domain/groups/group';
import { GROUP_KINDS } from '../../domain/plans/templates';
import { z } from '../schema/zod';
import { createRepository, type Repository, type VaultSession } from './repository';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const id = z.string().min(1).max(64);

const memberSchema = z
  .object({
    id,
    name: z.string().min(1).max(MEMBER_NAME_MAX),
    pronouns: z.string().max(SHORT_TEXT_MAX),
    newcomer: z.boolean(),
    joinedOn: z.union([z.literal(''), isoDate]),
    active: z.boolean(),
  })
  .strict();

export const groupSchema = z
  .object({
    id,
    name: z.string().min(1).max(GROUP_NAME_MAX),
    kind: z.enum(GROUP_KINDS),
    meetingDay: z.union([z.null(), z.literal([0, 1, 2, 3, 4, 5, 6])]),
    meetingTime: z.union([z.literal(''), clockTime]),
    venue: z.string().max(SHORT_TEXT_MAX),
    purpose: z.string().max(LONG_TEXT_MAX),
    groundRules: z.array(z.string().max(SHORT_TEXT_MAX * 4)).max(MAX_LIST_ENTRIES),
    confidentiality: z.string().max(LONG_TEXT_MAX),
    members: z.array(memberSchema).max(MAX_MEMBERS),
    archived: z.boolean(),
    createdAt: z.number().int().nonnegative(),
  })
  .strict() satisfies z.ZodType<Group>;

export function groupsRepository(session: VaultSession): Repository<Group> {
  return createRepository<Group>(session, {
    table: 'groups',
    schemaVersion: 2,
    schema: groupSchema,
    // 2: the group's confidentiality statement (issue 6); groups before use the default one.
    migrate: (from, payload) =>
      from === 1 && typeof payload === 'object' && payload !== null
        ? { ...payload, confidentiality: '' }
        : payload,
  });
}
