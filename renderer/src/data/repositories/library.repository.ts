/** The icebreaker library's own data and the safety card: all encrypted. */
import { HISTORY_MAX } from '../../domain/icebreakers/library';
import { LIBRARY_ID, type LibraryState } from '../../domain/icebreakers/marks';
import {
  CONTENT_NOTES,
  DEPTHS,
  PROMPT_MINUTES,
  PROMPT_TEXT_MAX,
  type CustomPrompt,
} from '../../domain/icebreakers/prompt';
import { GROUP_KINDS } from '../../domain/plans/templates';
import {
  CONTACT_NAME_MAX,
  CONTACT_NOTE_MAX,
  CONTACT_PHONE_MAX,
  MAX_CONTACTS,
  SAFETY_ID,
  SAFETY_TEXT_MAX,
  type SafetyCard,
} from '../../domain/safety/safety';
import { isoDate } from './groups.repository';
import { z } from '../schema/zod';
import { createRepository, type Repository, type VaultSession } from './repository';

const id = z.string().min(1).max(64);
const MAX_MARKS = 2000;
const MAX_GROUPS = 1000;

export const customPromptSchema = z
  .object({
    id,
    depth: z.enum(DEPTHS),
    groupKinds: z.array(z.enum(GROUP_KINDS)).min(1).max(GROUP_KINDS.length),
    minutes: z.literal(PROMPT_MINUTES),
    contentNotes: z.array(z.enum(CONTENT_NOTES)).max(CONTENT_NOTES.length),
    text: z.string().trim().min(1).max(PROMPT_TEXT_MAX),
    createdAt: z.number().int().nonnegative(),
  })
  .strict() satisfies z.ZodType<CustomPrompt>;

export const libraryStateSchema = z
  .object({
    id: z.literal(LIBRARY_ID),
    favourites: z.array(id).max(MAX_MARKS),
    hidden: z.array(id).max(MAX_MARKS),
    history: z
      .record(id, z.array(z.object({ promptId: id, on: isoDate }).strict()).max(HISTORY_MAX))
      .refine((r) => Object.keys(r).length <= MAX_GROUPS),
  })
  .strict() satisfies z.ZodType<LibraryState>;

export const safetyCardSchema = z
  .object({
    id: z.literal(SAFETY_ID),
    contacts: z
      .array(
        z
          .object({
            id,
            name: z.string().max(CONTACT_NAME_MAX),
            phone: z.string().max(CONTACT_PHONE_MAX),
            note: z.string().max(CONTACT_NOTE_MAX),
          })
          .strict(),
      )
      .max(MAX_CONTACTS),
    groundingScript: z.string().max(SAFETY_TEXT_MAX),
    confidentiality: z.string().max(SAFETY_TEXT_MAX),
  })
  .strict() satisfies z.ZodType<SafetyCard>;

export function customPromptsRepository(session: VaultSession): Repository<CustomPrompt> {
  return createRepository(session, {
    table: 'prompts',
    schemaVersion: 1,
    schema: customPromptSchema,
  });
}

export function libraryRepository(session: VaultSession): Repository<LibraryState> {
  return createRepository(session, {
    table: 'library',
    schemaVersion: 1,
    schema: libraryStateSchema,
  });
}

export function safetyRepository(session: VaultSession): Repository<SafetyCard> {
  return createRepository(session, { table: 'safety', schemaVersion: 1, schema: safetyCardSchema });
}
