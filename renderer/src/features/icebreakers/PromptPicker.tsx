/**
 * Choosing a prompt for an agenda item (in the plan editor, or for the item under way in a live
 * session): the library with its filters and "draw", each prompt offered in the plan's language.
 */
import type { LibraryPrompt } from '../../domain/icebreakers/prompt';
import type { GroupKind, TemplateLanguage } from '../../domain/plans/templates';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { PromptBrowser } from './PromptBrowser';
import { promptTextIn } from './usePrompts';
import './icebreakers.css';

export interface PickedPrompt {
  readonly id: string;
  readonly text: string;
}

export function PromptPicker({
  language,
  groupId,
  groupKind,
  itemTitle,
  onPick,
  onClose,
}: {
  language: TemplateLanguage;
  groupId: string | null;
  groupKind: GroupKind | null;
  itemTitle: string;
  onPick: (prompt: PickedPrompt) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const use = (p: LibraryPrompt) => (
    <Button
      variant="primary"
      onPress={() => {
        onPick({ id: p.id, text: promptTextIn(p, language) });
        onClose();
      }}
      testId="use-prompt"
    >
      {t('icebreakers.use')}
    </Button>
  );
  return (
    <Dialog
      title={t('icebreakers.pickFor', { item: itemTitle })}
      onClose={onClose}
      testId="prompt-picker"
      className="dialog-wide prompt-picker"
    >
      <PromptBrowser language={language} groupId={groupId} groupKind={groupKind} actions={use} />
      <div className="form-actions">
        <Button onPress={onClose}>{t('icebreakers.cancel')}</Button>
      </div>
    </Dialog>
  );
}
