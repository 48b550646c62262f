/** Ground rules or goals: an editable list of sentences, with this app's words and limits. */
import { directionOf, type Language } from '../../../../electron/shared/languages';
import { MAX_LIST_ENTRIES, SHORT_TEXT_MAX } from '../../domain/groups/group';
import { useI18n } from '../../i18n/I18nProvider';
import { EditableList } from '../../ui/EditableList';

export function SentenceList(props: {
  readonly kind: 'rule' | 'goal';
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly labelledBy: string;
  /** The language the sentences are written in (a plan's), when it is not the app's. */
  readonly language?: Language;
  readonly testId: string;
}) {
  const { t } = useI18n();
  const rule = props.kind === 'rule';
  return (
    <EditableList
      values={props.values}
      onChange={props.onChange}
      labelledBy={props.labelledBy}
      entryLabel={(n) => (rule ? t('groups.ruleLabel', { n }) : t('plans.goalLabel', { n }))}
      addLabel={rule ? t('groups.addRule') : t('plans.addGoal')}
      moveUpLabel={(n) => t('lists.moveUp', { n })}
      moveDownLabel={(n) => t('lists.moveDown', { n })}
      removeLabel={(n) => t('lists.remove', { n })}
      maxLength={SHORT_TEXT_MAX * 4}
      maxEntries={MAX_LIST_ENTRIES}
      {...(props.language ? { lang: props.language, dir: directionOf(props.language) } : {})}
      testId={props.testId}
    />
  );
}
