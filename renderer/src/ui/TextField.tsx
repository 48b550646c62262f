/**
 * A labelled text input with an optional description and an error shown at the field (React
 * Aria wires label, description and error to the input for screen readers).
 */
import type { ReactNode } from 'react';
import { FieldError, Input, Label, Text, TextField as AriaTextField } from 'react-aria-components';

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly description?: ReactNode;
  readonly error?: string | null;
  readonly type?: 'text' | 'password' | 'number';
  readonly autoComplete?: string;
  readonly autoFocus?: boolean;
  readonly isDisabled?: boolean;
  readonly inputMode?: 'numeric' | 'text';
  readonly dir?: 'ltr' | 'rtl' | 'auto';
  readonly className?: string;
  readonly testId?: string;
  /** Something placed after the input, inside the field (a show/hide toggle). */
  readonly adornment?: ReactNode;
}

export function TextField(props: TextFieldProps) {
  const {
    label,
    value,
    onChange,
    description,
    error,
    type = 'text',
    autoComplete,
    autoFocus,
    isDisabled,
    adornment,
  } = props;
  return (
    <AriaTextField
      className={['field', props.className].filter(Boolean).join(' ')}
      value={value}
      onChange={onChange}
      type={type}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      isDisabled={isDisabled ?? false}
      {...(autoComplete ? { autoComplete } : {})}
      {...(autoFocus ? { autoFocus } : {})}
    >
      <Label className="field-label">{label}</Label>
      <div className="field-control">
        <Input
          className="field-input"
          spellCheck={false}
          {...(props.inputMode ? { inputMode: props.inputMode } : {})}
          {...(props.dir ? { dir: props.dir } : {})}
          {...(props.testId ? { 'data-testid': props.testId } : {})}
        />
        {adornment}
      </div>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{error}</FieldError>
    </AriaTextField>
  );
}
