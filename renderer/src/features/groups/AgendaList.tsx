/**
 * The agenda of a plan: one row per item with its computed start time, title and length, moved
 * by dragging its handle or by keyboard alone (the move buttons, or Alt+↑/↓ anywhere in the row),
 * each move announced. A row opens to show the item's kind, read-aloud script, materials and
 * private preparation notes.
 */
import { useRef, useState } from 'react';
import { directionOf } from '../../../../electron/shared/languages';
import {
  ITEM_TITLE_MAX,
  MAX_ITEMS,
  type AgendaItem,
  type SessionPlan,
} from '../../domain/plans/plan';
import { parseMinutes, type ItemSlot } from '../../domain/plans/schedule';
import { ITEM_KINDS, type ItemKind } from '../../domain/plans/templates';
import { LONG_TEXT_MAX } from '../../domain/groups/group';
import { formatTimeOfDayIn } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useGroupsStore } from '../../stores/groups.store';
import { Button } from '../../ui/Button';
import { Confidential } from '../../ui/Confidential';
import { Icon } from '../../ui/Icon';
import { IconButton } from '../../ui/IconButton';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextArea';
import { DragHandle, MoveButtons } from '../../ui/ReorderControls';
import { useReorderable, type Reorderable } from '../../ui/useReorderable';
import { ItemPrompt } from '../icebreakers/ItemPrompt';
import { DraftField } from './DraftField';
import { ITEM_KIND_LABELS, ITEM_KIND_MINUTES } from './labels';
import { useFieldProblems } from './messages';

interface RowProps {
  readonly plan: SessionPlan;
  readonly item: AgendaItem;
  readonly index: number;
  readonly slot: ItemSlot | undefined;
  readonly expanded: boolean;
  readonly onToggle: () => void;
  readonly reorder: Reorderable;
}

function AgendaRow(props: RowProps) {
  const { plan, item, index, slot, expanded, onToggle, reorder } = props;
  const { t, language } = useI18n();
  const update = useGroupsStore((s) => s.updateItem);
  const remove = useGroupsStore((s) => s.removeItem);
  const problems = useFieldProblems();
  const count = plan.items.length;
  const set = (patch: Partial<Omit<AgendaItem, 'id'>>) => update(plan.id, item.id, patch);
  const content = { lang: plan.language, dir: directionOf(plan.language) } as const;
  const detailsId = `item-details-${item.id}`;
  const name = item.title || t(ITEM_KIND_LABELS[item.kind]);

  const classes = ['agenda-item', expanded ? 'agenda-item-open' : '', reorder.rowClass(index)]
    .filter(Boolean)
    .join(' ');

  return (
    <li
      className={classes}
      data-testid="agenda-item"
      data-reorder-id={item.id}
      data-item-id={item.id}
      onKeyDown={reorder.onRowKeyDown(index)}
    >
      <div className="agenda-row">
        <DragHandle reorder={reorder} index={index} />
        <span className="agenda-time" data-testid="item-start">
          {slot ? formatTimeOfDayIn(slot.starts, language) : ''}
        </span>
        <span className={`kind-badge kind-${item.kind}`}>{t(ITEM_KIND_LABELS[item.kind])}</span>
        <DraftField
          className="agenda-title"
          recordId={item.id}
          field="title"
          label={t('agenda.itemTitle', { n: index + 1 })}
          labelHidden
          stored={item.title}
          problem={problems.title(ITEM_TITLE_MAX)}
          onValid={(text) => set({ title: text.trim() })}
          autoComplete="off"
          {...content}
          testId="item-title"
        />
        <DraftField
          className="agenda-minutes"
          recordId={item.id}
          field="minutes"
          label={t('agenda.itemMinutes', { title: name })}
          labelHidden
          stored={String(item.minutes)}
          problem={problems.minutes}
          onValid={(text) => {
            const parsed = parseMinutes(text);
            if ('minutes' in parsed) set({ minutes: parsed.minutes });
          }}
          inputMode="numeric"
          autoComplete="off"
          testId="item-minutes"
          adornment={<span className="unit">{t('agenda.minutesUnit')}</span>}
        />
        <div className="agenda-actions">
          <MoveButtons
            reorder={reorder}
            index={index}
            count={count}
            upLabel={t('agenda.moveUp', { title: name })}
            downLabel={t('agenda.moveDown', { title: name })}
            testIdPrefix="move"
          />
          <IconButton
            icon="chevron"
            label={t('agenda.details', { title: name })}
            aria-expanded={expanded}
            aria-controls={detailsId}
            onPress={onToggle}
            testId="item-details"
          />
          <IconButton
            icon="trash"
            variant="danger"
            label={t('agenda.remove', { title: name })}
            onPress={() => remove(plan.id, item.id)}
            testId="remove-item"
          />
        </div>
      </div>
      {expanded ? (
        <div className="agenda-details" id={detailsId}>
          <SelectField
            label={t('agenda.kind')}
            value={item.kind}
            onChange={(kind) => set({ kind })}
            options={ITEM_KINDS.map((k) => ({ value: k, label: t(ITEM_KIND_LABELS[k]) }))}
            testId="item-kind"
          />
          <TextArea
            label={t('agenda.script')}
            description={t('agenda.scriptHelp')}
            value={item.script}
            rows={5}
            maxLength={20_000}
            onChange={(script) => set({ script })}
            {...content}
            testId="item-script"
          />
          <TextArea
            label={t('agenda.materials')}
            value={item.materials}
            rows={2}
            maxLength={LONG_TEXT_MAX}
            onChange={(materials) => set({ materials })}
            {...content}
            testId="item-materials"
          />
          <ItemPrompt plan={plan} item={item} />
          <Confidential>
            <TextArea
              className="private-field"
              label={t('agenda.prepNotes')}
              description={t('agenda.prepNotesHelp')}
              value={item.prepNotes}
              rows={3}
              maxLength={LONG_TEXT_MAX}
              onChange={(prepNotes) => set({ prepNotes })}
              {...content}
              testId="item-prep"
            />
          </Confidential>
        </div>
      ) : null}
    </li>
  );
}

