/**
 * "Export notes as PDF" on a member of the roster: every note about that member, oldest first,
 * for a clinic's record, in the app's language, after the passphrase (ConfirmExportDialog).
 */
import { useEffect, useMemo } from 'react';
import { exportFileName } from '../../domain/exports/fileName';
import { memberNotesDocument } from '../../domain/exports/memberNotes';
import type { Member } from '../../domain/groups/group';
import { localIsoDate } from '../../domain/time/calendar';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { useInsightsStore } from '../../stores/insights.store';
import { useNotesStore } from '../../stores/notes.store';
import { useSessionStore } from '../../stores/session.store';
import { ConfirmExportDialog, outcomeOf, type ExportOutcome } from './ConfirmExportDialog';
import { MemberNotesDocument } from './MemberNotesDocument';
import { usePrintDocument } from './usePrintDocument';

/** A session's title: a finished one of the group's (as insights reads them), or the live one. */
function sessionTitles(groupId: string): (sessionId: string) => string | null {
  const insights = useInsightsStore.getState();
  const finished = insights.groupId === groupId ? insights.sessions : [];
  const live = useSessionStore.getState().live;
  return (sessionId) =>
    finished.find((s) => s.id === sessionId)?.title ?? (live?.id === sessionId ? live.title : null);
}

export function MemberNotesExportDialog({
  groupId,
  member,
  onClose,
}: {
  groupId: string;
  member: Member;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const printer = usePrintDocument();
  const group = useGroupsStore((s) => s.groups[groupId]);
  const load = useNotesStore((s) => s.load);
  const status = useNotesStore((s) => s.status);
  const notes = useNotesStore((s) => s.notes);

  const loadSessions = useInsightsStore((s) => s.load);

  useEffect(() => {
    void load();
    // Only to name the sessions notes were taken in: the export waits for nothing here.
    void loadSessions(groupId);
  }, [load, loadSessions, groupId]);

  const count = useMemo(
    () => memberNotesDocument(Object.values(notes), { name: '' }, member, 0).entries.length,
    [notes, member],
  );

  const run = async (): Promise<ExportOutcome> => {
    if (!group) return { kind: 'failed' };
    const now = Date.now();
    const doc = memberNotesDocument(
      Object.values(useNotesStore.getState().notes),
      group,
      member,
      now,
      sessionTitles(groupId),
    );
    const title = t('exports.memberDocTitle', { name: member.name });
    return outcomeOf(
      await printer.print({
        content: <MemberNotesDocument doc={doc} />,
        suggestedName: exportFileName(title, localIsoDate(now), 'pdf'),
        title,
      }),
    );
  };

  const lead =
    status === 'failed'
      ? t('notes.loadFailed')
      : status !== 'ready'
        ? t('exports.memberLoading')
        : count === 0
          ? t('exports.memberNone', { name: member.name })
          : t('exports.memberLead', { name: member.name, count });

  return (
    <>
      <ConfirmExportDialog
        title={t('exports.memberTitle', { name: member.name })}
        lead={<p data-testid="export-member-lead">{lead}</p>}
        canExport={status === 'ready' && count > 0 && group !== undefined}
        onExport={run}
        onClose={onClose}
        testId="export-member-dialog"
      />
      {printer.portal}
    </>
  );
}
