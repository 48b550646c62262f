/** A labelled multi-line text input, wired like TextField (description and error at the field). */
import type { ReactNode } from 'react';
import { FieldNotes, useFieldIds } from './FieldNotes';

export interface TextAreaProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly description?: ReactNode;
  readonly error?: string | null;
  readonly rows?: number;
  readonly maxLength?: number;
  readonly dir?: 'ltr' | 'rtl' | 'auto';
  readonly lang?: string;
  readonly className?: string;
  readonly testId?: string;
  readonly autoFocus?: boolean;
  readonly placeholder?: string;
}

export function TextArea(props: TextAreaProps) {
  const ids = useFieldIds(props.description, props.error);
  return (
    <div className={['field', props.className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={ids.id}>
        {props.label}
      </label>
      <textarea
        id={ids.id}
        className="field-input field-textarea"
        value={props.value}
        rows={props.rows ?? 3}
        // Chromium keeps form state (session restore) and autofill entries unless told not to.
        autoComplete="off"
        maxLength={props.maxLength}
        onChange={(event) => props.onChange(event.target.value)}
        dir={props.dir}
        lang={props.lang}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={ids.describedBy}
        data-testid={props.testId}
        autoFocus={props.autoFocus}
        placeholder={props.placeholder}
      />
      <FieldNotes ids={ids} description={props.description} error={props.error} />
    </div>
  );
}
