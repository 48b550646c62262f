/** A native checkbox with its label (and an optional description read with it). */
import { useId, type ReactNode } from 'react';

export function CheckboxField(props: {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly description?: ReactNode;
  readonly testId?: string;
}) {
  const id = useId();
  return (
    <div className="checkbox-field">
      <input
        id={id}
        type="checkbox"
        className="checkbox-input"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
        aria-describedby={props.description ? `${id}-description` : undefined}
        data-testid={props.testId}
      />
      <div>
        <label htmlFor={id} className="checkbox-label">
          {props.label}
        </label>
        {props.description ? (
          <p id={`${id}-description`} className="field-description">
            {props.description}
          </p>
        ) : null}
      </div>
    </div>
  );
}
