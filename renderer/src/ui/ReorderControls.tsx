/**
 * A reorderable row's controls (see useReorderable): the handle to drag it by, hidden from
 * screen readers since the move buttons (and Alt+↑/↓) do the same by keyboard.
 */
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from './Icon';
import { IconButton } from './IconButton';
import type { Reorderable } from './useReorderable';

export function DragHandle({ reorder, index }: { reorder: Reorderable; index: number }) {
  const { t } = useI18n();
  return (
    <span
      className="drag-handle"
      title={t('agenda.dragHint')}
      aria-hidden="true"
      data-testid="drag-handle"
      {...reorder.handleProps(index)}
    >
      <Icon name="grip" size={20} />
    </span>
  );
}

/** One place up, one place down; each labelled with what it moves. */
export function MoveButtons(props: {
  readonly reorder: Reorderable;
  readonly index: number;
  readonly count: number;
  readonly upLabel: string;
  readonly downLabel: string;
  /** Test ids "<prefix>-up" and "<prefix>-down". */
  readonly testIdPrefix: string;
}) {
  const { reorder, index, count } = props;
  return (
    <>
      <IconButton
        icon="up"
        part="up"
        label={props.upLabel}
        isDisabled={index === 0}
        onPress={() => reorder.move(index, index - 1)}
        testId={`${props.testIdPrefix}-up`}
      />
      <IconButton
        icon="down"
        part="down"
        label={props.downLabel}
        isDisabled={index === count - 1}
        onPress={() => reorder.move(index, index + 1)}
        testId={`${props.testIdPrefix}-down`}
      />
    </>
  );
}
