/** A labelled multi-line text input, wired like TextField (description and error at the field). */
import { useId, type ReactNode } from 'react';

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
}

export function TextArea(props: TextAreaProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [props.description ? descriptionId : null, props.error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={['field', props.className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <textarea
        id={id}
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
        aria-describedby={describedBy || undefined}
        data-testid={props.testId}
      />
      {props.description ? (
        <p id={descriptionId} className="field-description">
          {props.description}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
