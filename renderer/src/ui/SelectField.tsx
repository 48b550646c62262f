/** A labelled native <select>: the platform's own list, fully keyboard- and screen-reader-ready. */
import type { ReactNode } from 'react';
import { FieldNotes, useFieldIds } from './FieldNotes';

export interface SelectFieldProps<V extends string> {
  readonly label: string;
  readonly value: V;
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly onChange: (value: V) => void;
  readonly description?: ReactNode;
  readonly className?: string;
  readonly testId?: string;
  /** The label is read by screen readers but not shown (a compact row names it otherwise). */
  readonly labelHidden?: boolean;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const ids = useFieldIds(props.description);
  return (
    <div className={['field', props.className].filter(Boolean).join(' ')}>
      <label className={props.labelHidden ? 'visually-hidden' : 'field-label'} htmlFor={ids.id}>
        {props.label}
      </label>
      <select
        id={ids.id}
        className="field-input field-select"
        value={props.value}
        autoComplete="off"
        onChange={(event) => {
          const chosen = props.options.find((o) => o.value === event.target.value);
          if (chosen) props.onChange(chosen.value);
        }}
        aria-describedby={ids.describedBy}
        data-testid={props.testId}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes ids={ids} description={props.description} />
    </div>
  );
}
