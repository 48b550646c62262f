/**
 * The buttons that open the readable exports. The dialogs, the formatters and the printable
 * documents load when a button is pressed, not with the screens that show the buttons.
 */
import { lazy, Suspense, useState } from 'react';
import type { Group, Member } from '../../domain/groups/group';
import type { SessionPlan } from '../../domain/plans/plan';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { IconButton } from '../../ui/IconButton';

const PlanExportDialog = lazy(() =>
  import('./PlanExport').then((m) => ({ default: m.PlanExportDialog })),
);
const MemberNotesExportDialog = lazy(() =>
  import('./MemberNotesExport').then((m) => ({ default: m.MemberNotesExportDialog })),
);

export function PlanExportButton({ plan, group }: { plan: SessionPlan; group: Group }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onPress={() => setOpen(true)} testId="export-plan">
        <Icon name="export" size={18} />
        {t('exports.export')}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <PlanExportDialog plan={plan} group={group} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}

export function MemberNotesExportButton({ groupId, member }: { groupId: string; member: Member }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <IconButton
        icon="export"
        label={t('exports.memberButton', { name: member.name })}
        onPress={() => setOpen(true)}
        testId="export-member-notes"
      />
      {open ? (
        <Suspense fallback={null}>
          <MemberNotesExportDialog
            groupId={groupId}
            member={member}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