function AddItem({ plan, onAdded }: { plan: SessionPlan; onAdded: (id: string) => void }) {
  const { t } = useI18n();
  const add = useGroupsStore((s) => s.addItem);
  const [kind, setKind] = useState<ItemKind>('sharing');
  return (
    <div className="add-item">
      <SelectField
        label={t('agenda.newItemKind')}
        value={kind}
        onChange={setKind}
        options={ITEM_KINDS.map((k) => ({ value: k, label: t(ITEM_KIND_LABELS[k]) }))}
        testId="new-item-kind"
      />
      <Button
        isDisabled={plan.items.length >= MAX_ITEMS}
        onPress={() =>
          onAdded(add(plan.id, kind, t(ITEM_KIND_LABELS[kind]), ITEM_KIND_MINUTES[kind]))
        }
        testId="add-item"
      >
        <Icon name="plus" size={18} />
        {t('agenda.add')}
      </Button>
    </div>
  );
}

export function AgendaList({ plan, slots }: { plan: SessionPlan; slots: readonly ItemSlot[] }) {
  const { t } = useI18n();
  const moveItem = useGroupsStore((s) => s.moveItem);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const reorder = useReorderable({
    list,
    ids: plan.items.map((item) => item.id),
    onMove: (from, to) => {
      const item = plan.items[from];
      if (!item) return;
      moveItem(plan.id, from, to);
      setAnnouncement(
        t('agenda.moved', { title: item.title, position: to + 1, count: plan.items.length }),
      );
    },
  });

  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <p className="field-description" id="agenda-help">
        {t('agenda.keyboardHelp')}
      </p>
      {plan.items.length === 0 ? <p className="muted">{t('agenda.empty')}</p> : null}
      <ol
        ref={list}
        className="agenda"
        aria-labelledby="agenda-title"
        aria-describedby="agenda-help"
        data-testid="agenda"
      >
        {plan.items.map((item, index) => (
          <AgendaRow
            key={item.id}
            plan={plan}
            item={item}
            index={index}
            slot={slots[index]}
            expanded={open.has(item.id)}
            onToggle={() => toggle(item.id)}
            reorder={reorder}
          />
        ))}
      </ol>
      <AddItem
        plan={plan}
        onAdded={(id) => {
          setOpen((current) => new Set(current).add(id));
          // Straight to the new item's title, ready to type.
          requestAnimationFrame(() =>
            list.current
              ?.querySelector<HTMLInputElement>(`[data-item-id="${id}"] [data-testid="item-title"]`)
              ?.select(),
          );
        }}
      />
      <p className="visually-hidden" role="status" data-testid="agenda-announcement">
        {announcement}
      </p>
    </>
  );
}
