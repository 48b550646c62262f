/**
 * A labelled text input with an optional description and an error shown at the field. Native
 * elements, wired for screen readers: the label names the input, the description and the error
 * describe it, and aria-invalid marks it while the error stands.
 */
import type { ReactNode, Ref } from 'react';
import { FieldNotes, useFieldIds } from './FieldNotes';

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly description?: ReactNode;
  readonly error?: string | null;
  readonly type?: 'text' | 'password';
  readonly autoComplete?: string;
  readonly autoFocus?: boolean;
  readonly isDisabled?: boolean;
  readonly inputMode?: 'numeric' | 'text';
  readonly dir?: 'ltr' | 'rtl' | 'auto';
  readonly className?: string;
  readonly testId?: string;
  /** The label is read by screen readers but not shown (a compact row with its own headings). */
  readonly labelHidden?: boolean;
  readonly lang?: string;
  readonly maxLength?: number;
  /** Something placed after the input, inside the field (a show/hide toggle). */
  readonly adornment?: ReactNode;
  /** For a field that a shortcut puts the cursor in. */
  readonly inputRef?: Ref<HTMLInputElement>;
}

export function TextField({ inputRef, ...props }: TextFieldProps) {
  const ids = useFieldIds(props.description, props.error);
  return (
    <div className={['field', props.className].filter(Boolean).join(' ')}>
      <label className={props.labelHidden ? 'visually-hidden' : 'field-label'} htmlFor={ids.id}>
        {props.label}
      </label>
      <div className="field-control">
        <input
          ref={inputRef}
          id={ids.id}
          className="field-input"
          type={props.type ?? 'text'}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          disabled={props.isDisabled}
          // Off unless asked: Chromium would keep typed text in its autofill and session files.
          autoComplete={props.autoComplete ?? 'off'}
          autoFocus={props.autoFocus}
          inputMode={props.inputMode}
          dir={props.dir}
          lang={props.lang}
          maxLength={props.maxLength}
          spellCheck={false}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={ids.describedBy}
          data-testid={props.testId}
        />
        {props.adornment}
      </div>
      <FieldNotes ids={ids} description={props.description} error={props.error} />
    </div>
  );
}
