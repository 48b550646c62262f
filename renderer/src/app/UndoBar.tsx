/**
 * After a deletion: "“Check-in” deleted" with an Undo button, until the next deletion or until
 * dismissed. Ctrl/⌘+Z undoes it too, except while typing (where it undoes the typing).
 */
import { useEffect } from 'react';
import { isTypingTarget } from '../domain/session/shortcuts';
import type { TextKey } from '../i18n/i18n';
import { useI18n } from '../i18n/I18nProvider';
import { useGroupsStore, type UndoEntry } from '../stores/groups.store';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { IconButton } from '../ui/IconButton';

const MESSAGES: Readonly<Record<UndoEntry['kind'], TextKey>> = {
  group: 'undo.groupDeleted',
  plan: 'undo.planDeleted',
  item: 'undo.itemDeleted',
  member: 'undo.memberDeleted',
  template: 'undo.templateDeleted',
};

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && isTypingTarget(target.tagName, target.isContentEditable);
}

export function UndoBar() {
  const { t } = useI18n();
  const undo = useGroupsStore((s) => s.undo);
  const undoLast = useGroupsStore((s) => s.undoLast);
  const dismiss = useGroupsStore((s) => s.dismissUndo);

  useEffect(() => {
    if (!undo) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.code !== 'KeyZ' || !(event.ctrlKey || event.metaKey) || event.shiftKey) return;
      if (event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      undoLast();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, undoLast]);

  return (
    <div className="undo-region" role="status" data-testid="undo-bar">
      {undo ? (
        <div className="undo-bar" key={undo.id}>
          <Icon name="trash" size={18} />
          <span className="undo-message">{t(MESSAGES[undo.kind], { name: undo.name })}</span>
          <Button onPress={undoLast} testId="undo">
            <Icon name="undo" size={18} />
            {t('undo.undo')}
          </Button>
          <IconButton
            icon="close"
            label={t('undo.dismiss')}
            onPress={dismiss}
            testId="dismiss-undo"
          />
        </div>
      ) : null}
    </div>
  );
}
