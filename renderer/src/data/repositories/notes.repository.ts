/** Confidential notes: one encrypted record per note, indexed by opaque ids and creation time. */
import { MAX_TAGS, NOTE_BODY_MAX, TAG_MAX, type Note } from '../../domain/notes/note';
import { ITEM_TITLE_MAX } from '../../domain/plans/plan';
import { z } from '../schema/zod';
import { createRepository, type Repository, type VaultSession } from './repository';

const id = z.string().min(1).max(64);
const epoch = z.number().int().nonnegative();

export const noteSchema = z
  .object({
    id,
    createdAt: epoch,
    editedAt: epoch,
    groupId: z.union([z.null(), id]),
    sessionId: z.union([z.null(), id]),
    memberId: z.union([z.null(), id]),
    incident: z.boolean(),
    body: z.string().max(NOTE_BODY_MAX),
    tags: z.array(z.string().min(1).max(TAG_MAX)).max(MAX_TAGS),
    stamp: z.union([
      z.null(),
      z.object({ at: epoch, itemTitle: z.string().max(ITEM_TITLE_MAX) }).strict(),
    ]),
  })
  .strict() satisfies z.ZodType<Note>;

export function notesRepository(session: VaultSession): Repository<Note> {
  return createRepository<Note>(session, {
    table: 'notes',
    schemaVersion: 1,
    schema: noteSchema,
    clearFields: (note) => ({
      createdAt: note.createdAt,
      ...(note.groupId === null ? {} : { groupId: note.groupId }),
      ...(note.sessionId === null ? {} : { sessionId: note.sessionId }),
      ...(note.memberId === null ? {} : { memberId: note.memberId }),
    }),
  });
}
