/**
 * A labelled set of options shown as selectable tiles (a radio group: arrow keys move between
 * options, in the reading direction).
 */
import { Label, RadioButton, RadioField, RadioGroup } from 'react-aria-components';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly lang?: string;
}

export function ChoiceGroup<T extends string>(props: {
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
}) {
  const { label, value, choices, onChange } = props;
  return (
    <RadioGroup
      className="choice-group"
      value={value}
      onChange={(v) => {
        const chosen = choices.find((c) => c.value === v);
        if (chosen) onChange(chosen.value);
      }}
    >
      <Label className="choice-group-label">{label}</Label>
      <div className="choice-group-options">
        {choices.map((choice) => (
          <RadioField key={choice.value} value={choice.value} className="choice-field">
            <RadioButton className="choice">
              <span className="choice-dot" aria-hidden="true" />
              <span lang={choice.lang}>{choice.label}</span>
            </RadioButton>
          </RadioField>
        ))}
      </div>
    </RadioGroup>
  );
}
