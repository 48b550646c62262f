/**
 * An editable list of short texts (goals, ground rules): each entry its own labelled input,
 * with buttons to move it and remove it, and one to add an entry (which takes focus). An entry
 * left empty is dropped when focus leaves it.
 */
import { useId, useLayoutEffect, useRef } from 'react';
import { Button } from './Button';
import { Icon } from './Icon';
import { IconButton } from './IconButton';

type Part = 'input' | 'up' | 'down';

export interface EditableListProps {
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly labelledBy: string;
  readonly entryLabel: (position: number) => string;
  readonly addLabel: string;
  readonly moveUpLabel: (position: number) => string;
  readonly moveDownLabel: (position: number) => string;
  readonly removeLabel: (position: number) => string;
  readonly maxLength?: number;
  /** No "add" once the list is this long (what the record can hold). */
  readonly maxEntries?: number;
  readonly lang?: string;
  readonly dir?: 'ltr' | 'rtl';
  readonly testId?: string;
}

export function EditableList(props: EditableListProps) {
  const { values, onChange } = props;
  const id = useId();
  const list = useRef<HTMLOListElement>(null);
  const focusRequest = useRef<{ index: number; part: Part } | null>(null);
  const setFocusRequest = (request: { index: number; part: Part }) => {
    focusRequest.current = request;
  };

  // After a change the focus follows the entry (to the same button, or its input at an end).
  useLayoutEffect(() => {
    const request = focusRequest.current;
    if (request === null) return;
    focusRequest.current = null;
    const entry = list.current?.querySelectorAll('li')[request.index];
    const wanted = entry?.querySelector<HTMLElement>(`[data-part="${request.part}"]`);
    const target =
      wanted && !wanted.hasAttribute('disabled') ? wanted : entry?.querySelector('input');
    target?.focus();
  });
  const setFocusIndex = (index: number) => setFocusRequest({ index, part: 'input' });

  const replace = (index: number, text: string) =>
    onChange(values.map((value, i) => (i === index ? text : value)));
  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    if (target < 0 || target >= values.length) return;
    const next = [...values];
    const [moved] = next.splice(index, 1);
    if (moved !== undefined) next.splice(target, 0, moved);
    onChange(next);
    setFocusRequest({ index: target, part: delta < 0 ? 'up' : 'down' });
  };

  return (
    <div className="editable-list" data-testid={props.testId}>
      {values.length > 0 ? (
        <ol ref={list} className="editable-list-entries" aria-labelledby={props.labelledBy}>
          {values.map((value, index) => (
            // Entries have no ids of their own; their position is their identity here.
            <li key={index} className="editable-list-entry">
              <span className="editable-list-number" aria-hidden="true">
                {index + 1}
              </span>
              <input
                id={`${id}-${String(index)}`}
                className="field-input"
                value={value}
                aria-label={props.entryLabel(index + 1)}
                autoComplete="off"
                maxLength={props.maxLength}
                lang={props.lang}
                dir={props.dir}
                onChange={(event) => replace(index, event.target.value)}
                onBlur={() => {
                  if (value.trim() === '') onChange(values.filter((_, i) => i !== index));
                }}
              />
              <IconButton
                icon="up"
                part="up"
                label={props.moveUpLabel(index + 1)}
                isDisabled={index === 0}
                onPress={() => move(index, -1)}
              />
              <IconButton
                icon="down"
                part="down"
                label={props.moveDownLabel(index + 1)}
                isDisabled={index === values.length - 1}
                onPress={() => move(index, 1)}
              />
              <IconButton
                icon="trash"
                variant="danger"
                label={props.removeLabel(index + 1)}
                onPress={() => {
                  onChange(values.filter((_, i) => i !== index));
                  setFocusIndex(Math.min(index, values.length - 2));
                }}
              />
            </li>
          ))}
        </ol>
      ) : null}
      <Button
        isDisabled={props.maxEntries !== undefined && values.length >= props.maxEntries}
        onPress={() => {
          onChange([...values, '']);
          setFocusIndex(values.length);
        }}
      >
        <Icon name="plus" size={18} />
        {props.addLabel}
      </Button>
    </div>
  );
}
